/**
 * The ICP builder's statistics: counting a trait among best and all customers, turning a count
 * into a proposal (coverage, lift, suggested weight) and how surprising a count is.
 */
import { CRITERIA } from '../criteria';
import { FIELD_LABELS } from '../criteria/labels';
import type { Criterion, CriterionField } from '../criteria/schema';
import type { BuilderOptions, ProposedCriterion } from './builder-types';

/** Counts of one candidate trait among best and all customers. */
export interface Tally {
  best: number;
  all: number;
  /** The value as first seen (for list fields) or its display form. */
  original: string;
}

export class Counter {
  readonly tallies = new Map<string, Tally>();
  add(key: string, original: string, best: boolean): void {
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { best: 0, all: 0, original };
      this.tallies.set(key, tally);
    }
    tally.all++;
    if (best) tally.best++;
  }
  /** One more best customer for a value already `add`ed (as not best); unknown keys are ignored. */
  promote(key: string): void {
    const tally = this.tallies.get(key);
    if (tally) tally.best++;
  }
}

function suggestWeight(coverage: number, lift: number | undefined): number {
  if (lift === undefined) return coverage >= 0.6 ? 3 : coverage >= 0.45 ? 2 : 1;
  const strength = coverage * Math.min(lift, 4);
  return strength >= 1.2 ? 3 : strength >= 0.6 ? 2 : 1;
}

export interface Candidate {
  id: string;
  field: CriterionField;
  label: string;
  values?: string[];
  range?: { min?: number; max?: number };
  best: number;
  all: number;
}

export function propose(
  candidate: Candidate,
  bestCount: number,
  totalCount: number,
  hasOthers: boolean,
): ProposedCriterion {
  const coverage = bestCount > 0 ? candidate.best / bestCount : 0;
  const allCoverage = hasOthers && totalCount > 0 ? candidate.all / totalCount : undefined;
  const lift = allCoverage !== undefined && allCoverage > 0 ? coverage / allCoverage : undefined;
  const weight = suggestWeight(coverage, lift);
  const band = candidate.values
    ? { in: candidate.values, credit: 1 }
    : { ...candidate.range, credit: 1 };
  const criterion: Criterion = {
    field: candidate.field,
    mode: 'score',
    weight,
    label: FIELD_LABELS[candidate.field],
    bands: [band],
  };
  const talkingPoint = CRITERIA[candidate.field].talkingPoint;
  if (talkingPoint) criterion.talkingPoint = talkingPoint;
  const proposal: ProposedCriterion = {
    id: candidate.id,
    field: candidate.field,
    label: candidate.label,
    coverage,
    bestCount: candidate.best,
    weight,
    criterion,
  };
  if (candidate.values) proposal.values = candidate.values;
  if (candidate.range) proposal.range = candidate.range;
  if (allCoverage !== undefined) proposal.allCoverage = allCoverage;
  if (lift !== undefined) proposal.lift = lift;
  return proposal;
}

/**
 * How many standard deviations `hits` best customers lie above what a random draw of `bestCount`
 * of `totalCount` customers would give for a trait `share` of all customers have
 * (hypergeometric variance). Infinite when there is no variance to speak of.
 */
export function surprise(
  hits: number,
  share: number,
  bestCount: number,
  totalCount: number,
): number {
  const expected = share * bestCount;
  const variance =
    totalCount > 1
      ? (bestCount * share * (1 - share) * (totalCount - bestCount)) / (totalCount - 1)
      : 0;
  if (variance <= 1e-12) return hits > expected ? Number.POSITIVE_INFINITY : 0;
  return (hits - expected) / Math.sqrt(variance);
}

/** What a field's proposer needs: the counts, the thresholds, and where to put a proposal. */
export interface ProposalContext {
  bestCount: number;
  totalCount: number;
  /** Least number of best customers a trait needs. */
  minBest: number;
  options: Required<BuilderOptions>;
  make(candidate: Candidate): ProposedCriterion;
  /** Whether a proposal passes the coverage, lift and surprise thresholds (`fitted`: a range fitted to the best customers). */
  keep(proposal: ProposedCriterion, fitted?: boolean): boolean;
  /** Adds a proposal that `keep`s; false when it did not. */
  push(proposal: ProposedCriterion, fitted?: boolean): boolean;
}

/** Each counted value of a list field with enough best customers, as one proposal. */
export function proposeValues(field: CriterionField, counter: Counter, ctx: ProposalContext): void {
  for (const [key, t] of counter.tallies) {
    if (t.best < ctx.minBest) continue;
    ctx.push(
      ctx.make({
        id: `${field}:${key}`,
        field,
        label: t.original,
        values: [t.original],
        best: t.best,
        all: t.all,
      }),
    );
  }
}
