import type { CompanyFacts, Fact, Range } from '../../facts';
import type { Band } from '../../icp/schema';
import type { Matcher } from './types';

/**
 * The number a range is judged by: its midpoint, or its min when open-ended ("10,001+").
 * So 201–500 (midpoint 350.5) matches a band 200–499 but not a band "≥ 500". See README.md.
 */
export function representative(range: Range): number {
  return range.max === undefined ? range.min : (range.min + range.max) / 2;
}

export function inBand(value: number, band: Band): boolean {
  if (band.min === undefined && band.max === undefined) return false;
  return (
    (band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max)
  );
}

export function rangeMatcher(
  pick: (facts: CompanyFacts) => Fact<Range> | undefined,
): Matcher<Range> {
  return {
    read(facts) {
      const fact = pick(facts);
      return fact && { value: fact.value, evidence: { text: fact.evidence, source: fact.source } };
    },
    matches: (range, band) => inBand(representative(range), band),
  };
}

export function numberMatcher(
  pick: (facts: CompanyFacts) => { value: number | undefined; fact: Fact<unknown> } | undefined,
): Matcher<number> {
  return {
    read(facts) {
      const picked = pick(facts);
      if (!picked || picked.value === undefined || !Number.isFinite(picked.value)) return undefined;
      return {
        value: picked.value,
        evidence: { text: picked.fact.evidence, source: picked.fact.source },
      };
    },
    matches: inBand,
  };
}
