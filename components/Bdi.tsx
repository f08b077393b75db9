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
