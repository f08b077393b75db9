import type { BandPart, KeywordText, ValuePart } from '@/lib/criteria/band-parts';
import type { RoleFamily } from '@/lib/criteria/hiring-for';
import { resolvePlaceName } from '@/lib/criteria/regions';
import type { BusinessModel } from '@/lib/facts';
import { isolate } from '@/lib/i18n/bidi';
import type { CriterionResult } from '@/lib/scoring/types';
import { formatList, formatNumber, selectPlural } from './format';
import { fundingStageText } from './funding-words';
import { currentLanguageTag, currentLocale, type MessageKey, t } from './i18n';
import { regionText } from './region-words';

/**
 * The engine's structured values (`BandPart`, `ValuePart` from `lib/criteria/band-parts.ts`) in
 * the UI language: numbers in its digits (`formatNumber`), lists joined as it joins them
 * (`Intl.ListFormat`), countries by their CLDR names (`Intl.DisplayNames`), sentence frames from
 * `public/_locales`. Page-supplied text inside (a city, a keyword, a category, a technology) is
 * wrapped in Unicode isolates (FSI…PDI), so it reads right in any direction.
 */

/** How many list items are named before "N more". */
const SHOWN = 5;

/** "$12M" in the language's compact currency form (USD): "12 Tr US$" (vi), "US$1200万" (zh). */
export function moneyText(usd: number): string {
  return formatNumber(usd, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    // Without it, currency's two default decimals leave "$40.0M".
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
}

const countText = (n: number): string => formatNumber(n, { useGrouping: 'always' });
const yearText = (n: number): string => formatNumber(n, { useGrouping: false });

/** "201–500", "10,001+", "up to 10" (or "any") with `unit` writing each number. */
export function rangeText(
  min: number | undefined,
  max: number | undefined,
  unit: (n: number) => string = countText,
): string {
  if (min !== undefined && max !== undefined)
    return min === max ? unit(min) : `${unit(min)}–${unit(max)}`;
  if (min !== undefined) return `${unit(min)}+`;
  if (max !== undefined) return t('value_up_to', unit(max));
  return t('value_any');
}

const countryNames = new Map<string, Intl.DisplayNames>();

/** A country code's CLDR name in the UI language, or undefined when the code is unknown. */
function countryText(code: string): string | undefined {
  const tag = currentLanguageTag();
  try {
    let names = countryNames.get(tag);
    if (!names) {
      names = new Intl.DisplayNames([tag, 'en'], { type: 'region' });
      countryNames.set(tag, names);
    }
    return names.of(code.toUpperCase());
  } catch {
    return undefined;
  }
}

/**
 * A location band entry in the UI language, read as matching reads it (`resolvePlaceName`): a
 * country, by code or English name ("US", "Germany"), by its CLDR name ("Hoa Kỳ", "德国"); a
 * region by any of its names ("NAMER" → "Bắc Mỹ", "APAC" → "亚太地区"); anything else (a
 * subdivision code, an unknown name) isolated as written.
 */
export function placeName(value: string): string {
  const place = resolvePlaceName(value);
  if (place?.kind === 'country') return countryText(place.code) ?? isolate(value);
  if (place?.kind === 'region' || place?.kind === 'worldwide')
    return regionText(value) ?? isolate(value);
  if (!place && /^[A-Za-z]{2}$/.test(value)) return countryText(value) ?? isolate(value);
  return isolate(value);
}

/** Items as the language lists them, at most five named and then "N more". */
export function listText(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  if (items.length <= SHOWN) return formatList(items, type);
  return formatList([...items.slice(0, SHOWN), t('value_more', items.length - SHOWN)], type);
}

/** A keyword in the language's quotation marks, isolated inside them. */
function quoted(keyword: string): string {
  return currentLocale() === 'fa' ? `«${isolate(keyword)}»` : `“${isolate(keyword)}”`;
}

function rangePartText(part: BandPart & { kind: 'range' }): string {
  const { min, max } = part;
  switch (part.of) {
    case 'employees':
      return t('value_employees', rangeText(min, max));
    case 'revenue':
      return t('value_revenue', rangeText(min, max, moneyText));
    case 'raised':
      return t('value_raised', rangeText(min, max, moneyText));
    case 'open-roles': {
      const key: MessageKey =
        min !== undefined && min === max
          ? selectPlural(min, { one: 'value_open_role', other: 'value_open_roles' })
          : 'value_open_roles';
      return t(key, rangeText(min, max));
    }
    case 'year':
      if (min !== undefined && max !== undefined)
        return min === max
          ? t('value_founded_in', yearText(min))
          : t('value_founded_between', yearText(min), yearText(max));
      if (min !== undefined) return t('value_founded_since', yearText(min));
      if (max !== undefined) return t('value_founded_until', yearText(max));
      return t('value_any_year');
  }
}

function valuesPartText(
  part: BandPart & { kind: 'values' },
  type: 'conjunction' | 'disjunction',
): string {
  switch (part.as) {
    case 'category':
      return listText(part.values.map(isolate), type);
    case 'place':
      return t('value_in_places', listText(part.values.map(placeName), type));
    case 'technology':
      return t('value_uses', listText(part.values.map(isolate), type));
    case 'keyword':
      return t('value_mentions', listText(part.values.map(quoted), type));
    case 'stage':
      return t('value_last_round', listText(part.values.map(fundingStageText), type));
  }
}

const WHERE_KEYS: Readonly<Record<KeywordText, MessageKey>> = {
  specialties: 'value_where_specialties',
  tagline: 'value_where_tagline',
  description: 'value_where_description',
};

/** A company text keywords are looked in, named in the UI language ("phần chuyên môn"). */
export function keywordTextName(where: KeywordText): string {
  return t(WHERE_KEYS[where]);
}

const FAMILY_KEYS: Readonly<Record<RoleFamily, MessageKey>> = {
  security: 'family_security',
  data: 'family_data',
  sales: 'family_sales',
  marketing: 'family_marketing',
  support: 'family_support',
  design: 'family_design',
  product: 'family_product',
  engineering: 'family_engineering',
  finance: 'family_finance',
  people: 'family_people',
  legal: 'family_legal',
  operations: 'family_operations',
};

/** The separator between a place's parts: "," (en, vi), "،" (fa), "，" (zh). */
function placeSeparator(): string {
  const locale = currentLocale();
  return locale === 'fa' ? '، ' : locale === 'zh_CN' ? '，' : ', ';
}

/** "Austin, TX, Hoa Kỳ": the city as the page wrote it (isolated), the region code, the country. */
export function placeText(place: { city?: string; region?: string; country?: string }): string {
  return [
    place.city && isolate(place.city),
    place.region && isolate(place.region),
    place.country && placeName(place.country),
  ]
    .filter(Boolean)
    .join(placeSeparator());
}

/**
 * One structured part in the UI language. A band's lists are alternatives ("in A or B"), a
 * company's value lists what it has ("uses A and B"): `type` says which.
 */
export function partText(
  part: ValuePart,
  type: 'conjunction' | 'disjunction' = 'disjunction',
): string {
  if (part.kind === 'place') return placeText(part);
  if (part.kind === 'keyword-found')
    return t('value_keyword_in', quoted(part.keyword), t(WHERE_KEYS[part.where]));
  if (part.kind === 'role-families')
    return part.families.length > 0
      ? listText(
          part.families.map((family) => t(FAMILY_KEYS[family])),
          'conjunction',
        )
      : t('family_none');
  if (part.kind === 'business-models') return listText(part.models.map(businessModelText), type);
  if (part.kind === 'keyword-absent')
    return t(
      'value_keyword_absent',
      listText(
        part.where.map((where) => t(WHERE_KEYS[where])),
        'disjunction',
      ),
    );
  return part.kind === 'range' ? rangePartText(part) : valuesPartText(part, type);
}

/**
 * A band's description in the UI language ("1.001–5.000 nhân viên", "位于美国或加拿大"), from
 * the criterion kind's `bandParts`; parts joined as a list. Empty parts: an empty string.
 */
export function bandText(parts: readonly BandPart[]): string {
  return formatList(
    parts.map((part) => partText(part, 'disjunction')),
    'unit',
  );
}

/**
 * The company's value for a criterion in the UI language: its structured parts when the engine
 * gave them (ranges, a place, technologies), else the value as the page wrote it (an industry),
 * isolated; undefined when unknown.
 */
export function criterionValueText(
  criterion: Pick<CriterionResult, 'value' | 'valueParts'>,
): string | undefined {
  if (criterion.valueParts?.length)
    return formatList(
      criterion.valueParts.map((part) => partText(part, 'conjunction')),
      'unit',
    );
  return criterion.value;
}

const MODEL_KEYS: Readonly<Record<BusinessModel, MessageKey>> = {
  ecommerce: 'model_ecommerce',
  saas: 'model_saas',
  agency: 'model_agency',
  marketplace: 'model_marketplace',
};

/** A business model by its name in the UI language ("thương mại điện tử"). */
export function businessModelText(model: BusinessModel): string {
  return t(MODEL_KEYS[model]);
}
