import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../harness/browser';
import type { BenchResult } from './run';
import { kb, median, ms } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBE = join(ROOT, 'test/bench/industry-tables-probe.ts');

interface Probe {
  firstMs: number;
  perLookupUs: number;
  names: number;
}

/** One fresh process: the tables are built on the first lookup, so each run pays it once. */
function probe(): Probe {
  const child = spawnSync(process.execPath, ['--import', 'tsx', PROBE], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`industry probe failed: ${child.stderr.slice(-500)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Probe;
}

/**
 * What the industry names of 35 UI languages cost: the background worker's size (they live
 * there, never in the content script), the first lookup that builds the folded index, and one
 * lookup after that.
 */
export async function benchIndustryTables(): Promise<BenchResult[]> {
  const background = readFileSync(join(EXTENSION_DIR, 'background.js'));
  const runs = Array.from({ length: 5 }, probe);
  return [
    { name: 'background.js, minified', value: kb(background.length) },
    { name: 'background.js, gzipped', value: kb(gzipSync(background).length) },
    {
      name: `industry index build, first lookup (${runs[0]?.names} names)`,
      value: ms(median(runs.map((r) => r.firstMs))),
    },
    {
      name: 'industry lookup, localized name',
      value: `${median(runs.map((r) => r.perLookupUs)).toFixed(2)} µs`,
    },
  ];
}
