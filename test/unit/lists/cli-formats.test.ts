import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { exportHeader } from '@/lib/lists/export';

const ROOT = resolve(__dirname, '../../..');

async function score(format: string, file: string): Promise<string> {
  let stdout = '';
  const code = await runCli(['score', file, '--format', format], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => undefined,
    readFile: (path) => readFileSync(resolve(ROOT, path), 'utf8'),
  });
  expect(code).toBe(0);
  return stdout;
}

describe('icp score --format hubspot|salesforce', () => {
  it.each(['hubspot', 'salesforce'] as const)(
    'writes the %s import file the extension exports',
    async (format) => {
      const out = await score(format, 'test/fixtures/csv/apollo-accounts.csv');
      expect(out.startsWith('\uFEFF')).toBe(true);
      expect(out.slice(1).split('\r\n')[0]).toBe(exportHeader(format).trimEnd());
      const parsed = Papa.parse<Record<string, string>>(out.slice(1), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.length).toBeGreaterThan(0);
      const name = format === 'hubspot' ? 'Company name' : 'Account Name';
      expect(parsed.data.every((r) => r[name] && r['ICP Tier'] && r['ICP Score'])).toBe(true);
    },
  );
});
