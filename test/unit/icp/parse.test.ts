import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ICP_FILE_BYTES, parseIcpFile } from '@/lib/icp/parse';

const fixture = (name: string) =>
  readFileSync(resolve(__dirname, '../../fixtures/icp', name), 'utf8');

function errorOf(text: string): string {
  const parsed = parseIcpFile(text);
  if (parsed.ok) throw new Error('expected the file to be rejected');
  return parsed.error;
}

const minimal = {
  format: 'icp-lens/icp@1',
  name: 'Minimal',
  tiers: [{ name: 'Best fit', minScore: 80 }],
  criteria: [{ field: 'industry', bands: [{ in: ['Software Development'] }] }],
};
const withChange = (change: (icp: typeof minimal & Record<string, unknown>) => void) => {
  const copy = structuredClone(minimal) as typeof minimal & Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};

describe('parseIcpFile', () => {
  it('reads the DESIGN.md example and applies the defaults', () => {
    const parsed = parseIcpFile(fixture('design-example.json'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.icp.criteria[2]).toMatchObject({ mode: 'score', weight: 2 });
    expect(parsed.icp.criteria[3]).toMatchObject({ mode: 'require', weight: 1 });
    const min = parseIcpFile(JSON.stringify(minimal));
    expect(min.ok && min.icp).toMatchObject({ unknownCredit: 0.5, pains: [], personas: [] });
  });

  it('names the field path of a value out of range', () => {
    expect(errorOf(fixture('bad-credit.json'))).toBe('criteria[2].bands[0].credit: must be ≤ 1');
  });

  it('explains a wrong format tag', () => {
    expect(errorOf(fixture('wrong-format.json'))).toMatch(
      /^format: expected "icp-lens\/icp@1", found the text "hubspot\/ideal-customer@3"/,
    );
    expect(errorOf(withChange((i) => delete (i as Partial<typeof i>).format))).toMatch(
      /^format: is missing/,
    );
    expect(errorOf(withChange((i) => (i.format = 'icp-lens/icp@2' as never)))).toMatch(
      /version this ICP Lens cannot read/,
    );
  });

  it('suggests the key meant by a typo', () => {
    expect(errorOf(fixture('typo-and-place.json'))).toBe(
      'criteria[0].wieght: unknown key (did you mean "weight"?)',
    );
  });

  it('names an unknown place', () => {
    expect(errorOf(fixture('unknown-place.json'))).toMatch(
      /^criteria\[0\]\.bands\[0\]\.in\[1\]: unknown place "Nort America"/,
    );
  });

  it.each([
    ['missing field', (i: Record<string, unknown>) => delete i.name, /^name: is missing$/],
    [
      'wrong type',
      (i: Record<string, unknown>) => (i.tiers = 'all'),
      /^tiers: must be a list, found the text "all"$/,
    ],
    [
      'empty criteria',
      (i: Record<string, unknown>) => (i.criteria = []),
      /^criteria: must not be empty$/,
    ],
    [
      'unknown field',
      (i: Record<string, unknown>) => ((i.criteria as { field: string }[])[0]!.field = 'vibes'),
      /^criteria\[0\]\.field: must be one of "industry", "employees"/,
    ],
    [
      'tiers out of order',
      (i: Record<string, unknown>) =>
        (i.tiers = [
          { name: 'A', minScore: 40 },
          { name: 'B', minScore: 80 },
        ]),
      /^tiers: tiers must be listed from the highest/,
    ],
    [
      'min above max',
      (i: Record<string, unknown>) =>
        (i.criteria = [{ field: 'employees', bands: [{ min: 500, max: 10 }] }]),
      /^criteria\[0\]\.bands\[0\]: "min" must not be greater than "max"$/,
    ],
    [
      'a list for a number field',
      (i: Record<string, unknown>) =>
        (i.criteria = [{ field: 'employees', bands: [{ in: ['big'] }] }]),
      /^criteria\[0\]\.bands\[0\]\.in: "employees" bands are number ranges/,
    ],
    [
      'a range for a list field',
      (i: Record<string, unknown>) => (i.criteria = [{ field: 'location', bands: [{ min: 3 }] }]),
      /^criteria\[0\]\.bands\[0\]\.min: "location" bands are lists/,
    ],
    [
      'negative weight',
      (i: Record<string, unknown>) => ((i.criteria as { weight?: number }[])[0]!.weight = -1),
      /^criteria\[0\]\.weight: must be ≥ 0$/,
    ],
    [
      'empty band',
      (i: Record<string, unknown>) => (i.criteria = [{ field: 'industry', bands: [{}] }]),
      /^criteria\[0\]\.bands\[0\]: a band needs "in"/,
    ],
  ])('%s', (_, change, message) => {
    expect(errorOf(withChange(change))).toMatch(message);
  });

  it('lists at most three problems and counts the rest', () => {
    const text = withChange((i) => {
      i.criteria = Array.from({ length: 5 }, (_, n) => ({
        field: 'industry',
        weight: 500,
        bands: [{ in: [`x${n}`] }],
      }));
    });
    expect(errorOf(text)).toMatch(
      /^criteria\[0\]\.weight: must be ≤ 100; criteria\[1\]\.weight: .*; and 2 more problems$/,
    );
  });

  it('rejects what is not an ICP file with a clear message, never throwing', () => {
    expect(errorOf('')).toMatch(/^Not valid JSON/);
    expect(errorOf('{"format": ')).toMatch(/^Not valid JSON/);
    expect(errorOf('[1, 2]')).toBe('An ICP file holds one JSON object; this one holds a list.');
    expect(errorOf('null')).toMatch(/holds null/);
    expect(errorOf('"icp"')).toMatch(/holds the text/);
    expect(errorOf('\u0000\u0001binary')).toMatch(/^Not valid JSON/);
    expect(errorOf(undefined as unknown as string)).toBe('An ICP file must be text.');
  });

  it('rejects files over 1 MB, counting bytes', () => {
    const padding = ' '.repeat(MAX_ICP_FILE_BYTES);
    expect(errorOf(`${JSON.stringify(minimal)}${padding}`)).toMatch(/over 1 MB/);
    // 400,000 three-byte characters: 1.2 MB of UTF-8 in fewer than 1M UTF-16 units.
    const wide = withChange((i) => (i.description = '€'.repeat(400_000)));
    expect(errorOf(wide)).toMatch(/over 1 MB/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseIcpFile(`\uFEFF${JSON.stringify(minimal)}`).ok).toBe(true);
  });
});
