import type { CompanyFacts, Fact } from '../facts';
import { fold } from '../format';
import { type BandTest, evidenceOf, firstBand, type Matcher, perBand, UNKNOWN_BAND } from './kind';
import type { Band } from './schema';

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

/** The fast test of a category field: the folded value in the first band's set. */
export function categoryTest(
  bands: readonly Band[],
  pick: (facts: CompanyFacts) => Fact<string> | undefined,
): BandTest {
  const sets = bands.map(foldedValues);
  return (facts) => {
    const value = pick(facts)?.value.trim();
    if (!value) return UNKNOWN_BAND;
    const folded = fold(value);
    return firstBand(sets, (set) => set.has(folded));
  };
}
