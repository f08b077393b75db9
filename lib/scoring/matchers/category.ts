import type { CompanyFacts, Fact } from '../../facts';
import { fold } from '../../format';
import { evidenceOf, type Matcher, perBand } from './types';

/** A band's `in` list, folded (case, accents, "&"/"and", punctuation). */
export const foldedValues = perBand((band) => new Set((band.in ?? []).map(fold)));

/**
 * One category value (industry, company type) against a band's `in` list: equal after folding,
 * so "Computer & Network Security" matches "computer and network security".
 */
export function categoryMatcher(
  pick: (facts: CompanyFacts) => Fact<string> | undefined,
): Matcher<string> {
  return {
    read(facts) {
      const fact = pick(facts);
      const value = fact?.value.trim();
      if (!fact || !value) return undefined;
      return { value: fold(value), shown: value, evidence: evidenceOf(fact) };
    },
    match: (reading, band) =>
      foldedValues(band).has(reading.value) ? { evidence: reading.evidence } : undefined,
  };
}
