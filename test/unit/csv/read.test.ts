import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompanies } from '@/lib/csv';
import { detectDelimiter, readCompaniesCsv, streamCompaniesCsv } from '@/lib/csv/read';
import { companyFactsSchema } from '@/lib/facts-schema';

const fixture = (name: string) =>
  readFileSync(resolve(__dirname, '../../fixtures/csv', name), 'utf8');
const values = (facts: object) =>
  Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, (v as { value: unknown }).value]));

describe('readCompaniesCsv: real export shapes', () => {
  it('Apollo accounts export', () => {
    const file = readCompaniesCsv(fixture('apollo-accounts.csv'));
    expect(file.errors).toEqual([]);
    expect(file.companies.map((c) => c.row)).toEqual([2, 3, 4, 5, 6]);
    const northwind = file.companies[0]!.facts;
    expect(values(northwind)).toMatchObject({
      name: 'Northwind Shield',
      website: 'http://www.northwindshield.example/',
      domain: 'northwindshield.example',
      industry: 'Computer and Network Security',
      employees: { min: 320, max: 320 },
      revenue: { min: 38_000_000, max: 38_000_000 },
      headquarters: { city: 'Austin', region: 'US-TX', country: 'US' },
      technologies: ['Okta', 'Amazon Web Services', 'Slack', 'HubSpot'],
      specialties: ['cloud security', 'soc 2', 'threat detection', 'saas'],
      founded: 2016,
      linkedinSlug: 'northwind-shield',
      funding: { stage: 'Series B', amountUsd: 30_000_000, date: '2024-03-12' }, // the round's amount, not Total Funding's 42M
    });
    expect(northwind.description?.value).toMatch(/^Northwind Shield runs a 24\/7/); // Short Description beats SEO Description
    expect(northwind.employees).toMatchObject({ source: 'csv', evidence: '# Employees: 320' });
    expect(northwind.headquarters?.evidence).toMatch(
      /^Company Address: .*; Company City: Austin; Company State: Texas; Company Country: United States$/,
    );
    expect(file.usedColumns).toContainEqual({ column: '# Employees', field: 'employees' });
    expect(file.ignoredColumns).toEqual(
      expect.arrayContaining(['Account Owner', 'Apollo Account Id', 'SIC Codes']),
    );
    expect(values(file.companies[4]!.facts)).toEqual({
      name: 'Meridian Ledger',
      website: 'https://meridianledger.example/',
      domain: 'meridianledger.example',
      industry: 'Financial Services',
    });
  });

  it('HubSpot companies export (quoted, Country/Region, CRM "Type" ignored)', () => {
    const file = readCompaniesCsv(fixture('hubspot-companies.csv'));
    expect(file.companies).toHaveLength(4);
    const [harborview, vantablock] = file.companies.map((c) => values(c.facts));
    expect(harborview).toMatchObject({
      name: 'Harborview Health Systems',
      domain: 'harborviewhealth.example',
      website: 'https://harborviewhealth.example/',
      industry: 'Hospitals and Health Care',
      employees: { min: 4500, max: 4500 },
      headquarters: { city: 'Boston', region: 'US-MA', country: 'US' },
      founded: 1972,
      linkedinSlug: 'harborview-health',
    });
    expect(harborview).not.toHaveProperty('companyType'); // "Prospect" is a CRM stage
    expect(vantablock).toMatchObject({
      industry: 'Computer and Network Security',
      headquarters: { country: 'DE' },
    });
    expect(file.ignoredColumns).toContain('Record ID');
  });

  it('Salesforce accounts report (multi-line address, Ownership, "$75,000,000.00")', () => {
    const file = readCompaniesCsv(fixture('salesforce-accounts.csv'));
    expect(file.errors).toEqual([]);
    expect(file.companies.map((c) => c.row)).toEqual([2, 3, 4]);
    expect(values(file.companies[0]!.facts)).toMatchObject({
      name: 'Pinecrest Cloud Inc.',
      domain: 'pinecrestcloud.example',
      employees: { min: 900, max: 900 },
      revenue: { min: 75_000_000 },
      headquarters: { city: 'San Francisco', region: 'US-CA', country: 'US' },
      companyType: 'Privately Held',
    });
    expect(file.companies[1]!.facts.companyType?.value).toBe('Public Company');
    expect(file.companies[1]!.facts.employees?.value).toEqual({ min: 2400, max: 2400 });
  });

  it('Sales Navigator list (BOM, ";" delimiter, bands, specialties, CJK)', () => {
    const file = readCompaniesCsv(fixture('sales-navigator-accounts.csv'));
    expect(file.errors).toEqual([]);
    expect(file.usedColumns[0]).toEqual({ column: 'Company Name', field: 'name' });
    const [asterion, nordlys, sakura] = file.companies.map((c) => values(c.facts));
    expect(asterion).toMatchObject({
      name: 'Asterion Systèmes',
      employees: { min: 501, max: 1000 },
      headquarters: { city: 'Paris', country: 'FR' },
      description: 'Plateforme SaaS de détection des menaces; SOC managé pour les ETI',
      specialties: ['Cybersécurité', 'SOC', 'Cloud Security', 'Conformité'],
      companyType: 'Privately Held',
    });
    expect(nordlys).toMatchObject({
      employees: { min: 51, max: 200 },
      headquarters: { country: 'NO' },
    });
    expect(sakura).toMatchObject({
      employees: { min: 10_001 },
      specialties: ['ロボット', 'クラウドセキュリティ'],
    });
  });

  it('ZoomInfo export (tabs, money in thousands)', () => {
    const file = readCompaniesCsv(fixture('zoominfo-companies.tsv'));
    expect(values(file.companies[0]!.facts)).toMatchObject({
      revenue: { min: 48_000_000 },
      funding: { amountUsd: 65_000_000 },
      companyType: 'Privately Held',
      headquarters: { city: 'Seattle', region: 'US-WA', country: 'US' },
    });
  });

  it('every company it reads passes the facts schema', () => {
    for (const name of [
      'apollo-accounts.csv',
      'hubspot-companies.csv',
      'salesforce-accounts.csv',
      'sales-navigator-accounts.csv',
      'zoominfo-companies.tsv',
      'hostile.csv',
    ])
      for (const { facts } of readCompaniesCsv(fixture(name)).companies)
        expect(companyFactsSchema.safeParse(facts).success, name).toBe(true);
  });
});

describe('readCompaniesCsv: hostile and malformed files', () => {
  it('keeps formula-looking cells as plain text, handles duplicate headers, quoted newlines and empty rows', () => {
    const file = readCompaniesCsv(fixture('hostile.csv'));
    const [first, second, third] = file.companies;
    expect(first?.facts.name?.value).toBe("=cmd|' /C calc'!A0");
    expect(first?.facts.description?.value).toBe(
      '+SUM(1,2) and a\nmulti-line "quoted" description with cloud security',
    );
    expect(first?.facts.industry?.value).toBe('Computer and Network Security'); // the first "Industry"
    expect(second?.row).toBe(6); // rows 3 (blank cells), 4 (empty) and 5 (spaces) skipped
    expect(second?.facts.industry?.value).toBe('Software Development'); // the duplicate as fallback
    expect(second?.facts.website).toBeUndefined(); // javascript: is not a website
    expect(second?.facts.employees).toBeUndefined();
    expect(third?.facts.employees?.value).toEqual({ min: 1001, max: 5000 });
    expect(file.usedColumns).toContainEqual({ column: 'Industry (#2)', field: 'industry' });
    expect(file.ignoredColumns).toEqual(['Notes']);
    expect(file.errors).toEqual([
      {
        row: 7,
        message: '9 cells but 7 columns: extra cells ignored',
        problem: { code: 'extra-cells', cells: 9, columns: 7 },
      },
    ]);
  });

  it.each([
    ['binary.csv', /not look like a text file/],
    ['fake.xlsx.csv', /Excel \.xlsx workbook/],
    [
      'no-company-columns.csv',
      /^This is a people export \(found First Name, Last Name, Email\) with no company column/,
    ],
    [
      'unknown-columns.csv',
      /^No column this reader knows: found Ticket No\., Priority, Opened On, Assignee\./,
    ],
  ])('%s → one clear error', (name, message) => {
    const file = readCompaniesCsv(fixture(name));
    expect(file.companies).toEqual([]);
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]?.row).toBe(0);
    expect(file.errors[0]?.message).toMatch(message);
  });

  it('reports an unterminated quote with its row', () => {
    const file = readCompaniesCsv(fixture('unterminated-quote.csv'));
    expect(file.errors[0]).toMatchObject({ row: 2 });
    expect(file.errors[0]?.message).toMatch(/quote/i);
  });

  it.each([
    ['', /empty/],
    ['   \n\n  ', /empty/],
    ['\n\n,,,\n', /no header row/],
    ['Company\n', undefined],
  ])('never throws: %j', (text, message) => {
    const file = readCompaniesCsv(text);
    expect(file.companies).toEqual([]);
    if (message) expect(file.errors[0]?.message).toMatch(message);
  });

  it('does not throw on non-string input', () => {
    expect(readCompaniesCsv(undefined as unknown as string).errors[0]?.message).toMatch(/empty/);
  });
});

describe('delimiters', () => {
  it.each([
    ['Company,Website\n', ','],
    ['Company;Website;Industry\n', ';'],
    ['Company\tWebsite\n', '\t'],
    ['Company|Website\n', '|'],
    ['"Company, Inc";Website\n', ';'],
    ['Company\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('large files', () => {
  it('streams 100,000 rows without keeping them', { timeout: 60_000 }, () => {
    const rows = ['Company,Website,Industry,# Employees,Company Country'];
    for (let i = 0; i < 100_000; i++)
      rows.push(`Company ${i},https://c${i}.example,Software Development,51-200,Germany`);
    let count = 0;
    let last = 0;
    const started = performance.now();
    const summary = streamCompaniesCsv(rows.join('\n'), ({ row, facts }) => {
      count++;
      last = row;
      if (facts.headquarters?.value.country !== 'DE') throw new Error(`row ${row}`);
    });
    expect(count).toBe(100_000);
    expect(last).toBe(100_001);
    expect(summary.errors).toEqual([]);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe('readCompanies', () => {
  it('picks JSON or CSV by content', () => {
    expect(readCompanies('[{"Company": "Acme"}]').companies[0]?.facts.name?.value).toBe('Acme');
    expect(readCompanies('Company\nAcme\n').companies[0]?.facts.name?.value).toBe('Acme');
  });
});

describe('domains from the website column', () => {
  it('each shop on shared hosting is its own company, as on a page', () => {
    const file = readCompaniesCsv(
      'Company,Website\r\nNorthwind Outfitters,http://northwind-outfitters.myshopify.com\r\n' +
        'Globex Labs,https://globex-labs.github.io/docs\r\nStark Consulting,sites.google.com/view/stark-consulting\r\n' +
        'Initech,http://www.initech.co.uk\r\n',
    );
    expect(file.companies.map((c) => c.facts.domain?.value)).toEqual([
      'northwind-outfitters.myshopify.com',
      'globex-labs.github.io',
      'sites.google.com/view/stark-consulting',
      'initech.co.uk',
    ]);
  });
});
