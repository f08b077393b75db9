/**
 * What one criterion field needs everywhere, as one value per field (`CriterionKind`): how to
 * read it from a company's facts, how to match a band (with evidence, and fast, without it), how
 * to describe a band, what the editor offers and how the builder words a proposal. The registry
 * (`index.ts`) holds one per field; adding a field is one file beside this one.
 */
import type { CompanyFacts, Fact, FactSource } from '../facts';
import type { BandPart, KeywordText, ValuePart } from './band-parts';
import type { Band } from './schema';

export interface Evidence {
  text: string;
  source: FactSource;
  /** For a keyword: the quoted page text and which company text it is from (`text` says both). */
  quote?: { in: KeywordText; text: string };
}

export function evidenceOf(fact: Fact<unknown>): Evidence {
  return { text: fact.evidence, source: fact.source };
}

/** What a company says for one criterion field. */
export interface Reading<V> {
  value: V;
  /** The value in plain words, e.g. "201–500 employees" (becomes `CriterionResult.value`). */
  shown: string;
  /** The value as structured parts for the UI to word (`shown` is the English wording). */
  parts?: ValuePart[];
  evidence: Evidence;
}

/** A band matched: what to show for it (defaults to the reading's). */
export interface BandMatch {
  evidence: Evidence;
  shown?: string;
  /** `shown` as structured parts, when it is given and can be said in parts. */
  parts?: ValuePart[];
  /** The band entries that matched (keywords found, technologies in common). */
  matched?: string[];
  /**
   * The value neither fits nor misses the band (a coarse CRM industry that contains the band's
   * industry): the criterion is judged unknown, with this match's evidence and `shown`.
   */
  unknown?: true;
}

/**
 * Scores one kind of criterion field. `read` returns undefined when the company's value is
 * unknown; `match` returns undefined when the band does not match the value, else the evidence.
 * Both must be pure and cheap: they run for every company of a 100,000-row CSV.
 */
export interface Matcher<V> {
  read(facts: CompanyFacts): Reading<V> | undefined;
  match(reading: Reading<V>, band: Band): BandMatch | undefined;
}

/** A matcher with its value type hidden, so matchers of different fields fit one registry. */
export interface AnyMatcher {
  read(facts: CompanyFacts): Reading<unknown> | undefined;
  match(reading: Reading<unknown>, band: Band): BandMatch | undefined;
}

export function erase<V>(matcher: Matcher<V>): AnyMatcher {
  return matcher as unknown as AnyMatcher;
}

/** Per-band precomputation (folded lists, country sets), done once per band object. */
export function perBand<T>(compute: (band: Band) => T): (band: Band) => T {
  const cache = new WeakMap<Band, T>();
  return (band) => {
    let value = cache.get(band);
    if (value === undefined) {
      value = compute(band);
      cache.set(band, value);
    }
    return value;
  };
}

/** A fast band test's answers besides a band index (≥ 0). */
export const NO_BAND = -1;
export const UNKNOWN_BAND = -2;

/**
 * One criterion's bands compiled into a test of one company: the index of the first band that
 * matches, `NO_BAND`, or `UNKNOWN_BAND` (the field is unknown, or a band answered "unknown" and
 * none matched). Equal to what `read` + `match` decide, without evidence or text.
 */
export type BandTest = (facts: CompanyFacts) => number;

/** How a field's bands are written: number ranges (`min`/`max`), lists (`in`) or either. */
export type BandShape = 'number' | 'list' | 'both';

/** Where a user finds the field when it is unknown: a LinkedIn company page or the website. */
export type FoundOn = 'linkedin' | 'website';

export interface CriterionKind<V> {
  shape: BandShape;
  /** The field's plain-English name (the CLI and default labels), e.g. "Company size". */
  label: string;
  foundOn: FoundOn;
  matcher: Matcher<V>;
  /**
   * The ranker's and impact preview's fast path: the bands compiled once into a test. Absent:
   * the matcher itself is used (`matcherTest`), correct by construction, a little slower.
   */
  compile?(bands: readonly Band[]): BandTest;
  /**
   * A cheap key for what `matcher.read` reads, so companies with the same value are matched once
   * (impact preview); `null` when the fact is absent (the field is unknown); undefined when no
   * cheap key exists (the matcher runs for each company).
   */
  valueKey(facts: CompanyFacts): string | number | null | undefined;
  /**
   * What a band says, as structured values (`BandPart`), without its credit: the UI words them in
   * its language, `describeBand` in English ("500–5,000 employees", "in US or Canada").
   */
  bandParts(band: Band): BandPart[];
  /** The talking point a proposed criterion of this field carries, if any. */
  talkingPoint?: string;
  /**
   * For list fields: what the builder counts per company (each distinct value once), as
   * [folded key, value as written]. Absent: the builder has its own proposer for the field
   * (sizes, places, keywords, years) or proposes nothing for it.
   */
  proposalValues?(facts: CompanyFacts): readonly (readonly [string, string])[];
  /**
   * For list fields whose values must name something known (places, role families): what is
   * wrong with a band entry ("unknown place \"Atlantis\"; use …"), or undefined when it is fine.
   * An ICP file with such an entry is rejected, naming it.
   */
  unknownValue?(entry: string): string | undefined;
  /** Values the editor offers for a list band's `in` (the user may still type others). */
  suggestions?(): readonly string[];
}

/** A criterion kind with its value type hidden, for the registry. */
export type AnyCriterionKind = Omit<CriterionKind<unknown>, 'matcher'> & { matcher: AnyMatcher };

export function kind<V>(k: CriterionKind<V>): AnyCriterionKind {
  return k as unknown as AnyCriterionKind;
}

/** The first index whose value passes, or `NO_BAND`. */
export function firstBand<T>(values: readonly T[], passes: (value: T) => boolean): number {
  for (let i = 0; i < values.length; i++) if (passes(values[i] as T)) return i;
  return NO_BAND;
}

/**
 * The matcher as a band test: the first band that matches; when none does but one answered
 * "unknown", `UNKNOWN_BAND` (as `judgeCriterion` decides).
 */
export function matcherTest(matcher: AnyMatcher, bands: readonly Band[]): BandTest {
  return (facts) => {
    const reading = matcher.read(facts);
    if (!reading) return UNKNOWN_BAND;
    let undecided = false;
    for (let b = 0; b < bands.length; b++) {
      const hit = matcher.match(reading, bands[b] as Band);
      if (hit?.unknown) undecided = true;
      else if (hit) return b;
    }
    return undecided ? UNKNOWN_BAND : NO_BAND;
  };
}
