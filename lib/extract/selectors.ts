/**
 * One DOM variant of a part of a page: the CSS selector that finds it and the day this code first
 * read it (ISO date, from the repository's history; the saved fixture that shows it is named in
 * the source's `selectors.ts`). Variants of one part sit side by side, so an old layout can be
 * dropped by date once the site no longer serves it.
 */
export interface SelectorVariant {
  readonly css: string;
  readonly seen: string;
}

/** The variants as one selector list (`a, b`): an element matching any of them. */
export const anyOf = (variants: readonly SelectorVariant[]): string =>
  variants.map((v) => v.css).join(', ');
