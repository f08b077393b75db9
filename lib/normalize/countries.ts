import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';
import { fold } from '../text';
import { COUNTRY_TABLE } from './places/gazetteer.generated';

// English names, for `countryName`.
countries.registerLocale(en);

/** Names LinkedIn and company pages use that the ISO lists spell differently. */
const EXTRA_NAMES: Record<string, string> = {
  usa: 'US',
  'u.s.': 'US',
  'u s a': 'US',
  america: 'US',
  'united states of america': 'US',
  uk: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'great britain': 'GB',
  'viet nam': 'VN',
  'việt nam': 'VN',
  'south korea': 'KR',
  korea: 'KR',
  russia: 'RU',
  iran: 'IR',
  ایران: 'IR',
  中国大陆: 'CN',
  中华人民共和国: 'CN',
  'hong kong sar': 'HK',
  deutschland: 'DE',
  brasil: 'BR',
  uae: 'AE',
  czechia: 'CZ',
  holland: 'NL',
  turkiye: 'TR',
  'mainland china': 'CN',
  prc: 'CN',
  "people's republic of china": 'CN',
  'the netherlands': 'NL',
  'republic of korea': 'KR',
  'korea, republic of': 'KR',
  'hong kong sar china': 'HK',
  'u.s.a.': 'US',
  'us of a': 'US',
  'the united states': 'US',
  'the uk': 'GB',
  'u.k.': 'GB',
  'northern ireland': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  'kingdom of saudi arabia': 'SA',
  ksa: 'SA',
  'viet nam, socialist republic of': 'VN',
  'iran, islamic republic of': 'IR',
  'islamic republic of iran': 'IR',
  'russian federation': 'RU',
  's korea': 'KR',
  'korea south': 'KR',
  한국: 'KR',
  nippon: 'JP',
  nihon: 'JP',
  bharat: 'IN',
  'türkiye cumhuriyeti': 'TR',
  'hong kong s a r': 'HK',
  'hong kong china': 'HK',
  'macao sar': 'MO',
  'macau sar': 'MO',
  'macao sar china': 'MO',
  台灣: 'TW',
  台湾: 'TW',
  中華民國: 'TW',
  'republic of china': 'TW',
  'lao pdr': 'LA',
  'vatican city': 'VA',
  'holy see': 'VA',
  britain: 'GB',
  'états unis': 'US',
  "états unis d'amérique": 'US',
  'hoa kỳ': 'US',
  mỹ: 'US',
  美國: 'US',
  中國: 'CN',
  'chinese mainland': 'CN',
  persia: 'IR',
  drc: 'CD',
  'congo the democratic republic of the': 'CD',
  'the democratic republic of the congo': 'CD',
  'dr congo': 'CD',
  pilipinas: 'PH',
  aotearoa: 'NZ',
  'prathet thai': 'TH',
  'suid afrika': 'ZA',
  bvi: 'VG',
  'republic of ireland': 'IE',
  roi: 'IE',
  eesti: 'EE',
  latvija: 'LV',
  lietuva: 'LT',
  'česká republika': 'CZ',
  slovensko: 'SK',
  slovenija: 'SI',
  srbija: 'RS',
  ísland: 'IS',
  'al maghrib': 'MA',
};

let byName: Map<string, string> | undefined;

/**
 * Every country name, folded, → its code. The names of 34 languages (i18n-iso-countries), the ISO
 * short names and the countries' own names come folded and merged from the generated table
 * (scripts/build-gazetteer.ts, so no run folds ten thousand names); the hand-written names above
 * go over them. Built on the first lookup.
 */
function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const line of COUNTRY_TABLE.split('\n')) {
    const tab = line.indexOf('\t');
    const code = line.slice(0, tab);
    for (const key of line.slice(tab + 1).split('|')) byName.set(key, code);
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) byName.set(fold(name), code);
  return byName;
}

/** "U.A.E." → "UAE", "U.S." → "US": initials written with dots. */
const DOTTED = /^(?:[A-Za-z]\.){2,4}$/u;
/** "Deutschland (DE)", "China (Mainland)", "USA (United States)". */
const PAREN = /^([^()]+?)\s*\(([^()]+)\)$/u;

/**
 * ISO 3166-1 alpha-2 code of a country written as a code ("US", "DEU", "U.S.") or a name: in
 * English and 30-odd languages (i18n-iso-countries), its ISO short name ("Korea, Republic of"), its
 * own name ("Sverige", "Deutschland", "대한민국"; countries-list), and common forms ("Mainland China",
 * "Türkiye", "UAE"); "Name (XX)" and "Schweiz/Suisse" are read too. Undefined when none.
 */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase() === 'UK' ? 'GB' : trimmed.toUpperCase();
    return countries.isValid(upper) ? upper : undefined;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) {
    return countries.alpha3ToAlpha2(trimmed.toUpperCase());
  }
  const named = names().get(fold(trimmed));
  if (named) return named;
  if (DOTTED.test(trimmed)) return countryCode(trimmed.replaceAll('.', ''));
  const paren = PAREN.exec(trimmed);
  if (paren) return countryCode(paren[1]!) ?? countryCode(paren[2]!);
  const slash = /^([^/]+)\/([^/]+)$/u.exec(trimmed);
  return slash ? (countryCode(slash[1]!) ?? countryCode(slash[2]!)) : undefined;
}

/** The English name of a country code, for display. */
export function countryName(code: string): string | undefined {
  return countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en');
}
