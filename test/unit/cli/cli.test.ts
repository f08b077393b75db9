import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '@/lib/cli/args';
import { runCli, USAGE } from '@/lib/cli/main';

const ROOT = resolve(__dirname, '../../..');

/** Runs the CLI against the real files of the repository, plus in-memory ones. */
async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: (path) => {
      if (path in files) return files[path] as string;
      return readFileSync(resolve(ROOT, path), 'utf8');
    },
  });
  return { code, stdout, stderr };
}

const APOLLO = 'test/fixtures/csv/apollo-accounts.csv';

describe('icp score', () => {
  it('prints a table with tier, score, confidence and reasons; columns on stderr', async () => {
    const { code, stdout, stderr } = await run(['score', APOLLO]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('ICP: Mid-market software & security (sample)');
    expect(lines[1]).toMatch(/^Row\s+Company\s+Tier\s+Score\s+Conf\.\s+Reasons$/);
    expect(lines).toHaveLength(3 + 5);
    expect(stdout).toMatch(
      /Northwind Shield\s+Best fit\s+\d+\s+\d+%\s+✓ Industry: Computer and Network Security/,
    );
    expect(stdout).toMatch(
      /Kestrel Talent Partners\s+Disqualified .*⛔ Not a staffing agency: Staffing and Recruiting/,
    );
    expect(stdout).toMatch(
      /Tiny Forge Labs\s+Disqualified .*⛔ At least 50 employees: 12 employees/,
    );
    expect(stdout).toMatch(/Meridian Ledger .*\? Company size unknown/);
    expect(stderr).toMatch(/5 companies read/);
    expect(stderr).toMatch(/columns used: Company → name, .*# Employees → employees/);
    expect(stderr).toMatch(/columns ignored: Account Stage, /);
  });

  it('--format csv --explain: one row per company with its reasons, safe to open in a spreadsheet', async () => {
    const { code, stdout } = await run([
      'score',
      '--format',
      'csv',
      '--explain',
      'test/fixtures/csv/hostile.csv',
    ]);
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(stdout, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.row)).toEqual(['2', '6', '7']);
    expect(rows[0]).toMatchObject({ company: "'=cmd|' /C calc'!A0", domain: 'evil.example' });
    expect(rows[0]?.reasons).toMatch(/Industry: Computer and Network Security/);
    expect(Number(rows[0]?.score)).toBeGreaterThan(0);
    expect(rows[0]?.confidence).toMatch(/^\d+$/);
  });

  it('--format=json with an ICP file', async () => {
    const { code, stdout } = await run([
      'score',
      '--icp=test/fixtures/icp/design-example.json',
      '--format=json',
      'test/fixtures/csv/salesforce-accounts.csv',
    ]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      row: 2,
      name: 'Pinecrest Cloud Inc.',
      domain: 'pinecrestcloud.example',
    });
    expect(rows[0].result.icpName).toBe('Mid-market security software');
    expect(rows[0].reasons[0]).toMatch(/^[✓~✗?⛔] /);
  });

  it('reads a JSON list too', async () => {
    const files = {
      'list.json': JSON.stringify([
        {
          Company: 'Acme',
          Industry: 'Software Development',
          '# Employees': '201-500',
          Country: 'United States',
        },
      ]),
    };
    const { code, stdout } = await run(['score', 'list.json'], files);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Acme\s+(Best|Good|Possible) fit/);
  });

  it('exit 1 with a message for bad input', async () => {
    const missing = await run(['score', 'nope.csv']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/Cannot read the company list nope\.csv: no such file\./);

    const badIcp = await run(['score', '--icp', 'test/fixtures/icp/bad-credit.json', APOLLO]);
    expect(badIcp.code).toBe(1);
    expect(badIcp.stderr).toMatch(/is not valid: criteria\[2\]\.bands\[0\]\.credit: must be ≤ 1/);

    const notCsv = await run(['score', 'test/fixtures/csv/binary.csv']);
    expect(notCsv.code).toBe(1);
    expect(notCsv.stderr).toMatch(/not look like a text file/);
    expect(notCsv.stdout).toBe('');

    const noColumns = await run(['score', 'test/fixtures/csv/unknown-columns.csv']);
    expect(noColumns.code).toBe(1);
    expect(noColumns.stderr).toMatch(/No column this reader knows/);
    const people = await run(['score', 'test/fixtures/csv/no-company-columns.csv']);
    expect(people.code).toBe(1);
    expect(people.stderr).toMatch(/This is a people export .* no company column/);
  });

  it('exit 2 for wrong usage', async () => {
    for (const argv of [
      [],
      ['score'],
      ['score', 'a.csv', 'b.csv'],
      ['score', '--format', 'xml', APOLLO],
      ['score', '--icp'],
      ['frobnicate'],
      ['score', '--bogus', APOLLO],
      ['extract', 'page.html'],
    ]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('Usage:');
    }
  });

  it('--format csv without --explain ranks only: the same tiers and scores, no reasons column', async () => {
    const ranked = await run(['score', '--format', 'csv', APOLLO]);
    const explained = await run(['score', '--format', 'csv', '--explain', APOLLO]);
    expect(ranked.code).toBe(0);
    const parse = (text: string) =>
      Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const rows = parse(ranked.stdout);
    expect(rows.meta.fields).toEqual([
      'row',
      'company',
      'domain',
      'tier',
      'score',
      'confidence',
      'disqualified_by',
    ]);
    const full = parse(explained.stdout).data;
    expect(rows.data.map((r) => [r.row, r.tier, r.score, r.confidence])).toEqual(
      full.map((r) => [r.row, r.tier, r.score, r.confidence]),
    );
    expect(rows.data.find((r) => r.company === 'Kestrel Talent Partners')?.disqualified_by).toBe(
      'Not a staffing agency',
    );
    expect(full.find((r) => r.company === 'Kestrel Talent Partners')?.disqualified_by).toBe(
      '⛔ Not a staffing agency: Staffing and Recruiting',
    );
  });

  it('--version prints the package version', async () => {
    for (const argv of [['--version'], ['-v'], ['version']]) {
      const { code, stdout } = await run(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^icp-lens \d+\.\d+\.\d+\n$/);
    }
  });

  it('takes escape sequences and control characters out of what it prints', async () => {
    // A CRM export with one poisoned row among many clean ones (as an attacker would plant it).
    const clean = Array.from(
      { length: 40 },
      (_, i) => `Clean Company ${i},Software Development,120,Germany,x\n`,
    ).join('');
    const files = {
      'esc.csv': `Company,Industry,# Employees,Country,Bogus \u001b]0;owned\u0007Column\n${clean}"Evil\u001b[2J\u001b[31mCorp\u202e","Software Development",300,United States,x\n`,
    };
    for (const format of ['table', 'csv']) {
      const { code, stdout, stderr } = await run(['score', '--format', format, 'esc.csv'], files);
      expect(code).toBe(0);
      expect(stdout).toContain('EvilCorp');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
      expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
      expect(stderr).toContain('Bogus Column');
    }
  });

  it('--help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['score', '--help']]) {
      const { code, stdout } = await run(argv);
      expect(code).toBe(0);
      expect(stdout).toBe(USAGE);
    }
  });
});

describe('icp extract', () => {
  const page = 'test/fixtures/linkedin/about-en-sentinel-forge.html';

  it('prints the normalised extraction as JSON', async () => {
    const url = 'https://www.linkedin.com/company/sentinel-forge/about/';
    const { code, stdout } = await run(['extract', page, '--url', url]);
    expect(code).toBe(0);
    const extraction = JSON.parse(stdout);
    expect(extraction).toMatchObject({ url, extractor: 'linkedin-company' });
    expect(extraction.facts.name.value).toBeTruthy();
    expect(extraction.facts.name.evidence).toBeTruthy();
  });

  it('explains a missing file, a bad URL and a URL no extractor reads', async () => {
    const url = 'https://www.linkedin.com/company/x/';
    expect((await run(['extract', 'missing.html', '--url', url])).stderr).toMatch(
      /Cannot read the page missing\.html: no such file/,
    );
    const notUrl = await run(['extract', page, '--url', 'linkedin.com/company/x']);
    expect(notUrl.code).toBe(1);
    expect(notUrl.stderr).toMatch(/not an absolute URL/);
    const other = await run(['extract', page, '--url', 'https://www.linkedin.com/feed/']);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(
      /No extractor reads https:\/\/www\.linkedin\.com\/feed\/\. Known page sources: linkedin-company .*, website/,
    );
  });
});

describe('parseArgs', () => {
  it('reads commands, options and positionals', () => {
    expect(parseArgs(['score', '--icp', 'a.json', 'list.csv', '--format=csv'])).toEqual({
      ok: true,
      args: {
        command: 'score',
        positionals: ['list.csv'],
        options: { icp: 'a.json', format: 'csv' },
        flags: new Set(),
      },
    });
    expect(parseArgs(['score', '--', '--weird-name.csv'])).toMatchObject({
      ok: true,
      args: { positionals: ['--weird-name.csv'] },
    });
    expect(parseArgs(['score', '--icp', '--format', 'csv'])).toEqual({
      ok: false,
      error: '--icp needs a value',
      problem: { key: 'cli_error_needs_value', subs: ['--icp'] },
    });
    expect(parseArgs(['--help=yes'])).toMatchObject({
      ok: false,
      error: '--help=yes: takes no value',
    });
  });
});
