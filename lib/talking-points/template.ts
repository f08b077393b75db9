import type { CompanyFacts } from '../facts';
import type { CriterionResult } from '../scoring/types';
import type { Phrasebook } from './phrasebook';
import { tidy } from './text';

/**
 * The values an ICP criterion's `talkingPoint` may name: {name}, {industry}, {employees},
 * {city}, {country}, {founded}, {age}, {specialties}, {keyword}, {technologies}, {openRoles},
 * {funding}, written the outreach language's way (`words`: its digits, list joining, country
 * names); page text in them is isolated (FSI…PDI). Missing facts are absent, so a sentence that
 * needs them is not used.
 */
export function placeholderValues(
  facts: CompanyFacts,
  criterion: CriterionResult,
  year: number,
  words: Phrasebook['values'],
): Record<string, string | undefined> {
  const hq = facts.headquarters?.value;
  const founded = facts.founded?.value;
  const list = (items: readonly string[] | undefined) =>
    items && items.length > 0 ? words.list(items.slice(0, 3).map((i) => tidy(i, 40))) : undefined;
  const page = (text: string | undefined, max: number) =>
    text ? words.list([tidy(text, max)]) || undefined : undefined;
  const matched = criterion.matched;
  const openRoles = facts.hiring?.value.openRoles;
  const raised = facts.funding?.value;
  const funding = raised && {
    ...(raised.stage && { stage: tidy(raised.stage, 60) }),
    ...(raised.amountUsd !== undefined && { amountUsd: raised.amountUsd }),
    ...(raised.date && { date: tidy(raised.date, 30) }),
  };
  return {
    name: page(facts.name?.value, 80),
    industry: page(facts.industry?.value, 80),
    employees: facts.employees && words.range(facts.employees.value),
    city: page(hq?.city, 60),
    country: hq?.country && words.country(hq.country),
    founded: founded === undefined ? undefined : String(founded),
    age: founded === undefined || year - founded < 1 ? undefined : words.count(year - founded),
    specialties:
      list(facts.specialties?.value) ??
      (criterion.field === 'keywords' ? list(matched) : undefined),
    keyword: criterion.field === 'keywords' ? list(matched?.slice(0, 1)) : undefined,
    technologies:
      criterion.field === 'technologies' ? list(matched) : list(facts.technologies?.value),
    openRoles: openRoles === undefined ? undefined : words.count(openRoles),
    funding: (funding && words.funding(funding)) || undefined,
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
