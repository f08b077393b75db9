import type { Place } from '../facts';
import { cityCountry, bareCityName } from './cities';
import { countryCode } from './countries';
import { subdivision } from './subdivisions';

const SEPARATORS = /[,，、،;]|\s[-–—|]\s/u;
const POSTAL = /(^|\s)[A-Z]{0,2}\d[\dA-Z-]{2,}(?=\s|$)/gu;

function parts(raw: string): string[] {
  return raw
    .split(SEPARATORS)
    .map((p) => p.replace(POSTAL, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => p && !/^\d+$/.test(p));
}

/**
 * City, state/province (ISO 3166-2) and country (ISO alpha-2) from an address as pages write it:
 * "San Francisco, California", "Austin, TX", "Toronto, Ontario", "Berlin, Berlin, DE",
 * "Hà Nội, Việt Nam", "上海市", "تهران، تهران". `hints` are structured values (e.g. from JSON-LD's
 * PostalAddress) and win over what the text suggests.
 */
export function parsePlace(raw: string, hints: { city?: string; region?: string; country?: string } = {}): Place {
  const place: Place = { raw };
  const list = parts(raw);
  let country = hints.country ? countryCode(hints.country) : undefined;
  const firstCityCountry = list.map(cityCountry).find(Boolean);

  // The last part names the country, unless it is a state/province abbreviation ("Austin, TX").
  const last = list.length > 1 ? list[list.length - 1] : undefined;
  if (!country && last) {
    const asSubdivision = subdivision(last, firstCityCountry);
    const asCountry = countryCode(last);
    const isAbbreviation = /^[A-Za-z]{2}$/.test(last);
    if (asCountry && !(isAbbreviation && asSubdivision && list.length === 2 && firstCityCountry !== asCountry)) {
      country = asCountry;
    }
  }
  if (!country && list.length === 1 && list[0]) country = countryCode(list[0]);

  const regionText = hints.region ? [hints.region, ...list.slice(1)] : list.slice(1);
  if (hints.region && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(hints.region)) {
    place.region = hints.region; // already normalized
    country ??= hints.region.slice(0, 2);
  }
  for (const candidate of place.region ? [] : regionText) {
    const hit = subdivision(candidate, country);
    if (hit) {
      place.region = hit.code;
      country ??= hit.code.slice(0, 2);
      break;
    }
  }

  // The city: the first part that is not a street line, a country or a state.
  const cityText =
    hints.city ??
    list.find((p, i) => !/\d/.test(p) && !countryCode(p) && (i === 0 || !subdivision(p, country)));
  if (cityText) place.city = bareCityName(cityText);
  country ??= (cityText && cityCountry(cityText)) || list.map(cityCountry).find(Boolean);
  if (country) place.country = country;
  return place;
}
