import { CRITERIA } from '../criteria';
import type { ValuePart } from '../criteria/band-parts';
import type { BandMatch, Reading } from '../criteria/kind';
import { criterionLabel } from '../criteria/labels';
import {
  BAD_FIT,
  type Criterion,
  DEFAULT_MIN_CONFIDENCE,
  DISQUALIFIED,
  type Icp,
  NOT_ENOUGH_DATA,
} from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { clamp01 } from '../format';
import type { CriterionResult, ScoreResult, TierKind } from './types';

/** The parts of what is shown: a match's own wording's parts, else the reading's. */
function shownParts(
  match: BandMatch | undefined,
  reading: Reading<unknown>,
): ValuePart[] | undefined {
  return match?.shown !== undefined ? match.parts : reading.parts;
}

/**
 * Judges one criterion: the first band that matches decides. (Built property by property, not
 * with object spread: this runs for every criterion of every row of a large CSV.)
 */
export function judgeCriterion(
  criterion: Criterion,
  index: number,
  facts: CompanyFacts,
  unknownCredit: number,
): CriterionResult {
  const { field, mode } = criterion;
  const weight = Number.isFinite(criterion.weight) && criterion.weight > 0 ? criterion.weight : 0;
  const result: CriterionResult = {
    index,
    field,
    mode,
    weight,
    label: criterionLabel(criterion),
    verdict: 'unknown',
    credit: unknownCredit,
    disqualifies: false,
  };
  const matcher = CRITERIA[field].matcher;
  const reading = matcher.read(facts);
  if (!reading) return result;

  let band = -1;
  let match: BandMatch | undefined;
  let undecided: BandMatch | undefined;
  for (let i = 0; i < criterion.bands.length && !match; i++) {
    const candidate = criterion.bands[i];
    match = candidate && matcher.match(reading, candidate);
    if (match?.unknown) {
      undecided ??= match;
      match = undefined;
    }
    if (match) band = i;
  }
  if (!match && undecided) {
    // A coarse value that contains what the band wants: unknown, with the reason shown.
    result.evidence = undecided.evidence;
    result.value = undecided.shown ?? reading.shown;
    const parts = shownParts(undecided, reading);
    if (parts) result.valueParts = parts;
    return result;
  }
  result.evidence = match?.evidence ?? reading.evidence;
  result.value = match?.shown ?? reading.shown;
  const parts = shownParts(match, reading);
  if (parts) result.valueParts = parts;
  if (match) result.band = band;
  if (match?.matched) result.matched = match.matched;
  if (mode === 'require') {
    result.verdict = match ? 'matched' : 'missed';
    result.credit = match ? 1 : 0;
    result.disqualifies = !match;
  } else if (mode === 'exclude') {
    result.verdict = match ? 'missed' : 'matched';
    result.credit = match ? 0 : 1;
    result.disqualifies = Boolean(match);
  } else {
    const credit = match ? clamp01(criterion.bands[band]?.credit ?? 1) : 0;
    result.verdict = credit >= 1 ? 'matched' : credit > 0 ? 'partial' : 'missed';
    result.credit = credit;
  }
  return result;
}

/** Which tier a company falls in, given what scoring found. */
export interface TierDecision {
  tier: string;
  tierKind: TierKind;
  /** Index into `icp.tiers` when `tierKind` is "tier". */
  tierIndex?: number;
}

/**
 * The one tier rule (DESIGN.md, "ICP file"), used by the scorer, the impact preview and the SQL
 * compiler's tests: a disqualified company is "Disqualified"; else below the ICP's
 * `minConfidence` (default 0.5), or with nothing known at all (confidence 0), it is "Not enough
 * data"; else the first tier whose `minScore`
 * the rounded score reaches; else "Bad fit".
 * @param score 0–100, rounded. @param confidence 0–1.
 */
export function decideTier(
  icp: Pick<Icp, 'tiers'> & { minConfidence?: number },
  score: number,
  confidence: number,
  disqualified: boolean,
): TierDecision {
  if (disqualified) return { tier: DISQUALIFIED, tierKind: 'disqualified' };
  const minConfidence = clamp01(icp.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  // Nothing known at all is never a fit, whatever minConfidence says (0 included).
  if (confidence < minConfidence || confidence <= 0)
    return { tier: NOT_ENOUGH_DATA, tierKind: 'insufficient' };
  const tierIndex = icp.tiers.findIndex((t) => score >= t.minScore);
  const tier = icp.tiers[tierIndex];
  return tier
    ? { tier: tier.name, tierKind: 'tier', tierIndex }
    : { tier: BAD_FIT, tierKind: 'bad' };
}

/** Weight sums over an ICP's `score` criteria, as the scorer and the ranker add them up. */
export interface ScoreTotals {
  /** Σ weight. */
  totalWeight: number;
  /** Σ weight·credit, unknowns at `unknownCredit`. */
  earned: number;
  /** Σ weight of the criteria whose field is known. */
  knownWeight: number;
  /** Σ weight·credit of the known criteria. */
  knownEarned: number;
}

/**
 * Score (0–100, rounded), confidence (0–1), the range the unknowns allow and the tier, from the
 * weight sums: the one place both `scoreCompany` and the ranker turn sums into a result. With no
 * weight the score is 0 and the confidence 1.
 */
export function scoreFromTotals(
  icp: Pick<Icp, 'tiers'> & { minConfidence?: number },
  t: ScoreTotals,
  disqualified: boolean,
): { score: number; confidence: number; scoreRange: { min: number; max: number } } & TierDecision {
  const { totalWeight } = t;
  const score = percentOf(t.earned, totalWeight);
  const confidence = totalWeight > 0 ? t.knownWeight / totalWeight : 1;
  const tier = decideTier(icp, score, confidence, disqualified);
  // Built property by property in one shape (no spread): the ranker calls this for every row.
  const result: ReturnType<typeof scoreFromTotals> = {
    score,
    confidence,
    scoreRange: {
      min: percentOf(t.knownEarned, totalWeight),
      max: percentOf(t.knownEarned + totalWeight - t.knownWeight, totalWeight),
    },
    tier: tier.tier,
    tierKind: tier.tierKind,
  };
  if (tier.tierIndex !== undefined) result.tierIndex = tier.tierIndex;
  return result;
}

/** `n` of `total` weight as a whole percentage; 0 without weight. */
const percentOf = (n: number, total: number) => (total > 0 ? Math.round((100 * n) / total) : 0);

/**
 * Scores a company against an ICP, as DESIGN.md ("ICP file") defines it:
 * - score = Σ weight·credit / Σ weight over the `score` criteria, 0–100 rounded; an unknown field
 *   earns `unknownCredit`; with no weight at all the score is 0;
 * - confidence = known weight / total weight of the `score` criteria (1 when there is none);
 * - scoreRange = the score with every unknown at 0 credit … at full credit;
 * - the tier follows `decideTier` (a require/exclude criterion that rules the company out is
 *   named in `disqualifiedBy`).
 * Pure: the same ICP and facts always give the same result.
 */
export function scoreCompany(icp: Icp, facts: CompanyFacts): ScoreResult {
  const unknownCredit = clamp01(icp.unknownCredit);
  const criteria = icp.criteria.map((c, i) => judgeCriterion(c, i, facts, unknownCredit));
  let totalWeight = 0;
  let earned = 0;
  let knownWeight = 0;
  let knownEarned = 0;
  for (const c of criteria) {
    if (c.mode !== 'score') continue;
    totalWeight += c.weight;
    earned += c.weight * c.credit;
    if (c.verdict !== 'unknown') {
      knownWeight += c.weight;
      knownEarned += c.weight * c.credit;
    }
  }
  const disqualifiedBy = criteria.find((c) => c.disqualifies);
  const result: ScoreResult = {
    icpName: icp.name,
    ...scoreFromTotals(
      icp,
      { totalWeight, earned, knownWeight, knownEarned },
      disqualifiedBy !== undefined,
    ),
    criteria,
  };
  if (disqualifiedBy) result.disqualifiedBy = disqualifiedBy;
  return result;
}
