import type { BusinessModel } from '../facts';
import type { BandPart, KeywordText, ValuePart } from './band-parts';
import {
  FAMILY_KEYS,
  MODEL_KEYS,
  REGION_KEYS,
  STAGE_KEYS,
  type ValueKey,
  type ValueLanguage,
  WHERE_KEYS,
} from './part-keys';
import { regionNameOf, resolvePlaceName } from './regions';

export type { ValueKey, ValueLanguage } from './part-keys';

/**
 * The engine's structured values (`BandPart`, `ValuePart` from `band-parts.ts`) in any language of
 * the catalogs, through a {@link ValueLanguage}: the UI passes its language
 * (`components/value-words.ts`, with isolates), the command line its `--lang` (`lib/cli`): numbers
 * in the language's digits, lists joined as it joins them (`Intl.ListFormat`), countries by their
 * CLDR names (`Intl.DisplayNames`), regions and funding rounds by their catalog names, sentence
 * frames from `public/_locales`. Page-supplied text inside (a city, a keyword, a category, a
 * technology) goes through `w.isolate`, so it reads right in any direction.
 */

const countryNames = new Map<string, Intl.DisplayNames>();

/** The value wording functions of one language (see each one's note). */
export type PartWords = ReturnType<typeof partWordsIn>;

/**
 * The value wording functions in `w`'s language: `moneyText`, `rangeText`, `placeName`, `listText`,
 * `keywordTextName`, `placeText`, `partText`, `bandText`, `criterionValueText`,
 * `businessModelText`, `regionText`, `fundingStageText`.
 */
export function partWordsIn(w: ValueLanguage) {
  const t = w.t;
  const isolate = w.isolate;
  const formatNumber = (n: number, options: Intl.NumberFormatOptions = {}) => w.number(n, options);
  const formatList = (items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit') =>
    w.list(items, type);
  const selectPlural = <T>(
    n: number,
    forms: Partial<Record<Intl.LDMLPluralRule, T>> & { other: T },
  ) => forms[w.plural(n)] ?? forms.other;
  const currentLocale = () => w.locale;
  const currentLanguageTag = () => w.tag;

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
  function moneyText(usd: number): string {
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
  function rangeText(
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
  function placeName(value: string): string {
    const place = resolvePlaceName(value);
    if (place?.kind === 'country') return countryText(place.code) ?? isolate(value);
    if (place?.kind === 'region' || place?.kind === 'worldwide')
      return regionText(value) ?? isolate(value);
    if (!place && /^[A-Za-z]{2}$/.test(value)) return countryText(value) ?? isolate(value);
    return isolate(value);
  }

  /** Items as the language lists them, at most five named and then "N more". */
  function listText(
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
        const key: ValueKey =
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

  /** A company text keywords are looked in, named in the UI language ("phần chuyên môn"). */
  function keywordTextName(where: KeywordText): string {
    return t(WHERE_KEYS[where]);
  }

  /** The separator between a place's parts: "," (en, vi), "،" (fa), "，" (zh). */
  function placeSeparator(): string {
    const locale = currentLocale();
    return locale === 'fa' ? '، ' : locale === 'zh_CN' ? '，' : ', ';
  }

  /** "Austin, TX, Hoa Kỳ": the city as the page wrote it (isolated), the region code, the country. */
  function placeText(place: { city?: string; region?: string; country?: string }): string {
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
  function partText(part: ValuePart, type: 'conjunction' | 'disjunction' = 'disjunction'): string {
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
  function bandText(parts: readonly BandPart[]): string {
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
  function criterionValueText(criterion: {
    value?: string;
    valueParts?: readonly ValuePart[];
  }): string | undefined {
    if (criterion.valueParts?.length)
      return formatList(
        criterion.valueParts.map((part) => partText(part, 'conjunction')),
        'unit',
      );
    return criterion.value;
  }

  /** A business model by its name in the UI language ("thương mại điện tử"). */
  function businessModelText(model: BusinessModel): string {
    return t(MODEL_KEYS[model]);
  }

  /** Each region of `lib/criteria/regions.ts` in the catalogs: a region without one is a compile error. */

  /**
   * A location band entry that names a region, by any of its names ("NAMER", "Asia-Pacific",
   * "global"), as the UI language names the region ("Bắc Mỹ", "亚太地区", "سراسر جهان");
   * undefined when the entry is no region (a country, a subdivision, an unknown name). The ICP file
   * keeps the name it was written with.
   */
  function regionText(entry: string): string | undefined {
    const region = regionNameOf(entry);
    return region && t(REGION_KEYS[region]);
  }

  /**
   * Funding rounds by Crunchbase's round types (what LinkedIn's funding box shows, read by
   * `lib/normalize/funding.ts`, and the stages the editor offers, `lib/criteria/funding.ts`),
   * keyed by the name in lower case.
   */

  /**
   * A funding round's name in the UI language: "Series B" stays "Series B" in Vietnamese (as
   * Vietnamese sellers and startup press write it), "B轮" in Chinese, "سری B" in Persian; "Seed" is
   * "hạt giống", "种子轮", "بذری". Case and spacing aside ("series  b"). A stage ICP Lens does not
   * know (written freely in an ICP) is shown as written, isolated.
   */
  function fundingStageText(stage: string): string {
    const name = stage.trim().toLowerCase().replace(/\s+/g, ' ');
    const series = /^series ([a-z])$/.exec(name);
    if (series) return t('funding_stage_series', (series[1] as string).toUpperCase());
    const key = STAGE_KEYS[name];
    return key ? t(key) : isolate(stage);
  }

  return {
    moneyText,
    rangeText,
    placeName,
    listText,
    keywordTextName,
    placeText,
    partText,
    bandText,
    criterionValueText,
    businessModelText,
    regionText,
    fundingStageText,
  };
}
