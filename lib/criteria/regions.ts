import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';
import { fold } from '../format';

countries.registerLocale(en);

/**
 * Named regions a location band may use, as ISO 3166-1 alpha-2 country codes. Definitions follow
 * the usual sales-territory meaning; where geography and sales practice differ, it is noted.
 */
const codes = (list: string) => list.trim().split(/\s+/);

const EU = codes(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE',
);
const EUROPE = [
  ...EU,
  ...codes('GB NO CH IS LI UA RS BA ME MK AL MD BY AD MC SM VA XK GI FO IM JE GG AX'),
];
const NORDICS = codes('DK FI IS NO SE');
const DACH = codes('DE AT CH');
const BENELUX = codes('BE NL LU');
const MENA = codes('AE SA QA KW BH OM YE IQ IR JO LB SY IL PS EG LY TN DZ MA SD');
const AFRICA = codes(`DZ AO BJ BW BF BI CV CM CF TD KM CG CD DJ EG GQ ER SZ ET GA GM GH GN GW CI
  KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW`);
/** Russia, Türkiye, the Caucasus and Central Asia: EMEA in most sales territories. */
const EURASIA = codes('RU TR AM AZ GE KZ UZ TM KG TJ');
const ASEAN = codes('BN KH ID LA MY MM PH SG TH VN');
const ANZ = codes('AU NZ');
const EAST_ASIA = codes('CN JP KR KP TW HK MO MN');
const SOUTH_ASIA = codes('IN PK BD LK NP BT MV AF');
const OCEANIA = [...ANZ, ...codes('PG FJ SB VU WS TO KI FM MH PW NR TV NC PF')];
const APAC = [...EAST_ASIA, ...SOUTH_ASIA, ...ASEAN, 'TL', ...OCEANIA];
/** Geographic North America. Mexico is also in LATAM; a "US and Canada" band can list both. */
const NORTH_AMERICA = codes('US CA MX GL BM PM');
const LATAM = codes(`MX GT BZ SV HN NI CR PA CO VE EC PE BO BR PY UY AR CL GY SR GF
  CU DO HT PR JM TT BS BB`);

const REGION_TABLE = [
  [['North America', 'NA', 'NAMER', 'NORAM'], NORTH_AMERICA],
  [['LATAM', 'Latin America', 'LATAM and Caribbean'], LATAM],
  [
    ['Americas', 'AMER'],
    [...NORTH_AMERICA, ...LATAM],
  ],
  [['EU', 'European Union', 'EU27'], EU],
  [['Europe'], EUROPE],
  [['EMEA'], [...EUROPE, ...MENA, ...AFRICA, ...EURASIA]],
  [['APAC', 'Asia Pacific', 'Asia-Pacific'], APAC],
  [['Asia'], [...EAST_ASIA, ...SOUTH_ASIA, ...ASEAN, 'TL']],
  [['MENA', 'Middle East and North Africa'], MENA],
  [['Middle East'], codes('AE SA QA KW BH OM YE IQ IR JO LB SY IL PS EG TR')],
  [['Africa'], AFRICA],
  [['DACH'], DACH],
  [['Benelux'], BENELUX],
  [['Nordics', 'Nordic countries', 'Nordic'], NORDICS],
  [['ASEAN', 'Southeast Asia', 'South East Asia'], ASEAN],
  [['ANZ', 'Australia and New Zealand'], ANZ],
  [['Oceania'], OCEANIA],
  [
    ['UKI', 'UK and Ireland', 'UK&I'],
    ['GB', 'IE'],
  ],
] as const satisfies readonly (readonly [names: readonly string[], countries: readonly string[]])[];

const REGIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  REGION_TABLE.flatMap(([names, list]) => {
    const set = new Set(list);
    return names.map((name) => [fold(name), set] as const);
  }),
);

/**
 * A region's canonical name: the first of its names in the table ("North America" for "NAMER"),
 * or "Worldwide". The UI words each in its language (`regionText`, `lib/criteria/part-words.ts`); ICP files keep
 * whichever name they were written with.
 */
export type RegionName = (typeof REGION_TABLE)[number][0][0] | 'Worldwide';

/** The canonical region names, for help texts and editors. */
export const REGION_NAMES: readonly RegionName[] = [
  ...REGION_TABLE.map(([names]) => names[0]),
  'Worldwide',
];

const WORLDWIDE = new Set(['worldwide', 'global', 'world', 'anywhere', 'any', 'all']);

/** Every name of a region (folded) → its canonical name; the worldwide words → "Worldwide". */
const CANONICAL: ReadonlyMap<string, RegionName> = new Map([
  ...REGION_TABLE.flatMap(([names]) => names.map((name) => [fold(name), names[0]] as const)),
  ...[...WORLDWIDE].map((word) => [word, 'Worldwide'] as const),
]);

/**
 * The canonical name of the region a location band entry names by any of its names, case and
 * accents aside ("NAMER", "asia-pacific" → "North America", "APAC"; "global" → "Worldwide");
 * undefined for a country, a subdivision or an unknown entry. Names only: what a region matches
 * is `resolvePlaceName`'s.
 */
export function regionNameOf(entry: string): RegionName | undefined {
  return CANONICAL.get(fold(entry.trim()));
}

/** Common names the ISO list lacks. */
const MORE_NAMES: Readonly<Record<string, string>> = {
  'Viet Nam': 'VN',
  Korea: 'KR',
  UAE: 'AE',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  Holland: 'NL',
  'Ivory Coast': 'CI',
  Macau: 'MO',
  'Hong Kong SAR': 'HK',
};

/** Country names (and the alternatives the ISO list knows: "USA", "UK"…) by folded name. */
const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...Object.entries(en.countries).flatMap(([code, names]) =>
    (Array.isArray(names) ? names : [names]).map((name) => [fold(name), code] as const),
  ),
  ...Object.entries(MORE_NAMES).map(([name, code]) => [fold(name), code] as const),
]);

/** What one entry of a location band's `in` list means. */
export type PlaceName =
  | { kind: 'worldwide' }
  | { kind: 'country'; code: string }
  | { kind: 'subdivision'; code: string }
  | { kind: 'region'; countries: ReadonlySet<string> };

/**
 * Resolves a location band entry: an ISO 3166-1 alpha-2 code ("US"; "UK" for GB), an ISO 3166-2
 * code ("US-CA"), an English country name ("Germany", "United States"), a region name ("North
 * America", "EU", "APAC"…) or "Worldwide". Undefined when the entry is none of these.
 */
export function resolvePlaceName(entry: string): PlaceName | undefined {
  const text = entry.trim();
  const subdivision = /^([A-Za-z]{2})-([A-Za-z0-9]{1,3})$/.exec(text);
  if (subdivision) {
    const country = (subdivision[1] as string).toUpperCase();
    return countries.isValid(country)
      ? { kind: 'subdivision', code: text.toUpperCase() }
      : undefined;
  }
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase() === 'UK' ? 'GB' : text.toUpperCase();
    if (countries.isValid(code)) return { kind: 'country', code };
  }
  const folded = fold(text);
  if (WORLDWIDE.has(folded)) return { kind: 'worldwide' };
  const region = REGIONS.get(folded);
  if (region) return { kind: 'region', countries: region };
  const code = COUNTRY_BY_NAME.get(folded);
  return code ? { kind: 'country', code } : undefined;
}

/** Country names that take "the" in a sentence: "in the United States". */
const WITH_ARTICLE = new Set(codes('US GB NL PH AE DO BS GM CF KM MV MH SB SC CD CG CZ'));

/** "the United States", "Germany": a country's name as it reads after "in". */
export function countryInSentence(code: string): string {
  return WITH_ARTICLE.has(code) ? `the ${countryName(code)}` : countryName(code);
}

/** The English name of a country code, or the code itself when unknown. */
export function countryName(code: string): string {
  if (code === 'US') return 'United States';
  return countries.getName(code, 'en') ?? code;
}
