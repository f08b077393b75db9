import type { ReactNode } from 'react';

/**
 * Page-supplied text (a company name, a specialty, a job title, evidence quoted from a page or a
 * file) inside UI text: a `<bdi>`, so a Persian name inside a Vietnamese sentence or an English
 * product name inside a Persian one keeps its own direction and does not reorder the sentence
 * around it. For a whole block of page text (a description paragraph, a table cell, an input)
 * put `dir="auto"` on the block instead. For copied or exported plain text use `isolate()` from
 * `lib/i18n/bidi.ts`.
 */
export function Bdi({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}

const ISOLATED_RUN = /\u2068([^\u2068\u2069]*)\u2069/;

/**
 * UI text built with `t(key, isolate(pageText))`, rendered with each FSI…PDI run as a `<bdi>`:
 * the same isolation, as markup instead of invisible characters in the page's text (so the text
 * a reader copies or a test reads is the plain sentence).
 */
export function Isolated({ text }: { text: string }) {
  const parts = text.split(ISOLATED_RUN);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order.
        i % 2 === 1 ? <bdi key={i}>{part}</bdi> : part,
      )}
    </>
  );
}
