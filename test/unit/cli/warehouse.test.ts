import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo, runCli } from '@/lib/cli/main';
import { DIALECTS } from '@/lib/sql/dialects';
import { COMPANY_COLUMNS } from '@/lib/sql/table';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'icp-warehouse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI in this process with the real file system (streams, DuckDB), output captured. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    ...nodeIo,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    progress: undefined,
  });
  return { code, stdout, stderr };
}

const fixture = (name: string) => resolve(ROOT, 'test/fixtures/csv', name);

describe('icp-lens sql', () => {
  it.each(DIALECTS)('compiles the sample ICP for %s', async (dialect) => {
    const { code, stdout } = await run('sql', '--dialect', dialect, '--table', 'crm.accounts');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^-- ICP Lens: "Mid-market software & security \(sample\)"/);
    expect(stdout).toMatch(/FROM [`"]crm[`"]\.[`"]accounts[`"]/);
  });

  it('wrong usage exits 2; a criterion SQL cannot answer exits 1 naming it', async () => {
    expect((await run('sql', '--dialect', 'oracle')).code).toBe(2);
    expect((await run('sql')).code).toBe(2);
    const icp = join(dir, 'business-model.json');
    writeFileSync(
      icp,
      JSON.stringify({
        format: 'icp-lens/icp@1',
        name: 'SaaS only',
        tiers: [{ name: 'Best fit', minScore: 80 }],
        criteria: [{ field: 'businessModel', weight: 1, bands: [{ in: ['saas'] }] }],
      }),
    );
    const refused = await run('sql', '--dialect', 'duckdb', '--icp', icp);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/businessModel criterion .* cannot run in SQL/);
  });
});

describe('icp-lens normalize, then score --engine duckdb', () => {
  it.each([
    'apollo-accounts.csv',
    'hubspot-companies.csv',
    'salesforce-accounts.csv',
    'zoominfo-companies.tsv',
  ])(
    'gives the TypeScript engine’s ranking for %s, from Parquet, CSV or the export',
    async (name) => {
      const typescript = await run('score', '--format', 'csv', fixture(name));
      expect(typescript.code).toBe(0);
      const parquet = join(dir, `${name}.parquet`);
      const csv = join(dir, `${name}.csv`);
      expect((await run('normalize', fixture(name), '--out', parquet)).code).toBe(0);
      expect((await run('normalize', fixture(name), '--out', csv)).code).toBe(0);
      expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(
        COMPANY_COLUMNS.map(([c]) => c).join(','),
      );
      for (const table of [parquet, csv, fixture(name)]) {
        const duckdb = await run('score', '--engine', 'duckdb', table);
        expect(duckdb.code, table).toBe(0);
        expect(duckdb.stdout, table).toBe(typescript.stdout);
      }
    },
  );

  it('explains what it cannot do', async () => {
    expect((await run('normalize', fixture('apollo-accounts.csv'))).code).toBe(2);
    const xlsx = await run(
      'normalize',
      fixture('apollo-accounts.csv'),
      '--out',
      join(dir, 'a.xlsx'),
    );
    expect(xlsx).toMatchObject({ code: 1, stderr: expect.stringMatching(/\.csv or a \.parquet/) });
    const missing = await run('score', '--engine', 'duckdb', join(dir, 'nope.parquet'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/DuckDB could not score/);
    expect((await run('score', '--engine', 'duckdb', '--format', 'table', 'x.csv')).code).toBe(2);
    expect((await run('score', '--engine', 'oracle', 'x.csv')).code).toBe(2);
  });
});
