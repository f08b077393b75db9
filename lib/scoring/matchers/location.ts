import type { Place } from '../../facts';
import { countryName, resolvePlaceName } from '../regions';
import { evidenceOf, type Matcher, perBand } from './types';

export interface PlaceSet {
  worldwide: boolean;
  countries: Set<string>;
  subdivisions: Set<string>;
}

/**
 * A band's `in` list as sets of country and subdivision codes (unknown names are skipped); regions
 * expand to their countries. Shared with the fast ranker and the SQL compiler.
 */
export const placeSet = perBand((band): PlaceSet => {
  const set: PlaceSet = { worldwide: false, countries: new Set(), subdivisions: new Set() };
  for (const entry of band.in ?? []) {
    const place = resolvePlaceName(entry);
    if (place?.kind === 'worldwide') set.worldwide = true;
    else if (place?.kind === 'country') set.countries.add(place.code);
    else if (place?.kind === 'subdivision') set.subdivisions.add(place.code);
    else if (place?.kind === 'region') for (const code of place.countries) set.countries.add(code);
  }
  return set;
});

interface KnownPlace {
  country: string;
  region?: string;
}

/** "Austin, TX, United States"; a numbered ISO 3166-2 code is left out ("Osaka, Japan", not
 * "Osaka, 27, Japan"). */
function showPlace(place: Place, country: string): string {
  const region = place.region?.split('-')[1]?.replace(/^\d+$/, '');
  return [place.city?.trim(), region, countryName(country)].filter(Boolean).join(', ');
}

/**
 * Headquarters against a band of countries, subdivisions and regions, hierarchically: a company
 * in California (region "US-CA") matches "US-CA", "US", "United States", "North America" and
 * "Worldwide", not "EMEA". Known means the country (or a subdivision, which implies it) is known.
 */
export const locationMatcher: Matcher<KnownPlace> = {
  read(facts) {
    const hq = facts.headquarters;
    if (!hq) return undefined;
    const region = hq.value.region?.toUpperCase();
    const country = (hq.value.country ?? region?.split('-')[0])?.toUpperCase();
    if (!country || !/^[A-Z]{2}$/.test(country)) return undefined;
    const value: KnownPlace = { country };
    if (region) value.region = region;
    return {
      value,
      shown: showPlace(hq.value, country),
      evidence: evidenceOf(hq),
    };
  },
  match(reading, band) {
    const set = placeSet(band);
    const { country, region } = reading.value;
    const matched =
      set.worldwide ||
      set.countries.has(country) ||
      (region !== undefined && set.subdivisions.has(region));
    return matched ? reading : undefined;
  },
};
