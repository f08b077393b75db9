/** The ICP builder's shapes: a proposed trait, a proposal, the options and their defaults. */
import type { Criterion, CriterionField } from '../criteria/schema';

export interface ProposedCriterion {
  /** Stable id, e.g. "industry:computer and network security", "employees:201-500", "location:US". */
  id: string;
  field: CriterionField;
  /** The trait in words: "Computer and Network Security", "201–500 employees", "North America". */
  label: string;
  /** For list fields: the value(s) the criterion lists. */
  values?: string[];
  /** For number fields: the range (inclusive; a missing side is open). */
  range?: { min?: number; max?: number };
  /** Share of the best customers that have the trait, 0–1. */
  coverage: number;
  /** How many best customers have it. */
  bestCount: number;
  /** Share of all customers that have it, when there are customers that are not best. */
  allCoverage?: number;
  /** coverage ÷ allCoverage, when both are given. */
  lift?: number;
  /** Suggested weight, 1–3. */
  weight: number;
  /** The trait as a ready-to-use criterion (mode "score"). */
  criterion: Criterion;
}

/**
 * Why a proposal is empty: no customers at all, none marked best, or no trait shared by at least
 * `minCoverage` (0–1) of the best customers (`comparedWithAll`: and more common among them than
 * among all customers).
 */
export type BuilderNote =
  | { code: 'no-customers' }
  | { code: 'no-best-customers' }
  | { code: 'no-shared-trait'; minCoverage: number; comparedWithAll: boolean };

export interface IcpProposal {
  /** Rows given, and how many of them are best customers. */
  totalCount: number;
  bestCount: number;
  /** Traits found, grouped by field (in CRITERION_FIELDS order), most common first. */
  criteria: ProposedCriterion[];
  /** Why nothing (or little) is proposed, for the UI to say in its language. */
  notes: BuilderNote[];
}

export interface BuilderOptions {
  /** Least share of best customers a trait needs, 0–1. Default 0.3. */
  minCoverage?: number;
  /** A trait's lift must be above this, when lift is computable. Default 1. */
  minLift?: number;
  /**
   * Fitted ranges (founding years) are chosen to fit the best customers, so some lift comes for
   * free: they need at least this. Default 1.2.
   */
  minRangeLift?: number;
  /**
   * When there are customers that are not best, a trait must also be more common among the best
   * than chance would make it: at least this many standard deviations above the count expected
   * if the best customers were a random draw (one-sided; 1.64 ≈ 95 %). Default 1.64.
   */
  minZ?: number;
  /** A region is proposed only when it covers this much more than its best country. Default 0.1. */
  regionMargin?: number;
  /** Most proposals per field (keywords included). Default 8. */
  maxPerField?: number;
}

export const DEFAULTS: Required<BuilderOptions> = {
  minCoverage: 0.3,
  minLift: 1,
  minRangeLift: 1.2,
  minZ: 1.64,
  regionMargin: 0.1,
  maxPerField: 8,
};
