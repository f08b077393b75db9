import type { CompanyFacts } from '../facts';
import { BAD_FIT, type Criterion, DISQUALIFIED, type Icp } from '../icp/schema';
import { MATCHERS } from './matchers';
import type { Matcher } from './matchers/types';
import type { CriterionResult, ScoreResult, Verdict } from './types';

/** Judges one criterion: the first band that matches decides. */
export function judgeCriterion(
  criterion: Criterion,
  index: number,
  facts: CompanyFacts,
  unknownCredit: number,
): CriterionResult {
  const matcher = MATCHERS[criterion.field] as Matcher<unknown>;
  const read = matcher.read(facts);
  const base = { index, field: criterion.field, mode: criterion.mode, weight: criterion.weight };
  if (!read) {
    return {
      ...base,
      verdict: 'unknown',
      credit: criterion.mode === 'score' ? unknownCredit : 0,
      disqualifies: false,
    };
  }
  const band = criterion.bands.findIndex((b) => matcher.matches(read.value, b));
  const matched = criterion.bands[band];
  const evidence =
    matched && matcher.explain
      ? matcher.explain(read.value, matched, read.evidence)
      : read.evidence;
  if (criterion.mode === 'require') {
    return {
      ...base,
      verdict: matched ? 'matched' : 'missed',
      credit: matched ? 1 : 0,
      evidence,
      disqualifies: !matched,
      ...(matched && { band }),
    };
  }
  if (criterion.mode === 'exclude') {
    return {
      ...base,
      verdict: matched ? 'missed' : 'matched',
      credit: matched ? 0 : 1,
      evidence,
      disqualifies: Boolean(matched),
      ...(matched && { band }),
    };
  }
  const credit = matched?.credit ?? 0;
  const verdict: Verdict = credit >= 1 ? 'matched' : credit > 0 ? 'partial' : 'missed';
  return { ...base, verdict, credit, evidence, disqualifies: false, ...(matched && { band }) };
}

/**
 * Scores a company against an ICP, as DESIGN.md defines it: Σ weight·credit / Σ weight over the
 * `score` criteria (unknown fields earn `unknownCredit`), confidence = known weight / total weight,
 * tier = the first whose minScore the score reaches, "Bad fit" below all; a `require` or
 * `exclude` criterion that fires makes the company "Disqualified".
 */
export function scoreCompany(icp: Icp, facts: CompanyFacts): ScoreResult {
  const criteria = icp.criteria.map((c, i) => judgeCriterion(c, i, facts, icp.unknownCredit));
  const scored = criteria.filter((c) => c.mode === 'score');
  const totalWeight = scored.reduce((sum, c) => sum + c.weight, 0);
  const earned = scored.reduce((sum, c) => sum + c.weight * c.credit, 0);
  const knownWeight = scored
    .filter((c) => c.verdict !== 'unknown')
    .reduce((sum, c) => sum + c.weight, 0);
  const score = totalWeight > 0 ? Math.round((100 * earned) / totalWeight) : 0;
  const confidence = totalWeight > 0 ? knownWeight / totalWeight : 1;
  const base = { icpName: icp.name, score, confidence, criteria };
  const disqualifiedBy = criteria.find((c) => c.disqualifies);
  if (disqualifiedBy)
    return { ...base, tier: DISQUALIFIED, tierKind: 'disqualified', disqualifiedBy };
  const tierIndex = icp.tiers.findIndex((t) => score >= t.minScore);
  const tier = icp.tiers[tierIndex];
  if (!tier) return { ...base, tier: BAD_FIT, tierKind: 'bad' };
  return { ...base, tier: tier.name, tierKind: 'tier', tierIndex };
}
