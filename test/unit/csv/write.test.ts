import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/csv/write';

describe('toCsv', () => {
  it('neutralises formula injection with a leading quote', () => {
    for (const cell of ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(cell).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-5)).toBe('-5'); // numbers are numbers
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes what needs quotes and round-trips through a CSV parser', () => {
    const rows: Record<string, string | number>[] = [
      { company: 'Acme, Inc', note: 'said "hi"\nthen left', score: 91 },
      { company: '=HYPERLINK("http://x")', score: 12, extra: ' padded ' },
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.trimEnd(), { header: false }).data;
    expect(parsed[0]).toEqual(['company', 'note', 'score', 'extra']);
    expect(parsed[1]).toEqual(['Acme, Inc', 'said "hi"\nthen left', '91', '']);
    expect(parsed[2]).toEqual(['\'=HYPERLINK("http://x")', '', '12', ' padded ']);
  });

  it('gives nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
