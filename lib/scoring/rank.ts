import { compileBandTest } from '../criteria';
import { type BandTest, NO_BAND as NONE, UNKNOWN_BAND as UNKNOWN } from '../criteria/kind';
import type { Band, CriterionField, CriterionMode, Icp } from '../criteria/schema';
import type { CompanyFacts, FactName } from '../facts';
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

/** Distinct values whose band a test remembers (per criterion and run). */
const MEMO_SIZE = 10_000;

/**
 * The facts each criterion field's band test reads (its matcher's `read`, its compiled test): a
 * field missing here is a compile error; `test/unit/scoring/rank.test.ts` checks that changing any
 * other fact changes no band.
 */
const READS: Readonly<Record<CriterionField, readonly FactName[]>> = {
  industry: ['industry'],
  employees: ['employees'],
  revenue: ['revenue'],
  location: ['headquarters'],
  technologies: ['technologies'],
  keywords: ['specialties', 'tagline', 'description'],
  founded: ['founded'],
  companyType: ['companyType'],
  hiring: ['hiring'],
  hiringFor: ['hiring'],
  funding: ['funding'],
  businessModel: ['businessModel'],
};

/**
 * The facts ranking against `icp` reads (`READS` of its criteria's fields): all a ranking-only
 * run needs of an account file (`ReadOptions.facts` in lib/csv).
 */
export function factsRanked(icp: Pick<Icp, 'criteria'>): ReadonlySet<FactName> {
  return new Set(icp.criteria.flatMap((c) => READS[c.field]));
}

/** One level of remembered bands: by a fact's value (`null` for no fact), then the next level. */
type Memo = Map<unknown, number | Memo>;

/**
 * `test`, remembered per distinct value of the facts `field` reads (`READS`), compared as the
 * values themselves: a primitive (an industry, a year, a description) by equality, an object (a
 * size range, a place, a list) by identity. Files repeat their cells and the CSV reader gives
 * every row with the same cell the same value object, so a file's industries, sizes and places
 * are each tested once. Sound because facts are values: nothing changes a fact's value object
 * in place (a changed fact is a new one).
 */
function remembered(field: CriterionField, test: BandTest): BandTest {
  const names = READS[field];
  const memo: Memo = new Map();
  let size = 0;
  return (facts) => {
    let level = memo;
    for (let i = 0; i < names.length - 1; i++) {
      const key = facts[names[i] as FactName]?.value ?? null;
      let next = level.get(key) as Memo | undefined;
      if (next === undefined) {
        if (size >= MEMO_SIZE) return test(facts);
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    const key = facts[names[names.length - 1] as FactName]?.value ?? null;
    let band = level.get(key) as number | undefined;
    if (band === undefined) {
      band = test(facts);
      if (size < MEMO_SIZE) {
        level.set(key, band);
        size++;
      }
    }
    return band;
  };
}

/** The criterion's band test (compiled, or the field's matcher), remembered per distinct value. */
function bandTest(field: CriterionField, bands: readonly Band[]): BandTest {
  return remembered(field, compileBandTest(field, bands));
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
