import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import bn_ from 'i18n-iso-countries/langs/bn.json';
import cs_ from 'i18n-iso-countries/langs/cs.json';
import da_ from 'i18n-iso-countries/langs/da.json';
import de from 'i18n-iso-countries/langs/de.json';
import el_ from 'i18n-iso-countries/langs/el.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fa from 'i18n-iso-countries/langs/fa.json';
import fi_ from 'i18n-iso-countries/langs/fi.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import he_ from 'i18n-iso-countries/langs/he.json';
import hi_ from 'i18n-iso-countries/langs/hi.json';
import hr_ from 'i18n-iso-countries/langs/hr.json';
import hu_ from 'i18n-iso-countries/langs/hu.json';
import id from 'i18n-iso-countries/langs/id.json';
import it from 'i18n-iso-countries/langs/it.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import ko from 'i18n-iso-countries/langs/ko.json';
import ms_ from 'i18n-iso-countries/langs/ms.json';
import nb_ from 'i18n-iso-countries/langs/nb.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ro_ from 'i18n-iso-countries/langs/ro.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sk_ from 'i18n-iso-countries/langs/sk.json';
import sv_ from 'i18n-iso-countries/langs/sv.json';
import th_ from 'i18n-iso-countries/langs/th.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import uk_ from 'i18n-iso-countries/langs/uk.json';
import ur_ from 'i18n-iso-countries/langs/ur.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { fold } from '../text';

const LOCALES = [
  en,
  de,
  fr,
  es,
  pt,
  it,
  nl,
  vi,
  zh,
  fa,
  ar,
  ja,
  ko,
  ru,
  tr,
  id,
  pl,
  da_,
  sv_,
  nb_,
  fi_,
  cs_,
  el_,
  he_,
  hi_,
  th_,
  ms_,
  ro_,
  hu_,
  uk_,
  sk_,
  hr_,
  bn_,
  ur_,
];

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
};

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const locale of LOCALES) {
    countries.registerLocale(locale);
    for (const [code, value] of Object.entries(locale.countries)) {
      for (const name of Array.isArray(value) ? value : [value]) byName.set(fold(name), code);
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) byName.set(fold(name), code);
  return byName;
}

/** ISO alpha-2 code of a country written as a code ("US", "DEU") or a name in many languages. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase() === 'UK' ? 'GB' : trimmed.toUpperCase();
    return countries.isValid(upper) ? upper : undefined;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) {
    return countries.alpha3ToAlpha2(trimmed.toUpperCase());
  }
  return names().get(fold(trimmed));
}

/** The English name of a country code, for display. */
export function countryName(code: string): string | undefined {
  names();
  return countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en');
}
