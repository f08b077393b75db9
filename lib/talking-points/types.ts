/** One thing worth saying to this company, and what on the page made it relevant. */
export interface TalkingPoint {
  text: string;
  /** The fact(s) it builds on, e.g. "Company size: 1,001-5,000 employees". */
  basis: string;
}

export interface Pitch {
  /** 3–5 points, most specific first. */
  points: TalkingPoint[];
  /** A first sentence for a message to someone at the company. */
  openingLine: string;
}
