import { describeFunding } from '../criteria/funding';
import { formatRange } from '../criteria/labels';
import { countryInSentence } from '../criteria/regions';
import type { CompanyFacts } from '../facts';
import type { CriterionResult } from '../scoring/types';
import { and, tidy } from './text';

/**
 * The values an ICP criterion's `talkingPoint` may name: {name}, {industry}, {employees},
 * {city}, {country}, {founded}, {age}, {specialties}, {keyword}, {technologies}, {openRoles},
 * {funding}. Missing facts are absent, so a sentence that needs them is not used.
 */
export function placeholderValues(
  facts: CompanyFacts,
  criterion: CriterionResult,
  year: number,
): Record<string, string | undefined> {
  const hq = facts.headquarters?.value;
  const founded = facts.founded?.value;
  const list = (items: readonly string[] | undefined) =>
    items && items.length > 0 ? and(items.slice(0, 3).map((i) => tidy(i, 40))) : undefined;
  const matched = criterion.matched;
  return {
    name: facts.name && tidy(facts.name.value, 80),
    industry: facts.industry && tidy(facts.industry.value, 80),
    employees: facts.employees && formatRange(facts.employees.value),
    city: hq?.city && tidy(hq.city, 60),
    country: hq?.country && countryInSentence(hq.country),
    founded: founded === undefined ? undefined : String(founded),
    age: founded === undefined || year - founded < 1 ? undefined : String(year - founded),
    specialties:
      list(facts.specialties?.value) ??
      (criterion.field === 'keywords' ? list(matched) : undefined),
    keyword: criterion.field === 'keywords' ? list(matched?.slice(0, 1)) : undefined,
    technologies:
      criterion.field === 'technologies' ? list(matched) : list(facts.technologies?.value),
    openRoles: facts.hiring?.value.openRoles?.toLocaleString('en-US'),
    funding: (facts.funding && tidy(describeFunding(facts.funding.value), 100)) || undefined,
  };
}

/** Fills {placeholders}; undefined when one has no value (the sentence would not be true). */
export function fillTemplate(
  template: string,
  values: Record<string, string | undefined>,
): string | undefined {
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in values)) return whole;
    const value = values[key];
    if (!value) complete = false;
    return value ?? '';
  });
  return complete ? text : undefined;
}
