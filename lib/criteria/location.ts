import countries from 'i18n-iso-countries/index.js';
import type { CompanyFacts, Place } from '../facts';
import { type ValuePart, valuesPart } from './band-parts';
import {
  type BandTest,
  type CriterionKind,
  evidenceOf,
  firstBand,
  kind,
  type Matcher,
  perBand,
  UNKNOWN_BAND,
} from './kind';
import { countryName, REGION_NAMES, resolvePlaceName } from './regions';
import type { Band } from './schema';

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

/** The headquarters' country (upper-case ISO code) and subdivision; undefined when unknown. */
function knownPlace(facts: CompanyFacts): KnownPlace | undefined {
  const hq = facts.headquarters?.value;
  if (!hq) return undefined;
  const region = hq.region?.toUpperCase();
  const country = (hq.country ?? region?.split('-')[0])?.toUpperCase();
  if (!country || !/^[A-Z]{2}$/.test(country)) return undefined;
  const value: KnownPlace = { country };
  if (region) value.region = region;
  return value;
}

/** Is the place in the band's set (worldwide, its country, or its subdivision)? */
function inPlaceSet(set: PlaceSet, { country, region }: KnownPlace): boolean {
  return (
    set.worldwide ||
    set.countries.has(country) ||
    (region !== undefined && set.subdivisions.has(region))
  );
}

/**
 * Countries whose postal addresses carry the state or province code after the city, the same
 * letters as ISO 3166-2 ("Austin, TX"; USPS Publication 28, Canada Post and Australia Post
 * addressing guides). Elsewhere the code means little to a reader ("Ho Chi Minh City, SG" reads as
 * Singapore; "Osaka, 27"), so it is left out.
 */
const REGION_SHOWN = new Set(['US', 'CA', 'AU']);

/** The subdivision part of `place.region` worth showing after the city, if any. */
function shownRegion(place: Place, country: string): string | undefined {
  return REGION_SHOWN.has(country) ? place.region?.split('-')[1] : undefined;
}

/** "Austin, TX, United States", "Osaka, Japan". */
function showPlace(place: Place, country: string): string {
  return [place.city?.trim(), shownRegion(place, country), countryName(country)]
    .filter(Boolean)
    .join(', ');
}

/** The headquarters as a `place` part: city as the page wrote it, a US/CA/AU state's code. */
function placeValue(place: Place, country: string): ValuePart {
  const city = place.city?.trim();
  const region = shownRegion(place, country);
  return { kind: 'place', country, ...(city && { city }), ...(region && { region }) };
}

/**
 * Headquarters against a band of countries, subdivisions and regions, hierarchically: a company
 * in California (region "US-CA") matches "US-CA", "US", "United States", "North America" and
 * "Worldwide", not "EMEA". Known means the country (or a subdivision, which implies it) is known.
 */
export const locationMatcher: Matcher<KnownPlace> = {
  read(facts) {
    const hq = facts.headquarters;
    const value = knownPlace(facts);
    if (!hq || !value) return undefined;
    return {
      value,
      shown: showPlace(hq.value, value.country),
      parts: [placeValue(hq.value, value.country)],
      evidence: evidenceOf(hq),
    };
  },
  match: (reading, band) => (inPlaceSet(placeSet(band), reading.value) ? reading : undefined),
};

function locationTest(bands: readonly Band[]): BandTest {
  const sets = bands.map(placeSet);
  return (facts) => {
    const place = knownPlace(facts);
    if (!place) return UNKNOWN_BAND;
    return firstBand(sets, (set) => inPlaceSet(set, place));
  };
}

export const location = kind({
  shape: 'list',
  label: 'Location',
  foundOn: 'linkedin',
  matcher: locationMatcher,
  compile: locationTest,
  valueKey: (facts) => {
    const hq = facts.headquarters?.value;
    return hq ? `${hq.country}|${hq.region}` : null;
  },
  bandParts: (band) => valuesPart(band, 'place'),
  talkingPoint:
    'We already work with many companies in {country}, so references are close to home.',
  unknownValue: (entry) =>
    resolvePlaceName(entry)
      ? undefined
      : `unknown place ${JSON.stringify(entry.slice(0, 60))}; use a country code ("US"), a subdivision code ("US-CA"), a country name or a region (${REGION_NAMES.slice(0, 8).join(', ')}…)`,
  suggestions: () => [
    ...REGION_NAMES,
    ...Object.values(countries.getNames('en', { select: 'official' })),
  ],
} satisfies CriterionKind<KnownPlace>);
