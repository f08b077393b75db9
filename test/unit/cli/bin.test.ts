import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { generateCompaniesCsv } from '../../bench/generate-companies';

const ROOT = resolve(__dirname, '../../..');
const BIN = resolve(ROOT, '.output/cli/icp-lens.mjs');
const APOLLO = 'test/fixtures/csv/apollo-accounts.csv';

/** The built command line as a user runs it: a separate Node process, real files, real streams. */
function icpLens(...args: string[]) {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

async function inProcess(argv: string[], readFile: (path: string) => string) {
  let stdout = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => undefined,
    readFile,
  });
  return { code, stdout };
}

describe('progress', () => {
  it('a long run shows a progress line when stderr is a terminal, and clears it', async () => {
    const text = generateCompaniesCsv(25_000);
    const progress: string[] = [];
    let stdout = '';
    const code = await runCli(['score', '--format', 'csv', 'big.csv'], {
      stdout: (t) => {
        stdout += t;
      },
      stderr: () => undefined,
      readFile: () => text,
      progress: (t) => progress.push(t),
    });
    expect(code).toBe(0);
    expect(progress).toEqual(['\r25,000 companies scored…', '\r\u001b[K']);
    expect(stdout).not.toContain('scored…');
  }, 60_000);
});

describe('the built icp-lens', () => {
  let dir: string;
  beforeAll(() => {
    // The same build `npm install` runs (postinstall), so this tests the shipped file.
    execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'icp-bin-'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers --help and --version, with the documented exit codes', () => {
    expect(icpLens('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^ICP Lens/),
    });
    expect(icpLens('--version').stdout).toMatch(/^icp-lens \d+\.\d+\.\d+\n$/);
    expect(icpLens('score', 'missing.csv')).toMatchObject({ code: 1, stdout: '' });
    expect(icpLens('frobnicate')).toMatchObject({ code: 2, stdout: '' });
  }, 30_000);

  it('streams a file from disk to the same output as the in-process run', async () => {
    const file = join(dir, 'generated.csv');
    const text = generateCompaniesCsv(1000);
    writeFileSync(file, `\uFEFF${text}`);
    for (const format of ['csv', 'json']) {
      const built = icpLens('score', '--format', format, file);
      expect(built.code).toBe(0);
      const whole = await inProcess(['score', '--format', format, file], () => text);
      expect(built.stdout).toBe(whole.stdout);
    }
    const fixture = icpLens('score', APOLLO);
    expect(fixture.stdout).toMatch(/Northwind Shield\s+Best fit/);
    expect(fixture.stderr).toMatch(/5 companies read/);
    // stderr is not a terminal here: no progress line.
    expect(fixture.stderr).not.toContain('\r');
  }, 60_000);
});

describe('the built icp-lens and its code cache', () => {
  let dir: string;
  let cli: string;
  beforeAll(() => {
    // A copy of the build (bin tests above build it), so damaging its cache touches nothing else.
    dir = mkdtempSync(join(tmpdir(), 'icp-cache-'));
    cli = join(dir, 'cli');
    cpSync(resolve(ROOT, '.output/cli'), cli, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The copied build run with `nodeArgs`, saying on stderr what became of its cache. */
  function run(nodeArgs: string[], ...args: string[]) {
    const child = spawnSync(process.execPath, [...nodeArgs, join(cli, 'icp-lens.mjs'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ICP_LENS_CODE_CACHE_REPORT: '1' },
    });
    const [report, ...rest] = child.stderr.split('\n');
    return { code: child.status, report, stdout: child.stdout, stderr: rest.join('\n') };
  }
  const cacheFile = () => {
    const name = readdirSync(cli).find((f) => f.endsWith('.v8-cache'));
    if (!name) throw new Error('the build wrote no code cache');
    return join(cli, name);
  };
  const score = ['score', '--format', 'csv', '--explain', APOLLO];

  it('is used, and a cache V8 refuses (other V8 flags) or a damaged or missing one changes nothing', () => {
    const cached = run([], ...score);
    expect(cached).toMatchObject({ code: 0, report: 'code cache: accepted' });
    expect(cached.stdout).toMatch(/^row,company,domain,tier/);
    const same = { code: 0, stdout: cached.stdout, stderr: cached.stderr };

    // Another V8 (or the same with other flags) refuses the cache and compiles as usual.
    expect(run(['--max-old-space-size=300'], ...score)).toEqual({
      ...same,
      report: 'code cache: rejected',
    });

    const file = cacheFile();
    const bytes = readFileSync(file);
    const damaged = Buffer.from(bytes);
    for (let at = 1000; at < damaged.length; at += 4096) damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    writeFileSync(file, damaged);
    expect(run([], ...score)).toEqual({ ...same, report: 'code cache: damaged' });
    writeFileSync(file, bytes.subarray(0, 10));
    expect(run([], ...score)).toEqual({ ...same, report: 'code cache: damaged' });

    rmSync(file);
    expect(run([], ...score)).toEqual({ ...same, report: 'code cache: missing' });
    expect(run([], '--version').stdout).toMatch(/^icp-lens \d/);
  }, 60_000);
});
