import { CRITERIA, compileBandTest } from '../criteria';
import { type BandTest, NO_BAND as NONE, UNKNOWN_BAND as UNKNOWN } from '../criteria/kind';
import type { Band, CriterionField, CriterionMode, Icp } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { clamp01 } from '../format';
import { scoreFromTotals, type TierDecision } from './score';

/**
 * What ranking needs of a score, and nothing more: no per-criterion results, no evidence or
 * reason text. Equal to the same fields of `scoreCompany`'s result (tested on every fixture and
 * on generated rows), so a ranking-only run can skip building reasons.
 */
export interface Rank extends TierDecision {
  /** 0–100, rounded. */
  score: number;
  /** Known weight / total weight of the `score` criteria, 0–1. */
  confidence: number;
  scoreRange: { min: number; max: number };
  /** Position in `icp.criteria` of the first require/exclude criterion that fired. */
  disqualifiedBy?: number;
}

interface CompiledCriterion {
  mode: CriterionMode;
  weight: number;
  /** Credit of each band in `score` mode, clamped to 0–1. */
  credits: number[];
  test: BandTest;
}

/** Distinct values whose band a matcher-backed test remembers (per criterion and run). */
const MEMO_SIZE = 10_000;

/**
 * The criterion's band test. A field without a compiled test runs its matcher (reading, shown
 * text, evidence) for every company; such a test is remembered per distinct value, by the
 * field's `valueKey` (the key the impact preview matches once per value), so a value that
 * repeats across a file's rows is matched once.
 */
function bandTest(field: CriterionField, bands: readonly Band[]): BandTest {
  const test = compileBandTest(field, bands);
  const kind = CRITERIA[field];
  if (kind.compile) return test;
  const memo = new Map<string | number, number>();
  return (facts) => {
    const key = kind.valueKey(facts);
    if (key === null || key === undefined) return test(facts);
    let band = memo.get(key);
    if (band === undefined) {
      band = test(facts);
      if (memo.size < MEMO_SIZE) memo.set(key, band);
    }
    return band;
  };
}

/**
 * Compiles an ICP once into a function that ranks one company: the same score, confidence,
 * score range and tier as `scoreCompany(icp, facts)` (and the tier from the same `decideTier`),
 * without building per-criterion results, evidence or reason text. For bulk scoring where only
 * the ranking is printed (`icp-lens score --format csv` without `--explain`).
 */
export function compileRanker(icp: Icp): (facts: CompanyFacts) => Rank {
  const unknownCredit = clamp01(icp.unknownCredit);
  const criteria: CompiledCriterion[] = icp.criteria.map((c) => ({
    mode: c.mode,
    weight: Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0,
    credits: c.bands.map((b) => clamp01(b.credit ?? 1)),
    test: bandTest(c.field, c.bands),
  }));
  return (facts) => {
    let totalWeight = 0;
    let earned = 0;
    let knownWeight = 0;
    let knownEarned = 0;
    let disqualifiedBy: number | undefined;
    for (let i = 0; i < criteria.length; i++) {
      const c = criteria[i] as CompiledCriterion;
      if (c.mode !== 'score' && disqualifiedBy !== undefined) continue;
      const band = c.test(facts);
      if (c.mode === 'score') {
        const credit =
          band === UNKNOWN ? unknownCredit : band === NONE ? 0 : (c.credits[band] ?? 0);
        totalWeight += c.weight;
        earned += c.weight * credit;
        if (band !== UNKNOWN) {
          knownWeight += c.weight;
          knownEarned += c.weight * credit;
        }
      } else if (band !== UNKNOWN && (c.mode === 'require') === (band === NONE)) {
        disqualifiedBy = i;
      }
    }
    const rank: Rank = scoreFromTotals(
      icp,
      { totalWeight, earned, knownWeight, knownEarned },
      disqualifiedBy !== undefined,
    );
    if (disqualifiedBy !== undefined) rank.disqualifiedBy = disqualifiedBy;
    return rank;
  };
}
