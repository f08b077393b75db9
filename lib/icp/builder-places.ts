/** The ICP builder's places: countries, then regions that add customers beyond their countries. */
import { countryName, REGION_NAMES, resolvePlaceName } from '../criteria/regions';
import type { Counter, ProposalContext } from './builder-stats';

interface Region {
  name: string;
  countries: ReadonlySet<string>;
}

function regionTable(): Region[] {
  const regions: Region[] = [];
  for (const name of REGION_NAMES) {
    const place = resolvePlaceName(name);
    if (place?.kind === 'region') regions.push({ name, countries: place.countries });
  }
  // Smaller regions first, so a wider one is proposed only when it adds customers.
  return regions.sort((a, b) => a.countries.size - b.countries.size);
}
let regions: Region[] | undefined;

/**
 * Each country (ISO code) with enough best customers; then each region whose best customers
 * outnumber its most common country's (and sub-region's) by `regionMargin` of the best customers.
 */
export function proposePlaces(countries: Counter, ctx: ProposalContext): void {
  for (const [code, t] of countries.tallies) {
    if (t.best < ctx.minBest) continue;
    ctx.push(
      ctx.make({
        id: `location:${code}`,
        field: 'location',
        label: countryName(code),
        values: [code],
        best: t.best,
        all: t.all,
      }),
    );
  }
  regions ??= regionTable();
  const regionCoverage = new Map<string, number>();
  for (const region of regions) {
    let inBest = 0;
    let inAll = 0;
    let topCountry = 0;
    for (const [code, t] of countries.tallies) {
      if (!region.countries.has(code)) continue;
      inBest += t.best;
      inAll += t.all;
      topCountry = Math.max(topCountry, t.best);
    }
    let topSubregion = 0;
    for (const other of regions) {
      if (other === region || other.countries.size >= region.countries.size) continue;
      if ([...other.countries].every((c) => region.countries.has(c)))
        topSubregion = Math.max(topSubregion, regionCoverage.get(other.name) ?? 0);
    }
    regionCoverage.set(region.name, inBest);
    if (inBest < ctx.minBest) continue;
    if ((inBest - Math.max(topCountry, topSubregion)) / ctx.bestCount < ctx.options.regionMargin)
      continue;
    ctx.push(
      ctx.make({
        id: `location:${region.name}`,
        field: 'location',
        label: region.name,
        values: [region.name],
        best: inBest,
        all: inAll,
      }),
    );
  }
}
