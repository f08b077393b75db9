import type { Band, Criterion, CriterionField, CriterionMode, Icp } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { fold } from '../format';
import { MATCHERS } from './matchers';
import { foldedValues } from './matchers/category';
import { broaderIndustries } from './matchers/industry';
import { compileKeywords, findFirstKeyword } from './matchers/keywords';
import { placeSet } from './matchers/location';
import { inBand, representative } from './matchers/number-range';
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

/** No band matched. */
const NONE = -1;
/** The field is unknown. */
const UNKNOWN = -2;

/** A criterion's test: the index of the first band that matches, `NONE` or `UNKNOWN`. */
type BandTest = (facts: CompanyFacts) => number;

function firstBand<T>(values: readonly T[], matches: (value: T) => boolean): number {
  for (let i = 0; i < values.length; i++) if (matches(values[i] as T)) return i;
  return NONE;
}

function categoryTest(bands: readonly Band[], field: 'industry' | 'companyType'): BandTest {
  const sets = bands.map(foldedValues);
  return (facts) => {
    const value = facts[field]?.value.trim();
    if (!value) return UNKNOWN;
    const folded = fold(value);
    return firstBand(sets, (set) => set.has(folded));
  };
}

/**
 * Industry, as `industryMatcher` and `judgeCriterion` judge it: the first band whose list holds
 * the industry decides; when none does but the company's value is a coarse group containing an
 * industry some band wants (a CRM's "Technology" against "Computer and Network Security"), the
 * criterion is unknown, not a miss.
 */
function industryTest(bands: readonly Band[]): BandTest {
  const exact = categoryTest(bands, 'industry');
  const broader = new Set<string>();
  for (const band of bands) for (const group of broaderIndustries(band)) broader.add(group);
  if (broader.size === 0) return exact;
  return (facts) => {
    const band = exact(facts);
    return band === NONE && broader.has((facts.industry?.value ?? '').trim()) ? UNKNOWN : band;
  };
}

function numberTest(bands: readonly Band[], pick: (f: CompanyFacts) => number | undefined) {
  return (facts: CompanyFacts) => {
    const value = pick(facts);
    if (value === undefined || !Number.isFinite(value)) return UNKNOWN;
    return firstBand(bands, (band) => inBand(value, band));
  };
}

const COUNTRY = /^[A-Z]{2}$/;

function locationTest(bands: readonly Band[]): BandTest {
  const sets = bands.map(placeSet);
  return (facts) => {
    const hq = facts.headquarters?.value;
    if (!hq) return UNKNOWN;
    const region = hq.region?.toUpperCase();
    const country = (hq.country ?? region?.split('-')[0])?.toUpperCase();
    if (!country || !COUNTRY.test(country)) return UNKNOWN;
    return firstBand(
      sets,
      (s) =>
        s.worldwide ||
        s.countries.has(country) ||
        (region !== undefined && s.subdivisions.has(region)),
    );
  };
}

function technologiesTest(bands: readonly Band[]): BandTest {
  const sets = bands.map(foldedValues);
  return (facts) => {
    const folded: string[] = [];
    for (const name of facts.technologies?.value ?? []) if (name.trim()) folded.push(fold(name));
    if (folded.length === 0) return UNKNOWN;
    return firstBand(sets, (set) => folded.some((t) => set.has(t)));
  };
}

/** Texts up to this long have their first band remembered, up to this many texts. */
const MEMO_TEXT = 1000;
const MEMO_SIZE = 10_000;
/** Bands with at most this many keywords are first looked for as plain substrings. */
const QUICK_KEYWORDS = 32;

function keywordsTest(bands: readonly Band[]): BandTest {
  // One trie per band (linear-time matching, as the matcher does).
  const lists = bands.map((band) => compileKeywords(band.in ?? []));
  // A band matches when any text holds one of its keywords, so the first band matched is the
  // least of each text's first band. Specialties, taglines and descriptions repeat across the rows
  // of a file: each text's first band is remembered (UNKNOWN: the text folds to nothing).
  // A keyword found as a whole word is found as a substring first: for a band of a few keywords,
  // a text holding none of them skips the trie walk (its word-boundary tests cost far more).
  const needles = lists.map(({ keywords }) =>
    keywords.length <= QUICK_KEYWORDS ? keywords.map((k) => k.folded) : undefined,
  );
  const holds = (folded: string, band: number): boolean => {
    const some = needles[band];
    if (some && !some.some((needle) => folded.includes(needle))) return false;
    return findFirstKeyword(folded, lists[band] as (typeof lists)[number]) !== undefined;
  };
  const memo = new Map<string, number>();
  const firstIn = (text: string): number => {
    let band = memo.get(text);
    if (band !== undefined) return band;
    const folded = fold(text);
    band = folded ? NONE : UNKNOWN;
    if (folded)
      for (let i = 0; i < lists.length; i++)
        if (holds(folded, i)) {
          band = i;
          break;
        }
    if (text.length <= MEMO_TEXT && memo.size < MEMO_SIZE) memo.set(text, band);
    return band;
  };
  return (facts) => {
    let known = false;
    let best = Number.POSITIVE_INFINITY;
    for (const s of facts.specialties?.value ?? []) {
      const band = firstIn(s);
      if (band === UNKNOWN) continue;
      known = true;
      if (band !== NONE && band < best) best = band;
    }
    for (const text of [facts.tagline?.value, facts.description?.value]) {
      if (!text?.trim()) continue;
      known = true;
      const band = firstIn(text);
      if (band >= 0 && band < best) best = band;
    }
    if (!known) return UNKNOWN;
    return best === Number.POSITIVE_INFINITY ? NONE : best;
  };
}

/** Any other field: the matcher itself (correct by construction, a little slower). */
function matcherTest(bands: readonly Band[], field: CriterionField): BandTest {
  const matcher = MATCHERS[field];
  return (facts) => {
    const reading = matcher.read(facts);
    if (!reading) return UNKNOWN;
    return firstBand(bands, (band) => matcher.match(reading, band) !== undefined);
  };
}

function bandTest(criterion: Criterion): BandTest {
  const { bands, field } = criterion;
  switch (field) {
    case 'industry':
      return industryTest(bands);
    case 'companyType':
      return categoryTest(bands, field);
    case 'employees':
      return numberTest(bands, (f) => f.employees && representative(f.employees.value));
    case 'revenue':
      return numberTest(bands, (f) => f.revenue && representative(f.revenue.value));
    case 'founded':
      return numberTest(bands, (f) => f.founded?.value);
    case 'location':
      return locationTest(bands);
    case 'technologies':
      return technologiesTest(bands);
    case 'keywords':
      return keywordsTest(bands);
    default:
      return matcherTest(bands, field);
  }
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

interface CompiledCriterion {
  mode: CriterionMode;
  weight: number;
  /** Credit of each band in `score` mode, clamped to 0–1. */
  credits: number[];
  test: BandTest;
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
    test: bandTest(c),
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
