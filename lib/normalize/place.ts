import type { Place } from '../facts';
import { bareCityName, cityCandidates } from './cities';
import { countryCode } from './countries';
import { addressParts, CJK, isCity, type Part, UK_POSTCODE } from './places/address-parts';
import { subdivision } from './subdivisions';

/** The country an address's own words or postal code give away, when it names none. */
const SHAPES: [RegExp, string][] = [
  [/(^|[\s,])(phường|quận|huyện|thành phố|tp\.)\s/iu, 'VN'],
  [/(^|[\s,])(jl\.|kav\.|gedung|kel\.|kec\.|kelurahan|kecamatan|kabupaten)\s/iu, 'ID'],
  [/کد ?پستی|(^|[\s،])(خیابان|بلوار|پلاک)\s/u, 'IR'],
  [new RegExp(UK_POSTCODE.source, 'u'), 'GB'],
];
const MAX_CITY = 100;

/**
 * The country of the place a city name means, read with the rest of the address: the likeliest
 * place (well-known, then most populous) whose country the other parts name as a country or a
 * subdivision ("Cambridge, MA" is in the US, "Cambridge, UK" in Britain, "Paris, TX" in Texas,
 * "Springfield" alone the most populous one); with no agreement, the likeliest place.
 */
function cityCountryIn(cityText: string, others: readonly string[], hint?: string) {
  const places = cityCandidates(cityText);
  if (places.length < 2 && !hint) return places[0]?.country;
  const named = hint ? [hint] : others.map(countryCode);
  const agrees = (country: string) =>
    named.includes(country) || (!hint && others.some((o) => subdivision(o, country)));
  return (places.find((p) => agrees(p.country)) ?? places[0])?.country;
}

/** The first part that names a known city, that city's likeliest country (see `cityCountryIn`)
 * and every country that has a place of that name. */
function findCity(list: readonly Part[], hint?: string) {
  const at = list.findIndex((p) => !p.street && isCity(p.text));
  if (at < 0) return undefined;
  const text = list[at]!.text;
  const others = list.filter((_, i) => i !== at).map((p) => p.text);
  const countries = new Set(cityCandidates(text).map((p) => p.country));
  return { at, country: cityCountryIn(text, others, hint), countries };
}

/**
 * The country the last part names, unless it is a subdivision of the city's country: "Munich,
 * BY" is Bavaria (not Belarus), "Pune, MH" Maharashtra (not the Marshall Islands), "Atlanta,
 * Georgia" the US state; but "Berlin, DE" is Germany and "Tbilisi, Georgia" the country, since a
 * city of that name is there. Without a known city, "XX" is read as a US state or Canadian
 * province before a country only when it is a state's abbreviation ("Smalltown, TX").
 */
function lastPartCountry(
  last: string,
  first: string | undefined,
  city?: ReturnType<typeof findCity>,
) {
  const asCountry = countryCode(last);
  if (!asCountry || city?.country === asCountry) return asCountry;
  if (city?.country && !city.countries.has(asCountry) && subdivision(last, city.country)) {
    return undefined;
  }
  if (!/^[A-Za-z]{2,3}$/.test(last)) return asCountry;
  return first && !city && subdivision(last) ? undefined : asCountry;
}

/**
 * City, state/province (ISO 3166-2 where subdivisions.ts knows it) and country (ISO alpha-2) from an address as
 * pages write it: "San Francisco, California", "Austin, TX", "Toronto, Ontario", "Berlin, Berlin,
 * Germany", "Hà Nội, Việt Nam", "上海市", "تهران، تهران", and street addresses with postal codes
 * ("Unit 4, Science Park, Cambridge CB4 0WS", "Số 8 Láng Hạ, Phường Thành Công, Quận Ba Đình, Hà
 * Nội 100000", "广东省深圳市南山区科技园", "تهران، خیابان ولیعصر، کدپستی ۱۵۱۱۷۳۳۱۱۱"). `hints` are
 * structured values (e.g. from JSON-LD's PostalAddress; a country as a code or a name in any
 * language) and win over the text.
 */
export function parsePlace(
  raw: string,
  hints: { city?: string; region?: string; country?: string } = {},
): Place {
  const place: Place = { raw };
  const list = addressParts(raw);
  const texts = list.map((p) => p.text);
  let country = hints.country ? countryCode(hints.country) : undefined;
  const found = findCity(list, country);
  const cityIn = found?.country;

  const last = texts.length > 1 ? texts[texts.length - 1] : undefined;
  if (!country && last) country = lastPartCountry(last, texts[0], found);
  if (!country && texts.length === 1 && texts[0]) country = countryCode(texts[0]);

  if (hints.region && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(hints.region)) {
    place.region = hints.region; // already normalized
    country ??= hints.region.slice(0, 2);
  }
  // A part that names the country itself is not a region ("Mexico City, Mexico": not México state).
  const regionTexts = [...(hints.region ? [hints.region] : []), ...texts.slice(1)].filter(
    (t) => !country || countryCode(t) !== country,
  );
  for (const candidate of place.region ? [] : regionTexts) {
    const hit = subdivision(candidate, country ?? cityIn);
    if (hit) {
      place.region = hit.code;
      country ??= hit.code.slice(0, 2);
      break;
    }
  }

  // The city, of the parts that are not a street line, a country or a state: the one that says
  // it is a city, else (in a street address) a city the table knows, else the one before its
  // postal code ("Reading RG1 3BE", "Jakarta Selatan 12190"), else the one before the state,
  // else the first.
  const candidates = list.filter(
    (p, i) =>
      !p.street &&
      !/\d/.test(p.text) &&
      // "Singapore, Singapore", "Luxembourg, Luxembourg": a city named as its country.
      // "Singapore 018981" too.
      (!countryCode(p.text) || (isCity(p.text) && (p.postal || (i === 0 && list.length > 1)))) &&
      (i === 0 || !subdivision(p.text, country)),
  );
  const regionAt = texts.findIndex(
    (t, i) => i > 0 && subdivision(t, country)?.code === place.region,
  );
  const beforeRegion = regionAt > 0 ? list[regionAt - 1] : undefined;
  // A place without a street or a postal code ("Shibuya, Tokyo") keeps its first part.
  const address = list.some((p) => p.street || p.postal);
  const cityText =
    hints.city ??
    (
      candidates.findLast((p) => p.city) ??
      // The post town before a smaller known place: "Canary Wharf, London E14 5AB".
      candidates.find((p) => address && p.postal && isCity(p.text)) ??
      candidates.find((p) => address && isCity(p.text)) ??
      candidates.find((p) => p.postal) ??
      candidates.find((p) => p === beforeRegion) ??
      candidates[0] ??
      // "Jakarta 12950, Indonesia": a city that is its own region, when nothing else is the city.
      list.find((p) => !p.street && isCity(p.text) && !countryCode(p.text))
    )?.text;
  const city = cityText && bareCityName(cityText);
  if (city && city.length <= MAX_CITY) place.city = city;
  if (!country && cityText) {
    const others = texts.filter((t) => t !== cityText);
    const same = found && texts[found.at] === cityText;
    country = (same ? cityIn : cityCountryIn(cityText, others)) ?? cityIn;
  }
  country ??= SHAPES.find(([shape]) => shape.test(raw))?.[1];
  if (!country && list.some((p) => p.city && CJK.test(p.text))) country = 'CN';
  if (country) place.country = country;
  return place;
}
