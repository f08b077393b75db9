import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { BenchResult } from './run';
import { median, ms } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs in a fresh Node process (so every table is cold): the one-time load of the gazetteer, the
 * ISO 3166-2 table and the country names, then `parsePlace` over distinct headquarters strings
 * as a file repeats them (cities repeat, streets and postal codes do not). Prints JSON.
 */
const CHILD = `
import { gazetteerCities } from './lib/normalize/places/gazetteer';
import { subdivision } from './lib/normalize/subdivisions';
import { countryCode } from './lib/normalize/countries';
import { parsePlace } from './lib/normalize/place';
// CPU time (user + system), not wall time: the machine is shared, and a load is pure CPU work.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const heap0 = process.memoryUsage().heapUsed;
let t = cpu();
gazetteerCities('Springfield');
const cities = cpu() - t;
t = cpu();
subdivision('Bavaria', 'DE');
const subdivisions = cpu() - t;
t = cpu();
countryCode('Deutschland');
const countries = cpu() - t;
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;
const CITIES = ['Austin, TX', 'Munich, BY', 'Pune, MH', 'Cambridge, MA', 'Cambridge, UK', 'Lyon, ARA',
  'Toronto, ON', 'Springfield, IL', 'Paris', 'São Paulo, SP', 'Seongnam, Gyeonggi-do', 'Sydney, NSW',
  'Berlin, Germany', 'Hà Nội, Việt Nam', 'Cape Town, Western Cape', 'Smalltown, Nowhere'];
const rows = [];
for (let i = 0; i < 20000; i++) rows.push(\`\${i + 1} Market Street, \${CITIES[i % CITIES.length]} \${10000 + i}\`);
t = cpu();
for (const raw of rows) parsePlace(raw);
const perLookupUs = ((cpu() - t) / rows.length) * 1000;
console.log(JSON.stringify({ cities, subdivisions, countries, heapMb, perLookupUs, n: rows.length }));
`;

interface ChildResult {
  cities: number;
  subdivisions: number;
  countries: number;
  heapMb: number;
  perLookupUs: number;
  n: number;
}

function runChild(): ChildResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', CHILD],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`place lookup bench failed: ${child.stderr.slice(-500)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
}

/** Place lookup: one-time load cost of each table and the time per distinct headquarters (the CSV
 * reader caches per distinct cell, so a repeated value costs a map lookup). */
export async function benchPlaceLookup(): Promise<BenchResult[]> {
  const runs = [runChild(), runChild(), runChild()];
  const at = (pick: (r: ChildResult) => number) => median(runs.map(pick));
  return [
    { name: 'place: first lookup, city gazetteer load (CPU)', value: ms(at((r) => r.cities)) },
    {
      name: 'place: first lookup, ISO 3166-2 table load (CPU)',
      value: ms(at((r) => r.subdivisions)),
    },
    {
      name: 'place: first lookup, country names load (CPU, incl. 34 i18n locales)',
      value: ms(at((r) => r.countries)),
    },
    { name: 'place: heap held by the three tables', value: `${at((r) => r.heapMb).toFixed(1)} MB` },
    {
      name: `place: parsePlace per distinct address, CPU (${runs[0]?.n} rows)`,
      value: `${at((r) => r.perLookupUs).toFixed(1)} µs`,
    },
  ];
}
