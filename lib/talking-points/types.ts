import type { OutreachLanguage } from './language';

/** One thing worth saying to this company, and what on the page made it relevant. */
export interface TalkingPoint {
  text: string;
  /** The fact(s) it builds on, e.g. "Company size: 1,001-5,000 employees". */
  basis: string;
  /** Which company field the point builds on, e.g. "hiring", "employees". */
  fact?: string;
}

/**
 * The opening line and talking points for one company and ICP, written in the ICP's outreach
 * language, page values in Unicode isolates (FSI…PDI).
 */
export interface Pitch {
  /** The language the text is written in (the ICP's `outreachLanguage`). */
  language: OutreachLanguage;
  /** Up to 5 points, most specific first; fewer (even none) when the page shows few facts. */
  points: TalkingPoint[];
  /**
   * A first sentence for a message to someone at the company, addressing a persona, naming the
   * company and one concrete fact. Empty when nothing at all is known about the company.
   */
  openingLine: string;
}
