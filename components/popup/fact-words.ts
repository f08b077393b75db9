import { describeFact, withoutRepeatedParts } from '@/lib/company/describe';
import type { CompanyFacts, Fact, FactName, Place, Range } from '@/lib/facts';
import { isolate } from '@/lib/i18n/bidi';
import { companyTypeWords } from '../company-type-words';
import { formatList, formatNumber } from '../format';
import { t } from '../i18n';
import { industryWords } from '../industry-words';
import {
  businessModelText,
  fundingStageText,
  moneyText,
  placeText,
  rangeText,
} from '../value-words';

/** How many items of a long fact list (specialties, technologies) are named before "+N". */
const MAX_LIST = 8;

/** Page items (isolated) as a list in the language, the rest counted: "A, B, C +4". */
function items(values: readonly string[]): string {
  const shown = formatList(values.slice(0, MAX_LIST).map(isolate), 'unit');
  return values.length > MAX_LIST ? `${shown} +${formatNumber(values.length - MAX_LIST)}` : shown;
}

/** The headquarters in the UI language: the page's city and region, the country's own name. */
function headquartersText(place: Place): string {
  const region = place.region?.replace(/^[A-Z]{2}-/, '').replace(/^\d+$/, '');
  const local = withoutRepeatedParts([place.city, region].filter(Boolean).join(', '));
  const [city, ...rest] = local ? local.split(', ') : [];
  const country = place.country ?? place.region?.match(/^([A-Z]{2})-/)?.[1];
  const text = placeText({
    ...(city && { city }),
    ...(rest.length > 0 && { region: rest.join(', ') }),
    ...(country && { country }),
  });
  return text || isolate(place.raw);
}

/**
 * A fact's value as one line in the UI language: ranges and counts in its digits ("۱٬۰۰۱–۵٬۰۰۰
 * کارمند"), the country by its CLDR name, business models and "open roles" translated, page text
 * (a city, specialties, role titles, a tagline) as the page wrote it, isolated. Facts with nothing
 * to translate (a website, a name) come from `describeFact`. Plain text, never HTML.
 */
export function factText(name: FactName, fact: Fact<unknown>): string {
  const facts = { [name]: fact } as CompanyFacts;
  switch (name) {
    case 'employees': {
      const { min, max } = fact.value as Range;
      return t('value_employees', rangeText(min, max));
    }
    case 'revenue': {
      const { min, max } = fact.value as Range;
      return rangeText(min, max, moneyText);
    }
    case 'headquarters':
      return headquartersText(fact.value as Place);
    case 'industry':
      return industryWords(fact.value as string);
    case 'companyType':
      return companyTypeWords(fact.value as string);
    case 'founded':
      return formatNumber(fact.value as number, { useGrouping: false });
    case 'linkedinMembers':
    case 'followers':
      // Counts group from four digits ("2,417"), as the English text did; years do not.
      return formatNumber(fact.value as number, { useGrouping: 'always' });
    case 'specialties':
    case 'technologies':
      return items(fact.value as string[]);
    case 'businessModel':
      return formatList((facts.businessModel?.value ?? []).map(businessModelText), 'unit');
    case 'hiring': {
      const h = facts.hiring?.value ?? {};
      const roles =
        h.openRoles !== undefined
          ? t(h.openRoles === 1 ? 'value_open_role' : 'value_open_roles', h.openRoles)
          : undefined;
      return [roles, h.roles?.length ? items(h.roles) : undefined, h.ats, h.careersUrl]
        .filter(Boolean)
        .join(' · ');
    }
    case 'funding': {
      const f = facts.funding?.value ?? {};
      return [
        f.stage && fundingStageText(f.stage),
        f.amountUsd !== undefined ? moneyText(f.amountUsd) : undefined,
        f.date,
      ]
        .filter(Boolean)
        .join(' · ');
    }
    default:
      return describeFact(name, fact);
  }
}
