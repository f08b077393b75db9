import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import type { Place } from '../../facts';
import { regionCountries, WORLDWIDE } from '../regions';
import { fold } from '../../text';
import type { Matcher } from './types';

countries.registerLocale(en);

/**
 * Does a band entry cover a place? Entries are ISO country codes ("US"), ISO 3166-2 subdivision
 * codes ("US-CA"), English country names ("Germany") or region names ("North America", "EU",
 * "APAC"…). Matching is hierarchical: a place in California matches "US-CA", "US" and
 * "North America".
 */
export function placeIn(place: Place, entry: string): boolean {
  const text = entry.trim();
  if (WORLDWIDE.has(fold(text))) return Boolean(place.country);
  if (/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/.test(text))
    return place.region?.toUpperCase() === text.toUpperCase();
  const country = place.country?.toUpperCase();
  if (!country) return false;
  if (/^[A-Za-z]{2}$/.test(text))
    return country === (text.toUpperCase() === 'UK' ? 'GB' : text.toUpperCase());
  const region = regionCountries(text);
  if (region) return region.has(country);
  return countries.getAlpha2Code(text, 'en') === country;
}

export const locationMatcher: Matcher<Place> = {
  read(facts) {
    const hq = facts.headquarters;
    if (!hq || (!hq.value.country && !hq.value.region)) return undefined;
    return { value: hq.value, evidence: { text: hq.evidence, source: hq.source } };
  },
  matches: (place, band) => (band.in ?? []).some((entry) => placeIn(place, entry)),
};
