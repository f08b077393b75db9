import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccountFile } from '@/lib/csv';
import type { CompanyRow } from '@/lib/csv/records';
import { AccountFileStream } from '@/lib/csv/stream';
import { generateCompaniesCsv } from '../../bench/generate-companies';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/csv', name)));

function streamed(data: Uint8Array, chunk: number) {
  const companies: CompanyRow[] = [];
  const stream = new AccountFileStream((c) => companies.push(c));
  for (let at = 0; at < data.length; at += chunk) stream.push(data.subarray(at, at + chunk));
  return { companies, ...stream.end() };
}

describe('AccountFileStream: chunks give what the whole file gives', () => {
  it.each([
    'apollo-accounts.csv',
    'hubspot-companies.csv',
    'salesforce-accounts.csv',
    'salesforce-report.csv',
    'sales-navigator-accounts.csv',
    'zoominfo-companies.tsv',
    'hostile.csv',
    'excel-semicolon-1252.csv',
    'excel-unicode-text.txt',
    'pipe-delimited.csv',
    'apollo-people.csv',
  ])('%s', (name) => {
    const whole = readAccountFile(bytes(name));
    for (const chunk of [1, 7, 100, 1 << 20]) {
      const parts = streamed(bytes(name), chunk);
      expect(parts.encoding, `${name} / ${chunk}`).toBe(whole.encoding);
      expect(parts.companies, `${name} / ${chunk}`).toEqual(whole.companies);
      expect(parts.skipped, `${name} / ${chunk}`).toEqual(whole.skipped);
    }
  });

  it('binary and workbooks: one clear message', () => {
    expect(streamed(bytes('fake.xlsx.csv'), 3).errors[0]?.message).toMatch(/xlsx/);
    expect(streamed(bytes('binary.csv'), 5).errors[0]?.message).toMatch(/PNG image/);
  });

  it('invalid UTF-8 after the first 64 KB: the rest read as Windows-1252, and said so', () => {
    const head = new TextEncoder().encode(`Company,Industry\n${'Plain Co,Retail\n'.repeat(5000)}`);
    const tail = Uint8Array.from([
      ...new TextEncoder().encode('Caf'),
      0xe9,
      ...new TextEncoder().encode(' Ol'),
      0xe9,
      0x2c,
      0x52,
      0x0a,
    ]);
    const file = streamed(Uint8Array.from([...head, ...tail]), 4096);
    expect(file.companies.at(-1)?.facts.name?.value).toBe('Café Olé');
    expect(file.encoding).toBe('utf-8, then windows-1252');
    expect(file.errors[0]?.message).toMatch(/Windows-1252/);
  });

  it('a file of many chunks: every row, numbered as in the spreadsheet, whatever the chunk size', () => {
    // 3,000 generated Apollo rows (about 700 KB, quoted lists and accents) and a quoted cell
    // holding line breaks: many parses, rows cut at every kind of place.
    const text = `${generateCompaniesCsv(3000)}"Multi Line Co","https://multi.example","Retail","45","","Germany","","","","","Line one\nline two"\n`;
    const data = new TextEncoder().encode(text);
    const whole = readAccountFile(data);
    expect(whole.companies).toHaveLength(3001);
    expect(whole.companies.at(-1)?.row).toBe(3002);
    for (const chunk of [65_537, 100_003, 1 << 20]) {
      const parts = streamed(data, chunk);
      expect(parts.companies.map((c) => c.row)).toEqual(whole.companies.map((c) => c.row));
      expect(parts.companies).toEqual(whole.companies);
      expect(parts.errors).toEqual(whole.errors);
    }
  });

  it('a malformed quote mid-file: its message on its own row, whatever the chunk size', () => {
    // Rows are parsed 16K characters at a time, each window in one call: Papa's errors for the
    // window must land on the rows they belong to, not on the window's first or last row.
    const rows = generateCompaniesCsv(400).split('\n');
    rows.splice(250, 0, '"Quartz" Holdings,https://quartz.example,Retail,45');
    const data = new TextEncoder().encode(rows.join('\n'));
    const whole = readAccountFile(data);
    expect(whole.errors.map((e) => e.row)).toContain(251);
    for (const chunk of [1, 4_099, 65_537, 1 << 20]) {
      const parts = streamed(data, chunk);
      expect(parts.errors, `chunk ${chunk}`).toEqual(whole.errors);
      expect(parts.companies, `chunk ${chunk}`).toEqual(whole.companies);
    }
  });

  it('an unclosed quote near the end: reported with its line, the rows before it read', () => {
    const text = `${generateCompaniesCsv(1000)}"Broken Co,https://broken.example,Retail\nNext Co,https://next.example\n`;
    const parts = streamed(new TextEncoder().encode(text), 10_000);
    expect(parts.companies).toHaveLength(1000);
    expect(parts.errors).toEqual([
      {
        row: 1002,
        message: expect.stringMatching(/quote opened near line 1002 is never closed/),
        problem: { code: 'unclosed-quote-near', line: 1002 },
      },
    ]);
  });
});
