import type { CompanyFacts, Fact, Range } from '../facts';
import { type BandPart, rangeValue } from './band-parts';
import { type BandTest, evidenceOf, firstBand, type Matcher, UNKNOWN_BAND } from './kind';
import type { Band } from './schema';

/**
 * The number a company's range is judged by: its midpoint, or its min when open-ended
 * ("10,001+"). So 201–500 (midpoint 350.5) is in a band 200–499 and not in a band "500+".
 * See README.md, "Ranges".
 */
export function representative(range: Range): number {
  return range.max === undefined ? range.min : (range.min + range.max) / 2;
}

/** Is the number in the band? `min` and `max` are inclusive; a missing side is open. */
export function inBand(value: number, band: Band): boolean {
  if (band.min === undefined && band.max === undefined) return false;
  return (
    (band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max)
  );
}

/** A field whose value is a range (employees, revenue), judged by its representative number. */
export function rangeMatcher(
  pick: (facts: CompanyFacts) => Fact<Range> | undefined,
  show: (range: Range) => string,
  of?: (BandPart & { kind: 'range' })['of'],
): Matcher<number> {
  return {
    read(facts) {
      const fact = pick(facts);
      if (!fact) return undefined;
      const value = representative(fact.value);
      if (!Number.isFinite(value)) return undefined;
      const shown = show(fact.value);
      return of
        ? { value, shown, parts: rangeValue(of, fact.value), evidence: evidenceOf(fact) }
        : { value, shown, evidence: evidenceOf(fact) };
    },
    match: (reading, band) => (inBand(reading.value, band) ? reading : undefined),
  };
}

/** A field whose value is one number (founded year, open roles, amount raised). */
export function numberMatcher(
  pick: (facts: CompanyFacts) => { value: number | undefined; fact: Fact<unknown> } | undefined,
  show: (value: number) => string,
  of?: (BandPart & { kind: 'range' })['of'],
): Matcher<number> {
  return {
    read(facts) {
      const picked = pick(facts);
      const value = picked?.value;
      if (!picked || value === undefined || !Number.isFinite(value)) return undefined;
      const shown = show(value);
      const evidence = evidenceOf(picked.fact);
      return of
        ? { value, shown, parts: rangeValue(of, { min: value, max: value }), evidence }
        : { value, shown, evidence };
    },
    match: (reading, band) => (inBand(reading.value, band) ? reading : undefined),
  };
}

/** The fast test of a number field: the first band the number is in. */
export function numberTest(
  bands: readonly Band[],
  pick: (facts: CompanyFacts) => number | undefined,
): BandTest {
  return (facts) => {
    const value = pick(facts);
    if (value === undefined || !Number.isFinite(value)) return UNKNOWN_BAND;
    return firstBand(bands, (band) => inBand(value, band));
  };
}
