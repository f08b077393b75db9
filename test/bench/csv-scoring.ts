import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCompaniesCsv } from './generate-companies';
import type { BenchResult } from './run';
import { ms } from './stats';

const ROWS = 100_000;
const ROOT = resolve(import.meta.dirname, '../..');

/** papaparse alone on the file vs. the CLI's whole `score` run, each in a fresh Node process. */
export async function benchCsvScoring(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'icp-bench-'));
  const file = join(dir, 'companies.csv');
  writeFileSync(file, generateCompaniesCsv(ROWS));
  try {
    const parse = runChild(['--parse-only', file]);
    const score = runChild(['--score', file]);
    return [
      { name: `papaparse alone, ${ROWS.toLocaleString('en')} rows`, value: ms(parse.ms) },
      {
        name: `CLI score (read + normalize + score + format), ${ROWS.toLocaleString('en')} rows`,
        value: ms(score.ms),
      },
      {
        name: 'CLI score / papaparse',
        value: `${(score.ms / parse.ms).toFixed(2)}×`,
        budget: 'goal ≤ 1.5×',
      },
      {
        name: 'CLI score throughput',
        value: `${Math.round(ROWS / (score.ms / 1000)).toLocaleString('en')} rows/s`,
      },
      {
        name: 'CLI score peak memory (max RSS)',
        value: `${(score.maxRssKb / 1024).toFixed(0)} MB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(args: string[]): { ms: number; maxRssKb: number } {
  const child = spawnSync('npx', ['tsx', join(ROOT, 'test/bench/csv-scoring-child.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
  return result;
}
