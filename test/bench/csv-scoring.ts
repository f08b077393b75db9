import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchResult } from './run';
import { ms } from './stats';

const ROWS = 100_000;
const ROOT = resolve(import.meta.dirname, '../..');

/** A deterministic Apollo-style export of `rows` companies. */
export function generateCompaniesCsv(rows: number): string {
  const industries = [
    'Computer and Network Security',
    'Software Development',
    'Staffing and Recruiting',
    'Retail',
    'Financial Services',
    'IT Services and IT Consulting',
  ];
  const countries = [
    'United States',
    'Germany',
    'Vietnam',
    'Canada',
    'China',
    'Iran',
    'United Kingdom',
    'Brazil',
  ];
  const bands = ['11-50', '51-200', '201-500', '501-1,000', '1,001-5,000', '10,001+'];
  const lines = [
    'Company,Website,Industry,# Employees,Company Country,Company City,Technologies,Short Description,Founded Year',
  ];
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        `Company ${i}`,
        `https://www.company-${i}.example.com`,
        industries[next(industries.length)],
        `"${bands[next(bands.length)]}"`,
        countries[next(countries.length)],
        'Springfield',
        '"Salesforce, HubSpot, AWS"',
        `"Cloud security and compliance platform number ${i}, SOC 2 ready"`,
        String(1990 + next(34)),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

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
