import type { ReactNode } from 'react';

/**
 * One part of the long ICP form (basics, criteria, tiers, story) that can be collapsed: a
 * `<details>` open by default, its heading the summary (Enter or Space toggles it). A collapsed
 * section keeps its fields, so validation and Save still see them.
 */
export function EditorSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <details className="editor-section" open data-editor-section={id}>
      <summary>
        <h2 id={`section-${id}`}>{title}</h2>
      </summary>
      <section aria-labelledby={`section-${id}`}>{children}</section>
    </details>
  );
}
