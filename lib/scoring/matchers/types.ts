import type { Band } from '../../criteria/schema';
import type { CompanyFacts, Fact, FactSource } from '../../facts';

export interface Evidence {
  text: string;
  source: FactSource;
}

export function evidenceOf(fact: Fact<unknown>): Evidence {
  return { text: fact.evidence, source: fact.source };
}

/** What a company says for one criterion field. */
export interface Reading<V> {
  value: V;
  /** The value in plain words, e.g. "201–500 employees" (becomes `CriterionResult.value`). */
  shown: string;
  evidence: Evidence;
}

/** A band matched: what to show for it (defaults to the reading's). */
export interface BandMatch {
  evidence: Evidence;
  shown?: string;
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
