import type { ValuePart } from '../criteria/band-parts';
import type { Evidence } from '../criteria/kind';
import type { CriterionField, CriterionMode } from '../criteria/schema';

/** How one criterion judged the company. */
export type Verdict = 'matched' | 'partial' | 'missed' | 'unknown';

export interface CriterionResult {
  /** Position of the criterion in the ICP. */
  index: number;
  field: CriterionField;
  mode: CriterionMode;
  weight: number;
  verdict: Verdict;
  /** Credit earned, 0–1 (`unknownCredit` when unknown). */
  credit: number;
  /** Index of the band that matched, if any. */
  band?: number;
  /** The value from the company that decided, as shown to the user, e.g. "1,001-5,000 employees". */
  evidence?: Evidence;
  /** For require/exclude criteria: true when this criterion disqualified the company. */
  disqualifies: boolean;
  /** The criterion's `label`, or the field's plain-English name ("Company size"). */
  label?: string;
  /**
   * The company's value in plain words, normalised, e.g. "1,001–5,000 employees", "Austin, US-TX",
   * or for keywords `"SOC 2" in specialties`. Absent when the field is unknown.
   */
  value?: string;
  /**
   * `value` as structured parts (a range of employees, a place, technologies) for the UI to word
   * in its language; absent when the value is page text said as is (an industry) or has no parts.
   */
  valueParts?: ValuePart[];
  /** The band entries that matched: keywords found, technologies in common, the industry… */
  matched?: string[];
}

/**
 * - `tier`: one of the ICP's tiers; `bad`: below every tier ("Bad fit");
 * - `disqualified`: a require/exclude rule ruled the company out (wins over everything);
 * - `insufficient`: "Not enough data", the known facts weigh less than the ICP's minConfidence.
 */
export const TIER_KINDS = ['tier', 'bad', 'disqualified', 'insufficient'] as const;
export type TierKind = (typeof TIER_KINDS)[number];

export interface ScoreResult {
  icpName: string;
  /** 0–100, rounded to an integer. */
  score: number;
  /** Known weight / total weight over `score` criteria, 0–1. */
  confidence: number;
  /**
   * The scores the unknowns allow, 0–100 rounded: every unknown `score` criterion at 0 credit
   * (`min`) … at full credit (`max`). Equal to `score` when nothing is unknown.
   */
  scoreRange: { min: number; max: number };
  /** Tier name, or "Bad fit", "Disqualified" or "Not enough data". */
  tier: string;
  tierKind: TierKind;
  /** Index into `icp.tiers` when `tierKind` is "tier". */
  tierIndex?: number;
  /** The criterion that disqualified the company, when `tierKind` is "disqualified". */
  disqualifiedBy?: CriterionResult;
  criteria: CriterionResult[];
}
