import type { CriterionField } from '../../icp/schema';
import { categoryMatcher, technologiesMatcher } from './category';
import { keywordsMatcher } from './keywords';
import { locationMatcher } from './location';
import { numberMatcher, rangeMatcher } from './number-range';
import type { Matcher } from './types';

/** One matcher per criterion field; a new field that has none is a compile error. */
export const MATCHERS: Readonly<Record<CriterionField, Matcher<never>>> = {
  industry: categoryMatcher((f) => f.industry && { value: f.industry.value, fact: f.industry }),
  employees: rangeMatcher((f) => f.employees),
  revenue: rangeMatcher((f) => f.revenue),
  location: locationMatcher,
  technologies: technologiesMatcher,
  keywords: keywordsMatcher,
  founded: numberMatcher((f) => f.founded && { value: f.founded.value, fact: f.founded }),
  companyType: categoryMatcher(
    (f) => f.companyType && { value: f.companyType.value, fact: f.companyType },
  ),
  hiring: numberMatcher((f) => f.hiring && { value: f.hiring.value.openRoles, fact: f.hiring }),
  funding: fundingMatcher(),
} as Readonly<Record<CriterionField, Matcher<never>>>;

/** Funding bands: `in` lists stages ("Series A"), `min`/`max` bound the amount in USD. */
function fundingMatcher(): Matcher<{ stage?: string; amountUsd?: number }> {
  const stage = categoryMatcher(
    (f) => f.funding && { value: f.funding.value.stage, fact: f.funding },
  );
  return {
    read(facts) {
      const fact = facts.funding;
      if (!fact || (fact.value.stage === undefined && fact.value.amountUsd === undefined))
        return undefined;
      return { value: fact.value, evidence: { text: fact.evidence, source: fact.source } };
    },
    matches(value, band) {
      if (band.in) return value.stage !== undefined && stage.matches(value.stage, band);
      return (
        value.amountUsd !== undefined &&
        numberMatcher(() => undefined).matches(value.amountUsd, band)
      );
    },
  };
}
