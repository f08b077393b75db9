import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { criterionLabel } from '@/lib/criteria/labels';
import { readCompaniesCsv } from '@/lib/csv/read';
import { sampleIcp } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';
import { generateCompaniesCsv } from '../../bench/generate-companies';

/** The CLI reading a file in chunks, as the real one reads 1 MB at a time. */
async function scoreStreamed(text: string, chunk: number) {
  const bytes = new TextEncoder().encode(text);
  let stdout = '';
  const code = await runCli(['score', '--format', 'csv', 'accounts.csv'], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => undefined,
    readFile: () => text,
    *readChunks() {
      for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
    },
  });
  return { code, rows: Papa.parse<string[]>(stdout.trim(), { skipEmptyLines: true }).data };
}

describe('score --format csv, streamed: the ranking-only path against the full scorer', () => {
  // 6,000 generated Apollo rows (about 1.4 MB): many chunks, every criterion fed, repeated and
  // unique cells, quoted lists, accents and Chinese.
  const text = generateCompaniesCsv(6000);
  const expected = readCompaniesCsv(text).companies.map(({ row, facts }) => {
    const result = scoreCompany(sampleIcp, facts);
    const by = result.disqualifiedBy;
    return [
      String(row),
      facts.name?.value ?? '',
      facts.domain?.value ?? '',
      result.tier,
      String(result.score),
      String(Math.round(result.confidence * 100)),
      by ? criterionLabel(sampleIcp.criteria[by.index] as (typeof sampleIcp.criteria)[number]) : '',
    ];
  });

  it.each([65_536 + 7, 1 << 20])(
    'chunks of %i bytes: every row as scoreCompany scores it',
    async (chunk) => {
      const { code, rows } = await scoreStreamed(text, chunk);
      expect(code).toBe(0);
      expect(rows[0]).toEqual([
        'row',
        'company',
        'domain',
        'tier',
        'score',
        'confidence',
        'disqualified_by',
      ]);
      expect(rows.slice(1)).toEqual(expected);
      // The test means something only when it reaches several outcomes.
      expect(new Set(expected.map((r) => r[3])).size).toBeGreaterThan(2);
    },
  );
});
