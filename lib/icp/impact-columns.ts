/**
 * The impact preview's columns: which band of a criterion each company matches, computed once
 * per distinct criterion (field and bands) through the registry's band test, the same the ranker
 * uses, and the scores and tiers of an ICP summed from them (as `scoreCompany` decides them).
 */
import { CRITERIA, compileBandTest } from '../criteria';
import { type BandTest, NO_BAND, UNKNOWN_BAND } from '../criteria/kind';
import type { Criterion, CriterionField, Icp } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { clamp01 } from '../format';
import { decideTier } from '../scoring/score';

/** Criteria that match alike whatever their mode, weight, credits and labels. */
export function matchKey(criterion: Criterion): string {
  return JSON.stringify([
    criterion.field,
    criterion.bands.map((b) => [b.in ?? null, b.min ?? null, b.max ?? null]),
  ]);
}

/**
 * Matches criteria of one field over all companies into columns of band indexes (`NO_BAND`,
 * `UNKNOWN_BAND` or the band): companies with the same value (the field's `valueKey`) are
 * tested once.
 */
export function computeColumns(
  field: CriterionField,
  criteria: readonly Criterion[],
  companies: readonly { facts: CompanyFacts }[],
): Int16Array[] {
  const kind = CRITERIA[field];
  const tests: BandTest[] = criteria.map((c) => compileBandTest(field, c.bands));
  const columns = criteria.map(() => new Int16Array(companies.length));
  const memo = new Map<string | number, Int16Array>();
  for (let i = 0; i < companies.length; i++) {
    const facts = companies[i]?.facts ?? {};
    const key = kind.valueKey(facts);
    if (key === null) {
      for (const column of columns) column[i] = UNKNOWN_BAND;
      continue;
    }
    let bands = key === undefined ? undefined : memo.get(key);
    if (!bands) {
      bands = new Int16Array(criteria.length);
      for (let c = 0; c < criteria.length; c++) bands[c] = (tests[c] as BandTest)(facts);
      if (key !== undefined && memo.size < 100_000) memo.set(key, bands);
    }
    for (let c = 0; c < columns.length; c++) (columns[c] as Int16Array)[i] = bands[c] as number;
  }
  return columns;
}

/** Scores (0–100, rounded) and tier names of every company for one ICP, from the columns. */
export function tiersOf(
  icp: Icp,
  columns: ReadonlyMap<string, Int16Array>,
  count: number,
): { scores: Int32Array; tiers: string[] } {
  const unknownCredit = clamp01(icp.unknownCredit);
  const plan = icp.criteria.map((c) => ({
    mode: c.mode,
    weight: Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0,
    credits: c.bands.map((b) => clamp01(b.credit ?? 1)),
    column: columns.get(matchKey(c)) as Int16Array,
  }));
  const scores = new Int32Array(count);
  const tiers = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    let totalWeight = 0;
    let knownWeight = 0;
    let earned = 0;
    let disqualified = false;
    for (const p of plan) {
      const band = p.column[i] as number;
      if (p.mode === 'score') {
        totalWeight += p.weight;
        if (band !== UNKNOWN_BAND) knownWeight += p.weight;
        earned +=
          p.weight *
          (band === UNKNOWN_BAND ? unknownCredit : band >= 0 ? (p.credits[band] as number) : 0);
      } else if (band !== UNKNOWN_BAND && (p.mode === 'require' ? band === NO_BAND : band >= 0)) {
        disqualified = true;
      }
    }
    const score = totalWeight > 0 ? Math.round((100 * earned) / totalWeight) : 0;
    scores[i] = score;
    const confidence = totalWeight > 0 ? knownWeight / totalWeight : 1;
    tiers[i] = decideTier(icp, score, confidence, disqualified).tier;
  }
  return { scores, tiers };
}
