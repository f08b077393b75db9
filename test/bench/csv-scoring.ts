import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { writeCompaniesCsv } from './generate-companies';
import type { BenchResult } from './run';
import { median, ms } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, '.output/cli/icp-lens.mjs');
const TIME = '/usr/bin/time';

/** papaparse alone, as a whole process: the file read and parsed with headers, nothing else. */
const PAPAPARSE_ALONE = `
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
const parsed = Papa.parse(readFileSync(process.argv[2], 'utf8'), { header: true, skipEmptyLines: true });
if (parsed.data.length === 0) process.exit(1);
`;

interface Run {
  ms: number;
  /**
   * CPU time (user + system) of the process, when /usr/bin/time is there to tell: on a machine
   * shared with other work, wall time mostly measures the neighbours; CPU time much less so.
   */
  cpuMs?: number;
  /** Peak resident memory, when /usr/bin/time is there to tell. */
  maxRssMb?: number;
}

/**
 * One whole Node process, stdout to /dev/null; wall time, and CPU time and peak RSS through
 * /usr/bin/time.
 */
function run(args: string[]): Run {
  const withTime = existsSync(TIME);
  const argv = withTime ? ['-f', '%U %S %M', process.execPath, ...args] : args;
  const started = performance.now();
  const child = spawnSync(withTime ? TIME : process.execPath, argv, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const elapsed = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr.slice(-500)}`);
  const [user, system, rssKb] = withTime
    ? (child.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number)
    : [];
  const result: Run = { ms: elapsed };
  if (user !== undefined && system !== undefined && Number.isFinite(user + system))
    result.cpuMs = (user + system) * 1000;
  if (rssKb !== undefined && Number.isFinite(rssKb)) result.maxRssMb = rssKb / 1024;
  return result;
}

/** Median wall and CPU time of runs, and the highest peak RSS. */
function medianOf(runs: readonly Run[]): Run {
  const rss = runs.map((r) => r.maxRssMb ?? Number.NaN);
  const cpu = runs.map((r) => r.cpuMs ?? Number.NaN);
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(cpu), maxRssMb: Math.max(...rss) };
}

/** Median of `times` runs. */
const medianRun = (times: number, args: string[]): Run =>
  medianOf(Array.from({ length: times }, () => run(args)));

/**
 * Two commands run alternately `times` times each (A B A B …), medians of each: on a machine
 * shared with other work the load drifts, and alternating gives both the same share of it.
 */
function alternately(times: number, a: string[], b: string[]): [Run, Run] {
  const runs: [Run[], Run[]] = [[], []];
  for (let i = 0; i < times; i++) {
    runs[0].push(run(a));
    runs[1].push(run(b));
  }
  return [medianOf(runs[0]), medianOf(runs[1])];
}

/**
 * What a start reads to run the command line: the bundled script and its V8 code cache (see
 * scripts/build-cli.ts), in KB each.
 */
function startKb(): { script: number; cache: number } {
  const dir = dirname(BIN);
  const size = (suffix: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(suffix))
      .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1024;
  return { script: size('.cjs'), cache: size('.v8-cache') };
}

function writeExport(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  writeCompaniesCsv(rows, (chunk) => writeSync(fd, chunk));
  closeSync(fd);
}

const mb = (run: Run) =>
  run.maxRssMb === undefined || Number.isNaN(run.maxRssMb)
    ? 'n/a'
    : `${run.maxRssMb.toFixed(0)} MB`;
const rows = (n: number) => n.toLocaleString('en');

/**
 * The command line, measured from outside as a user runs it (`node .output/cli/icp-lens.mjs`,
 * each a whole process): `--help`; a 100,000-row export scored to CSV beside papaparse alone
 * parsing the same file; 1,000,000 rows (time, peak RSS); the DuckDB engine on 1M and 10M rows
 * of the normalised table (Parquet). Needs the built CLI (`npm run build:cli`, run by install).
 */
export async function benchCsvScoring(): Promise<BenchResult[]> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build:cli`);
  const dir = mkdtempSync(join(tmpdir(), 'icp-bench-'));
  const results: BenchResult[] = [];
  try {
    const help = medianRun(5, [BIN, '--help']);
    results.push({ name: 'icp-lens --help, whole process (median of 5)', value: ms(help.ms) });

    const papaScript = join(ROOT, 'node_modules/.icp-bench-papaparse.mjs');
    writeFileSync(papaScript, PAPAPARSE_ALONE);
    // Start-up: a one-row export, so what is measured is loading and the first lookups.
    const file1 = join(dir, '1.csv');
    writeExport(file1, 1);
    const [parse1, score1] = alternately(
      7,
      [papaScript, file1],
      [BIN, 'score', '--format', 'csv', file1],
    );
    results.push(
      {
        name: 'start-up: score a one-row export, CPU / wall (median of 7)',
        value: `${ms(score1.cpuMs ?? Number.NaN)} / ${ms(score1.ms)} (papaparse alone: ${ms(parse1.cpuMs ?? Number.NaN)} / ${ms(parse1.ms)})`,
      },
      {
        name: 'command line code read at start (script / V8 code cache)',
        value: `${startKb().script.toFixed(0)} KB / ${startKb().cache.toFixed(0)} KB`,
      },
    );

    const file100k = join(dir, '100k.csv');
    writeExport(file100k, 100_000);
    const [parse, score] = alternately(
      3,
      [papaScript, file100k],
      [BIN, 'score', '--format', 'csv', file100k],
    );
    const explain = medianRun(1, [BIN, 'score', '--format', 'csv', '--explain', file100k]);
    rmSync(papaScript);
    results.push(
      {
        name: 'papaparse alone, 100,000 rows (process, median of 3, alternating with score)',
        value: ms(parse.ms),
      },
      { name: 'icp-lens score --format csv, 100,000 rows (median of 3)', value: ms(score.ms) },
      {
        name: 'score / papaparse, 100,000 rows',
        value: `${(score.ms / parse.ms).toFixed(2)}×`,
        budget: '≤ 1.5×',
      },
      {
        name: 'score / papaparse CPU time (user + sys), 100,000 rows',
        value:
          Number.isFinite(score.cpuMs) && Number.isFinite(parse.cpuMs)
            ? `${((score.cpuMs as number) / (parse.cpuMs as number)).toFixed(2)}× (${ms(score.cpuMs as number)} / ${ms(parse.cpuMs as number)})`
            : 'n/a',
        budget: '≤ 1.5×',
      },
      { name: 'icp-lens score --format csv --explain, 100,000 rows', value: ms(explain.ms) },
      { name: 'score peak memory, 100,000 rows', value: mb(score) },
    );

    // Flat memory: peak RSS of the same run at 50,000, 100,000 and 200,000 rows (issue #8, item 8).
    for (const size of [50_000, 200_000]) {
      const file = join(dir, `${size}.csv`);
      writeExport(file, size);
      const sized = run([BIN, 'score', '--format', 'csv', file]);
      rmSync(file);
      results.push({ name: `score peak memory, ${rows(size)} rows`, value: mb(sized) });
    }

    const file1m = join(dir, '1m.csv');
    writeExport(file1m, 1_000_000);
    rmSync(file100k);
    const million = run([BIN, 'score', '--format', 'csv', file1m]);
    results.push(
      { name: 'icp-lens score --format csv, 1,000,000 rows', value: ms(million.ms) },
      { name: 'score peak memory, 1,000,000 rows', value: mb(million), budget: '< 300 MB' },
      {
        name: 'score throughput, 1,000,000 rows',
        value: `${rows(Math.round(1_000_000 / (million.ms / 1000)))} rows/s`,
      },
    );

    const parquet1m = join(dir, '1m.parquet');
    const normalize = run([BIN, 'normalize', file1m, '--out', parquet1m]);
    rmSync(file1m);
    const duck1m = run([BIN, 'score', '--engine', 'duckdb', parquet1m]);
    const parquet10m = join(dir, '10m.parquet');
    tenfold(parquet1m, parquet10m);
    const duck10m = run([BIN, 'score', '--engine', 'duckdb', parquet10m]);
    results.push(
      { name: 'icp-lens normalize → Parquet, 1,000,000 rows', value: ms(normalize.ms) },
      { name: 'score --engine duckdb, 1,000,000 rows (Parquet → CSV)', value: ms(duck1m.ms) },
      { name: 'score --engine duckdb, 10,000,000 rows (Parquet → CSV)', value: ms(duck10m.ms) },
      { name: 'score --engine duckdb peak memory, 10,000,000 rows', value: mb(duck10m) },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** 10M rows from 1M: the table ten times over, rows renumbered (a DuckDB process of its own). */
function tenfold(from: string, to: string): void {
  const script = `
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(\`COPY (SELECT * REPLACE (source_row + copy * 1000000 AS source_row)
      FROM read_parquet('${from}'), (SELECT range AS copy FROM range(10)))
      TO '${to}' (FORMAT parquet, COMPRESSION zstd)\`);
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
}
