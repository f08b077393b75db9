/**
 * What the LinkedIn content script collects from a company page: its structure, in the page's
 * own words, with no language table applied. The background worker (and the CLI) interpret it
 * (`interpretLinkedInPage`). Plain types: the content script imports this file; the zod schema
 * that checks it at the boundary is in `linkedin-page-schema.ts`.
 */

/** A label and the values after it: a `dt` and its `dd`s, a heading and its siblings. */
export interface CollectedRow {
  /** The label's text as shown ("Company size", "Quy mô công ty"); empty for a public row by id. */
  label: string;
  /** Texts of the values, in order (Company size may have a members line). */
  values: string[];
  /** The first link's href in the first value (websites). */
  href?: string;
  /** Texts of every element inside the values after the first: where a members line hides. */
  lines: string[];
  /** The public page's row id (`data-test-id="about-us__<id>"`), when inside one. */
  publicId?: string;
  /** Index in `sections` of the section holding the row, or -1. */
  section: number;
}

/** A `section` of the page: an Overview module, the About card, the funding card. */
export interface CollectedSection {
  /** Its first heading (h2/h3), as shown ("About", "Funding", "Giới thiệu"). */
  heading: string;
  /** Its paragraphs; `row` is the index in `rows` of the row whose value holds it. */
  paragraphs: { text: string; row?: number }[];
  /** Its class names mention "about" (LinkedIn's stable `org-about-…` prefix). */
  aboutClass: boolean;
  /** It holds a link to Crunchbase or is `data-test-id="funding"`. */
  fundingBox: boolean;
  /** Its whole text, capped at 300 characters (a funding card's summary). */
  text: string;
  /** The `datetime` of its first `<time>`. */
  date?: string;
}

/** One item of the top card's summary line ("Financial Services", "48K followers"). */
export interface CollectedItem {
  text: string;
  /** Inside a link, button or navigation: a control, not a fact (counts still count). */
  control: boolean;
}

export interface CollectedTopCard {
  /** The h1. */
  name: string;
  /** The line right under the name: a tagline, or on the logged-out page the industry. */
  headline?: { text: string; tag: string; className: string };
  items: CollectedItem[];
  /** Absolute http(s) links in the top card ("Visit website"). */
  links: string[];
}

export interface CollectedLink {
  text: string;
  href: string;
}

export interface LinkedInPage {
  url: string;
  lang?: string;
  title?: string;
  /** og:title, og:description, description, og:url. */
  meta: Record<string, string>;
  /** `<link rel=canonical>` href. */
  canonical?: string;
  /** The text of each JSON-LD block, capped. */
  jsonLd: string[];
  top?: CollectedTopCard;
  rows: CollectedRow[];
  sections: CollectedSection[];
  /** The public page's `about-us__description`. */
  publicDescription?: string;
  /** Short links of the main content and side bar (counters: "See all 47 jobs"). */
  links: CollectedLink[];
  /** The public page's funding box: the last round's text and date. */
  funding?: { text: string; date?: string };
}
