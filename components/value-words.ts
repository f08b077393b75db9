import { partWordsIn, type ValueLanguage } from '@/lib/criteria/part-words';
import { isolate } from '@/lib/i18n/bidi';
import { companyTypeWords } from './company-type-words';
import { formatList, formatNumber, pluralCategory } from './format';
import { currentLanguageTag, currentLocale, t } from './i18n';
import { industryWords } from './industry-words';

/**
 * The engine's structured values (`BandPart`, `ValuePart` from `lib/criteria/band-parts.ts`) in
 * the UI language in use: the wording is `lib/criteria/part-words.ts` (shared with the command
 * line), here with the UI's catalog, its digits (`formatNumber`), lists (`Intl.ListFormat`) and
 * page text wrapped in Unicode isolates (FSI…PDI), so it reads right in any direction.
 */
const UI_LANGUAGE: ValueLanguage = {
  get locale() {
    return currentLocale();
  },
  get tag() {
    return currentLanguageTag();
  },
  t: (key, ...subs) => t(key, ...subs),
  number: (n, options) => formatNumber(n, options),
  list: (items, type) => formatList(items, type),
  plural: (n) => pluralCategory(n),
  isolate,
};

const words = partWordsIn(UI_LANGUAGE);

/** "$12M" in the language's compact currency form (USD): "12 Tr US$" (vi), "US$1200万" (zh). */
export const moneyText = words.moneyText;
/** "201–500", "10,001+", "up to 10" (or "any") with `unit` writing each number. */
export const rangeText = words.rangeText;
/**
 * A location band entry in the UI language, read as matching reads it: a country by its CLDR
 * name ("Hoa Kỳ"), a region by any of its names ("NAMER" → "Bắc Mỹ"); else isolated as written.
 */
export const placeName = words.placeName;
/** Items as the language lists them, at most five named and then "N more". */
export const listText = words.listText;
/** A company text keywords are looked in, named in the UI language ("phần chuyên môn"). */
export const keywordTextName = words.keywordTextName;
/** "Austin, TX, Hoa Kỳ": the city as the page wrote it (isolated), the region code, the country. */
export const placeText = words.placeText;
/** One structured part in the UI language (a band's lists are alternatives, a value's are not). */
export const partText = words.partText;
/** A band's description in the UI language ("1.001–5.000 nhân viên", "位于美国或加拿大"). */
export const bandText = words.bandText;
/**
 * The company's value for a criterion in the UI language; undefined when unknown. An industry is
 * and a company type are said as LinkedIn names them in the language (`industryWords`,
 * `companyTypeWords`).
 */
export function criterionValueText(criterion: {
  field?: string;
  value?: string;
  valueParts?: Parameters<typeof words.criterionValueText>[0]['valueParts'];
}): string | undefined {
  if (!criterion.valueParts?.length && criterion.value) {
    if (criterion.field === 'industry') return industryWords(criterion.value);
    if (criterion.field === 'companyType') return companyTypeWords(criterion.value);
  }
  return words.criterionValueText(criterion);
}
/** A business model by its name in the UI language ("thương mại điện tử"). */
export const businessModelText = words.businessModelText;
/** A region named by any of its names, in the UI language ("北美"); undefined for no region. */
export const regionText = words.regionText;
/** A funding round in the UI language ("B轮", "سری B"); an unknown round isolated as written. */
export const fundingStageText = words.fundingStageText;
