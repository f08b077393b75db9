import type { CompanyFacts } from '../facts';
import { criterionLabel } from '../icp/labels';
import { BAD_FIT, type Criterion, DISQUALIFIED, type Icp } from '../icp/schema';
import { MATCHERS } from './matchers';
import type { BandMatch } from './matchers/types';
import type { CriterionResult, ScoreResult } from './types';

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
  const matcher = MATCHERS[field];
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
    return result;
  }
  result.evidence = match?.evidence ?? reading.evidence;
  result.value = match?.shown ?? reading.shown;
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

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/**
 * Scores a company against an ICP, as DESIGN.md ("ICP file") defines it:
 * - score = Σ weight·credit / Σ weight over the `score` criteria, 0–100 rounded; an unknown field
 *   earns `unknownCredit`; with no weight at all the score is 0;
 * - confidence = known weight / total weight of the `score` criteria (1 when there is none);
 * - a `require` criterion whose field is known and matches no band, or an `exclude` criterion
 *   with a matching band, makes the company "Disqualified" (the first such criterion is named);
 * - otherwise the tier is the first whose `minScore` the (rounded) score reaches, else "Bad fit".
 * Pure: the same ICP and facts always give the same result.
 */
export function scoreCompany(icp: Icp, facts: CompanyFacts): ScoreResult {
  const unknownCredit = clamp01(icp.unknownCredit);
  const criteria = icp.criteria.map((c, i) => judgeCriterion(c, i, facts, unknownCredit));
  let totalWeight = 0;
  let earned = 0;
  let knownWeight = 0;
  for (const c of criteria) {
    if (c.mode !== 'score') continue;
    totalWeight += c.weight;
    earned += c.weight * c.credit;
    if (c.verdict !== 'unknown') knownWeight += c.weight;
  }
  const score = totalWeight > 0 ? Math.round((100 * earned) / totalWeight) : 0;
  const confidence = totalWeight > 0 ? knownWeight / totalWeight : 1;
  const result: ScoreResult = {
    icpName: icp.name,
    score,
    confidence,
    tier: BAD_FIT,
    tierKind: 'bad',
    criteria,
  };
  const disqualifiedBy = criteria.find((c) => c.disqualifies);
  if (disqualifiedBy) {
    result.tier = DISQUALIFIED;
    result.tierKind = 'disqualified';
    result.disqualifiedBy = disqualifiedBy;
    return result;
  }
  const tierIndex = icp.tiers.findIndex((t) => score >= t.minScore);
  const tier = icp.tiers[tierIndex];
  if (tier) {
    result.tier = tier.name;
    result.tierKind = 'tier';
    result.tierIndex = tierIndex;
  }
  return result;
}
