import type { SelectorVariant } from '../selectors';

/**
 * Where LinkedIn's company pages keep what `collect.ts` reads, every layout's variant side by side
 * with the day this code first read it (see `SelectorVariant`). The fixtures in
 * `test/fixtures/linkedin/` show each one. Read in the content script: keep it small (no notes
 * at run time, only these comments).
 */
export const LINKEDIN_SELECTORS = {
  /** The page's main region: `<main>` (logged-in and public pages); a div with `role="main"`
   * (People tab, fragments without `<main>`: `people-en-granary-ops`, `fragment-en-copperline-robotics`). */
  main: [
    { css: 'main', seen: '2026-11-22' },
    { css: '[role="main"]', seen: '2026-11-30' },
  ],
  /** Links worth reading when there is a main region: in it, and in the right rail. */
  mainLinks: [
    { css: 'main a', seen: '2026-11-23' },
    { css: '[role="main"] a', seen: '2026-11-30' },
    { css: 'aside a', seen: '2026-11-23' },
  ],
  /** A post of the page's feed (Posts tab, Overview): never read. */
  post: [{ css: '[role="article"]', seen: '2026-11-30' }],
  /** A row's label: About tab `dt`s, module headings, ARIA terms (public pages). */
  rowLabel: [
    { css: 'dt', seen: '2026-11-22' },
    { css: 'h3', seen: '2026-11-22' },
    { css: 'h4', seen: '2026-11-22' },
    { css: '[role="term"]', seen: '2026-11-23' },
  ],
  /** A public (logged-out) page's row, its kind after the prefix (`about-us__industry`). */
  publicRow: [{ css: '[data-test-id^="about-us__"]', seen: '2026-11-22' }],
  /** A public page's description. */
  publicDescription: [{ css: '[data-test-id="about-us__description"]', seen: '2026-11-22' }],
  /** The line under the company name, by class (else found by position). */
  headline: [
    { css: '[class*="tagline"]', seen: '2026-11-22' },
    { css: '[class*="headline"]', seen: '2026-11-23' },
  ],
  /** A paragraph that is a fact; low-emphasis text is an empty state ("not added any details"). */
  paragraph: [{ css: 'p:not([class*="low-emphasis"])', seen: '2026-11-30' }],
  /** The public page's funding box (Crunchbase data), by id; else the section of a Crunchbase link. */
  fundingBox: [{ css: '[data-test-id="funding"]', seen: '2026-11-23' }],
  fundingLink: [{ css: 'a[href*="crunchbase.com"]', seen: '2026-11-22' }],
  /** The funding box's last round. */
  fundingLastRound: [
    { css: '[data-tracking-control-name^="funding_last-round"]', seen: '2026-11-23' },
  ],
  /** Structured data and the canonical URL in the head. */
  jsonLd: [{ css: 'script[type="application/ld+json"]', seen: '2026-11-22' }],
  canonical: [{ css: 'link[rel="canonical"]', seen: '2026-11-22' }],
} as const satisfies Record<string, readonly SelectorVariant[]>;

/** The length of the public row prefix (`about-us__`), cut from a row's `data-test-id`. */
export const PUBLIC_ROW_PREFIX_LENGTH = 'about-us__'.length;
