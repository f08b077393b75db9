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
  firstEnglishMs: number;
  firstLocalMs: number;
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
 * there, never in the content script), the first lookups that build the folded indexes (English,
 * then the other languages on the first name English does not know), and one lookup after that.
 */
export async function benchIndustryTables(): Promise<BenchResult[]> {
  const background = readFileSync(join(EXTENSION_DIR, 'background.js'));
  const runs = Array.from({ length: 5 }, probe);
  return [
    { name: 'background.js, minified', value: kb(background.length) },
    { name: 'background.js, gzipped', value: kb(gzipSync(background).length) },
    {
      name: 'industry lookup, first English name (builds the English index)',
      value: ms(median(runs.map((r) => r.firstEnglishMs))),
    },
    {
      name: `industry lookup, first localized name (folds ${runs[0]?.names} names)`,
      value: ms(median(runs.map((r) => r.firstLocalMs))),
    },
    {
      name: 'industry lookup, localized name',
      value: `${median(runs.map((r) => r.perLookupUs)).toFixed(2)} µs`,
    },
  ];
}
