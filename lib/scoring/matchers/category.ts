import type { CompanyFacts, Fact } from '../../facts';
import { fold } from '../../text';
import type { Matcher } from './types';

/** One category value (industry, company type, funding stage) against a band's `in` list. */
export function categoryMatcher(
  pick: (facts: CompanyFacts) => { value: string | undefined; fact: Fact<unknown> } | undefined,
): Matcher<string> {
  return {
    read(facts) {
      const picked = pick(facts);
      if (!picked?.value?.trim()) return undefined;
      return {
        value: picked.value,
        evidence: { text: picked.fact.evidence, source: picked.fact.source },
      };
    },
    matches: (value, band) => {
      const folded = fold(value);
      return (band.in ?? []).some((entry) => fold(entry) === folded);
    },
  };
}

/** A set of values (technologies) matches when any of them is in the band. */
export const technologiesMatcher: Matcher<string[]> = {
  read(facts) {
    const fact = facts.technologies;
    if (!fact || fact.value.length === 0) return undefined;
    return { value: fact.value, evidence: { text: fact.evidence, source: fact.source } };
  },
  matches: (values, band) => overlap(values, band.in ?? []).length > 0,
  explain: (values, band, evidence) => ({
    ...evidence,
    text: overlap(values, band.in ?? []).join(', '),
  }),
};

function overlap(values: readonly string[], wanted: readonly string[]): string[] {
  const folded = new Set(wanted.map(fold));
  return values.filter((v) => folded.has(fold(v)));
}
