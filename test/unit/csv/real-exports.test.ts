import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccountFile, readCompaniesCsv } from '@/lib/csv';
import { parseEmployeeCell, parseMoneyRange } from '@/lib/csv/cells';
import { excelDateBand } from '@/lib/csv/excel-values';
import { sampleIcp } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/csv', name)));
const names = (file: { companies: { facts: { name?: { value: string } } }[] }) =>
  file.companies.map((c) => c.facts.name?.value);

describe('Salesforce formatted report: titles above, totals and footers below', () => {
  const file = readAccountFile(bytes('salesforce-report.csv'));

  it('reads the three accounts and nothing else', () => {
    expect(file.encoding).toBe('utf-8');
    expect(names(file)).toEqual([
      'Lumen Forge Inc.',
      'Halvard Analytics',
      'Parvati Logistics Pvt Ltd',
    ]);
    expect(file.headerRow).toBe(7);
    expect(file.errors).toEqual([]);
  });

  it('lists every row it did not read as a company, with why', () => {
    expect(file.skipped?.map((s) => [s.row, s.reason])).toEqual([
      [1, 'title'],
      [2, 'title'],
      [4, 'title'],
      [5, 'title'],
      [11, 'blank'],
      [12, 'total'],
      [13, 'blank'],
      [14, 'blank'],
      [15, 'footer'],
      [16, 'footer'],
    ]);
    expect(file.skipped?.find((s) => s.reason === 'total')?.text).toBe('Grand Totals (3 records)');
  });

  it('reads "City, XX" as a region of the company country, ownership as LinkedIn types', () => {
    const [lumen, halvard, parvati] = file.companies.map((c) => c.facts);
    expect(lumen?.headquarters?.value).toMatchObject({ region: 'US-CO', country: 'US' });
    expect(halvard?.headquarters?.value).toMatchObject({ city: 'Munich', country: 'DE' });
    expect(parvati?.headquarters?.value).toMatchObject({ city: 'Pune', country: 'IN' });
    expect(lumen?.companyType?.value).toBe('Privately Held');
    expect(parvati?.companyType?.value).toBe('Public Company');
    expect(lumen?.employees?.value).toEqual({ min: 1200, max: 1200 });
  });
});

describe('Excel CSV (semicolon) from a European locale: sep= line, Windows-1252, mangled values', () => {
  const file = readAccountFile(bytes('excel-semicolon-1252.csv'));
  const byName = Object.fromEntries(file.companies.map((c) => [c.facts.name?.value, c]));

  it('decodes Windows-1252 without replacement characters and honours sep=;', () => {
    expect(file.encoding).toBe('windows-1252');
    expect(names(file)).toEqual([
      'Brückner Maschinenbau GmbH',
      'Café Olé SARL',
      'Øresund Data ApS',
      'Zürcher Präzision AG',
      'Sørlandet Fisk AS',
    ]);
    expect(JSON.stringify(file)).not.toContain('\uFFFD');
    expect(file.companies[0]?.row).toBe(2); // Excel hides the sep= line: the header is row 1
  });

  it('recovers size bands Excel turned into dates, flags the one it cannot tell', () => {
    expect(byName['Brückner Maschinenbau GmbH']?.facts.employees?.value).toEqual({
      min: 1,
      max: 10,
    });
    expect(byName['Café Olé SARL']?.facts.employees?.value).toEqual({ min: 11, max: 50 });
    expect(byName['Øresund Data ApS']?.facts.employees?.value).toEqual({ min: 2, max: 10 });
    const zurich = byName['Zürcher Präzision AG'];
    expect(zurich?.facts.employees).toBeUndefined(); // "10-Mar" is 3-10 or 10-3: no known band
    expect(file.errors).toContainEqual({
      row: zurich?.row,
      message: expect.stringMatching(/Company Size: "10-Mar" is a date Excel made of a size band/),
      problem: { code: 'size-made-date', column: 'Company Size', cell: '10-Mar' },
    });
    expect(byName['Sørlandet Fisk AS']?.facts.employees?.value).toEqual({ min: 51, max: 200 });
  });

  it('reads revenue as written in any locale and scientific notation', () => {
    expect(byName['Brückner Maschinenbau GmbH']?.facts.revenue?.value).toEqual({
      min: 2_500_000,
      max: 2_500_000,
    });
    expect(byName['Café Olé SARL']?.facts.revenue?.value).toEqual({
      min: 15_000_000,
      max: 15_000_000,
    });
    expect(byName['Øresund Data ApS']?.facts.revenue?.value).toEqual({ min: 1e6, max: 1e7 });
    expect(byName['Zürcher Präzision AG']?.facts.revenue?.value).toEqual({ min: 10_000 });
    expect(byName['Sørlandet Fisk AS']?.facts.revenue?.value).toEqual({ min: 1.2e6, max: 1.2e6 });
  });

  it('reads country names as people write them', () => {
    expect(file.companies.map((c) => c.facts.headquarters?.value.country)).toEqual([
      'DE',
      'FR',
      'DK',
      'CH',
      'NO',
    ]);
  });
});

describe("Excel's Unicode text (UTF-16 LE with BOM, tabs)", () => {
  it('reads Vietnamese, Chinese and Persian names and values', () => {
    const file = readAccountFile(bytes('excel-unicode-text.txt'));
    expect(file.encoding).toBe('utf-16le');
    expect(file.errors).toEqual([]);
    expect(names(file)).toEqual([
      'Sông Hồng Software JSC',
      '深蓝数据科技有限公司',
      'شرکت داده‌پردازان آریا',
    ]);
    expect(file.companies.map((c) => c.facts.industry?.value)).toEqual([
      'Software Development',
      'Software Development',
      'Software Development',
    ]);
    expect(file.companies.map((c) => c.facts.headquarters?.value.country)).toEqual([
      'VN',
      'CN',
      'IR',
    ]);
  });
});

describe('delimiters and structure', () => {
  it('pipe-delimited with a quoted line break holding a pipe', () => {
    const file = readAccountFile(bytes('pipe-delimited.csv'));
    expect(names(file)).toEqual(['Glimmer Forge', 'Tarnwood Ltd']);
    expect(file.companies[0]?.facts.description?.value).toBe('Line one\nline two | with a pipe');
  });

  it('an unterminated quote is an error naming its line, never a garbage company', () => {
    const text =
      'Company,Website\r\nAlpha,alpha.example\r\n"Beta,\r\n"Gamma",gamma.example\r\nDelta,delta.example\r\n';
    // The quote opened on line 3 swallows line 4 ("Gamma" closes, reopens…) — Papa reports it.
    const file = readCompaniesCsv(
      'Company,Website\nAlpha,alpha.example\n"Beta Corp,beta.example\nDelta,delta.example\n',
    );
    expect(names(file)).toEqual(['Alpha']);
    expect(file.errors).toEqual([
      {
        row: 3,
        message: expect.stringMatching(/quote opened on line 3 is never closed.*2 lines/),
        problem: { code: 'unclosed-quote', line: 3, rest: 2 },
      },
    ]);
    expect(readCompaniesCsv(text).companies.length).toBeGreaterThan(0);
  });

  it('sep= line with a quoted line break: lines counted from the top of the file', () => {
    const file = readCompaniesCsv('sep=,\nCompany,Description\n"A","x\ny"\n"B,oops\n');
    expect(names(file)).toEqual(['A']);
    expect(file.errors[0]?.message).toMatch(/line 5/);
  });

  it('a 50 MB cell is left out with a message; the row still reads', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const file = readCompaniesCsv(`Company,Description,Industry\nAcme,"${huge}",Retail\n`);
    expect(names(file)).toEqual(['Acme']);
    expect(file.companies[0]?.facts.description).toBeUndefined();
    expect(file.errors).toEqual([
      {
        row: 2,
        message: expect.stringMatching(/cell 2 holds 50\.0 MB of text/),
        problem: { code: 'cell-too-long', cell: 2, mb: 50 },
      },
    ]);
  });

  it('a row that only names the company is flagged as nothing known', () => {
    const file = readCompaniesCsv(
      'Company,Website,Industry\nMystery Co,mystery.example,\nKnown Co,,Retail\n',
    );
    expect(file.companies.map((c) => c.nothingKnown)).toEqual([true, undefined]);
    expect(scoreCompany(sampleIcp, file.companies[0]!.facts).confidence).toBe(0);
  });
});

describe('values Excel mangled', () => {
  it.each([
    ['10-Jan', { min: 1, max: 10 }],
    ['01-Oct', { min: 1, max: 10 }], // "1-10" typed in a day-month locale
    ['10-Feb', { min: 2, max: 10 }],
    ['Nov-50', { min: 11, max: 50 }],
    ['Nov-20', { min: 11, max: 20 }],
    ['9-May', { min: 5, max: 9 }],
    ['19-Oct', { min: 10, max: 19 }],
    ['1/10/2026', { min: 1, max: 10 }],
    ['2026-01-10', { min: 1, max: 10 }],
    ['10-Jan.', { min: 1, max: 10 }],
    ['10-janv.', { min: 1, max: 10 }],
  ])('%s → the band it was', (cell, range) => {
    expect(excelDateBand(cell)).toEqual({ range });
    expect(parseEmployeeCell(cell)).toEqual(range);
  });

  it.each(['10-Mar', '15-Aug', 'Jan-1999', '3/7/2026', '2026-03-15'])(
    '%s → unreadable, never a day number',
    (cell) => {
      expect(parseEmployeeCell(cell)).toBe('unreadable');
    },
  );

  it.each([
    ['1.200', { min: 1200, max: 1200 }],
    ['1 200', { min: 1200, max: 1200 }],
    ['1,200', { min: 1200, max: 1200 }],
    ['1.2E+03', { min: 1200, max: 1200 }],
    ['51-200', { min: 51, max: 200 }],
  ])('employees %s', (cell, range) => {
    expect(parseEmployeeCell(cell)).toEqual(range);
  });

  it.each([
    ['$1M-$10M', { min: 1e6, max: 1e7 }],
    ['1.5B', { min: 1.5e9, max: 1.5e9 }],
    ['€2,5 Mio', { min: 2.5e6, max: 2.5e6 }],
    ['10K+', { min: 10_000 }],
    ['1.5E+07', { min: 1.5e7, max: 1.5e7 }],
    ['3,8E+7', { min: 3.8e7, max: 3.8e7 }],
  ])('revenue %s', (cell, range) => {
    expect(parseMoneyRange(cell)).toEqual(range);
  });
});
