import type { Place } from '../facts';
import { bareCityName, cityCountry } from './cities';
import { countryCode } from './countries';
import { subdivision } from './subdivisions';

const SEPARATORS = /[,，、،;]|\s[-–—|]\s/u;
/** Postal codes after a state or city: "TX 78701", "M5E 1A1", "10117". */
const POSTAL = /(^|\s)[A-Z]{0,2}\d[\dA-Z-]{2,}(?=\s|$)/gu;
const HAS_POSTAL = new RegExp(POSTAL.source, 'u');
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;
const MAX_CITY = 100;

/** The address split into its parts; CJK addresses ("上海市 上海") are split on spaces too. */
function parts(raw: string): { text: string; street: boolean }[] {
  const text = raw.slice(0, 2000);
  const pieces = text.split(SEPARATORS).flatMap((p) => (CJK.test(p) ? p.split(/\s+/) : [p]));
  return pieces
    .map((p) => ({
      // A part that starts or ends with a house number is a street line ("500 W 2nd St", "Quận 1").
      street:
        /^\s*\d+[A-Za-z]?\s+\S/u.test(p) ||
        (/\S\s+\d+[A-Za-z]?\s*$/u.test(p) && !HAS_POSTAL.test(p.trim())),
      text: p.replace(POSTAL, ' ').replace(/\s+/g, ' ').trim(),
    }))
    .filter((p) => p.text && !/^\d+$/.test(p.text));
}

/**
 * "Cambridge, MA" names Massachusetts, but "Berlin, DE" names Germany: a city known there wins.
 * "City, XX" is a region code of the city's country before it is a country with the same letters:
 * "Munich, BY" is Bavaria (not Belarus), "Pune, MH" Maharashtra (not the Marshall Islands).
 */
function lastPartCountry(last: string, first: string | undefined, cityIn: string | undefined) {
  const asCountry = countryCode(last);
  if (!asCountry || !/^[A-Za-z]{2,3}$/.test(last) || cityIn === asCountry) return asCountry;
  if (cityIn && subdivision(last, cityIn)) return undefined;
  return first && subdivision(last) ? undefined : asCountry;
}

/**
 * City, state/province (ISO 3166-2, US and Canada) and country (ISO alpha-2) from an address as
 * pages write it: "San Francisco, California", "Austin, TX", "Toronto, Ontario", "Berlin, Berlin,
 * Germany", "Hà Nội, Việt Nam", "上海市", "تهران، تهران". `hints` are structured values (e.g. from
 * JSON-LD's PostalAddress; a country as a code or a name in any language) and win over the text.
 */
export function parsePlace(
  raw: string,
  hints: { city?: string; region?: string; country?: string } = {},
): Place {
  const place: Place = { raw };
  const list = parts(raw);
  const texts = list.map((p) => p.text);
  const cityIn = texts.map(cityCountry).find(Boolean);
  let country = hints.country ? countryCode(hints.country) : undefined;

  const last = texts.length > 1 ? texts[texts.length - 1] : undefined;
  if (!country && last) country = lastPartCountry(last, texts[0], cityIn);
  if (!country && texts.length === 1 && texts[0]) country = countryCode(texts[0]);

  if (hints.region && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(hints.region)) {
    place.region = hints.region; // already normalized
    country ??= hints.region.slice(0, 2);
  }
  const regionTexts = hints.region ? [hints.region, ...texts.slice(1)] : texts.slice(1);
  for (const candidate of place.region ? [] : regionTexts) {
    const hit = subdivision(candidate, country ?? cityIn);
    if (hit) {
      place.region = hit.code;
      country ??= hit.code.slice(0, 2);
      break;
    }
  }

  // The city: the first part that is not a street line, a country or a state.
  const cityText =
    hints.city ??
    list.find(
      (p, i) =>
        !p.street &&
        !/\d/.test(p.text) &&
        !countryCode(p.text) &&
        (i === 0 || !subdivision(p.text, country)),
    )?.text;
  const city = cityText && bareCityName(cityText);
  if (city && city.length <= MAX_CITY) place.city = city;
  country ??= (cityText && cityCountry(cityText)) || cityIn;
  if (country) place.country = country;
  return place;
}
