import type en from '../../public/_locales/en/messages.json';
import type { BusinessModel } from '../facts';
import type { UiLocale } from '../i18n/locales';
import type { KeywordText } from './band-parts';
import type { RoleFamily } from './hiring-for';
import type { RegionName } from './regions';

/**
 * What `part-words.ts` needs to word values in a language: the catalog keys of each named value
 * (keyword texts, role families, business models, regions, funding rounds; each table keyed by a
 * domain union, so a value without words is a compile error) and the language itself.
 */

/** A catalog message that words values. */
export type ValueKey = Extract<
  keyof typeof en,
  | `value_${string}`
  | `family_${string}`
  | `model_${string}`
  | `region_${string}`
  | `funding_stage_${string}`
>;

/** How one language says values: its messages, numbers, lists, plurals, and how it isolates page text. */
export interface ValueLanguage {
  /** The shipped locale ("fa"). */
  readonly locale: UiLocale;
  /** Its BCP 47 tag for `Intl` ("fa", "zh-CN", "en-GB"). */
  readonly tag: string;
  /** The message `key` with `$1`… filled from `subs` (numbers in the language's digits). */
  t(key: ValueKey, ...subs: (string | number)[]): string;
  /** A number in the language's digits (`Intl.NumberFormat` options; grouping from five digits). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** Items joined as the language lists them (`Intl.ListFormat`, long style). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit'): string;
  /** The CLDR plural category of `n`. */
  plural(n: number): Intl.LDMLPluralRule;
  /** Page text made to read right inside the language's sentences (FSI…PDI in the UI). */
  isolate(text: string): string;
}

export const WHERE_KEYS: Readonly<Record<KeywordText, ValueKey>> = {
  specialties: 'value_where_specialties',
  tagline: 'value_where_tagline',
  description: 'value_where_description',
};

export const FAMILY_KEYS: Readonly<Record<RoleFamily, ValueKey>> = {
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

export const MODEL_KEYS: Readonly<Record<BusinessModel, ValueKey>> = {
  ecommerce: 'model_ecommerce',
  saas: 'model_saas',
  agency: 'model_agency',
  marketplace: 'model_marketplace',
};

export const REGION_KEYS: Readonly<Record<RegionName, ValueKey>> = {
  'North America': 'region_north_america',
  LATAM: 'region_latam',
  Americas: 'region_americas',
  EU: 'region_eu',
  Europe: 'region_europe',
  EMEA: 'region_emea',
  APAC: 'region_apac',
  Asia: 'region_asia',
  MENA: 'region_mena',
  'Middle East': 'region_middle_east',
  Africa: 'region_africa',
  DACH: 'region_dach',
  Benelux: 'region_benelux',
  Nordics: 'region_nordics',
  ASEAN: 'region_asean',
  ANZ: 'region_anz',
  Oceania: 'region_oceania',
  UKI: 'region_uki',
  Worldwide: 'region_worldwide',
};

export const STAGE_KEYS: Readonly<Record<string, ValueKey>> = {
  'pre-seed': 'funding_stage_pre_seed',
  seed: 'funding_stage_seed',
  angel: 'funding_stage_angel',
  venture: 'funding_stage_venture',
  'private equity': 'funding_stage_private_equity',
  'debt financing': 'funding_stage_debt',
  'convertible note': 'funding_stage_convertible_note',
  grant: 'funding_stage_grant',
  'corporate round': 'funding_stage_corporate_round',
  ipo: 'funding_stage_ipo',
  'post-ipo equity': 'funding_stage_post_ipo_equity',
  'post-ipo debt': 'funding_stage_post_ipo_debt',
};
