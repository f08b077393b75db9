import type { CompanyFacts, FactSource } from '../../facts';
import type { Band } from '../../icp/schema';

export interface Evidence {
  text: string;
  source: FactSource;
}

/**
 * Scores one kind of criterion field. `read` returns undefined when the company's value is
 * unknown; `matches` says whether one band matches the value read.
 */
export interface Matcher<V> {
  read(facts: CompanyFacts): { value: V; evidence: Evidence } | undefined;
  matches(value: V, band: Band): boolean;
  /** Evidence specific to the band that matched (e.g. which keyword was found). */
  explain?(value: V, band: Band, evidence: Evidence): Evidence;
}
