import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type ExportCompany, exportCompanies, exportFileName } from '@/lib/lists/export';

const acme: ExportCompany = {
  name: 'Acme Secure, Inc.',
  domain: 'acmesecure.example',
  linkedinSlug: 'acme-secure',
  industry: 'Computer and Network Security',
  employees: 201,
  city: 'Austin',
  country: 'US',
  icpName: 'Mid-market security',
  tier: 'Best fit',
  score: 86,
  confidence: 0.9,
  reasons: ['Company size: 201–500', 'Industry: security', 'Location: US', 'Fourth reason'],
  opening: 'Saw you are hiring 3 SDRs',
  talkingPoints: ['one', 'two', 'three', 'four'],
  crmIds: { hubspot: '18822719471', salesforce: '0015g00000XyZabAAB' },
};
const hostile: ExportCompany = {
  name: '=HYPERLINK("http://evil.example","click")',
  domain: 'evil.example',
  industry: '+cmd|calc',
  city: '-2+3',
  country: '@SUM(A1)',
};

/** The file read back as a spreadsheet would: BOM checked and removed, header row objects. */
function readBack(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe('exportCompanies', () => {
  it('writes the HubSpot companies import columns with the Record ID kept', () => {
    const { fields, rows } = readBack(exportCompanies([acme], 'hubspot'));
    expect(fields.slice(0, 8)).toEqual([
      'Record ID',
      'Company name',
      'Company Domain Name',
      'Industry',
      'Number of Employees',
      'City',
      'Country/Region',
      'LinkedIn Company Page',
    ]);
    expect(rows[0]).toMatchObject({
      'Record ID': '18822719471',
      'Company name': 'Acme Secure, Inc.',
      'Company Domain Name': 'acmesecure.example',
      'Number of Employees': '201',
      'LinkedIn Company Page': 'https://www.linkedin.com/company/acme-secure/',
      'ICP Name': 'Mid-market security',
      'ICP Tier': 'Best fit',
      'ICP Score': '86',
      'ICP Confidence': '90',
      'ICP Reason 1': 'Company size: 201–500',
      'ICP Reason 3': 'Location: US',
    });
    expect(fields).not.toContain('ICP Reason 4');
    expect(fields).not.toContain('Opening Line');
  });

  it('writes the Salesforce accounts import columns with the Account ID kept', () => {
    const { fields, rows } = readBack(exportCompanies([acme], 'salesforce'));
    expect(fields.slice(0, 7)).toEqual([
      'Account ID',
      'Account Name',
      'Website',
      'Industry',
      'Employees',
      'Billing City',
      'Billing Country',
    ]);
    expect(rows[0]).toMatchObject({
      'Account ID': '0015g00000XyZabAAB',
      'Account Name': 'Acme Secure, Inc.',
      Website: 'https://acmesecure.example',
      'Billing City': 'Austin',
      'Billing Country': 'US',
    });
  });

  it('leaves the record id column out when no company came from that CRM', () => {
    const { fields } = readBack(exportCompanies([{ ...acme, crmIds: undefined }], 'hubspot'));
    expect(fields).not.toContain('Record ID');
    expect(readBack(exportCompanies([hostile], 'salesforce')).fields).not.toContain('Account ID');
  });

  it('keeps ids per company: rows from the CRM update, the others create', () => {
    const { rows } = readBack(exportCompanies([acme, { name: 'New Co' }], 'hubspot'));
    expect(rows.map((r) => r['Record ID'])).toEqual(['18822719471', '']);
  });

  it('adds the opening line and top three talking points for sequences', () => {
    const { fields, rows } = readBack(exportCompanies([acme], 'csv', { outreach: true }));
    expect(fields.slice(-4)).toEqual([
      'Opening Line',
      'Talking Point 1',
      'Talking Point 2',
      'Talking Point 3',
    ]);
    expect(rows[0]?.['Talking Point 3']).toBe('three');
    expect(rows[0]?.['Opening Line']).toBe('Saw you are hiring 3 SDRs');
  });

  it('neutralises cells that a spreadsheet would run as formulas, in every format', () => {
    for (const format of ['csv', 'hubspot', 'salesforce'] as const) {
      const csv = exportCompanies([hostile], format);
      const { rows } = readBack(csv);
      const cells = Object.values(rows[0] ?? {});
      expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
      expect(cells).toContain(`'+cmd|calc`);
      expect(cells).toContain(`'-2+3`);
      expect(cells).toContain(`'@SUM(A1)`);
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });

  it('writes the header alone for no companies, and a safe file name', () => {
    const { fields, rows } = readBack(exportCompanies([], 'salesforce'));
    expect(rows).toEqual([]);
    expect(fields[0]).toBe('Account Name');
    expect(exportFileName('Q3 / EMEA: security', 'hubspot', new Date('2026-11-30T10:00:00Z'))).toBe(
      'Q3-EMEA-security-hubspot-2026-11-30.csv',
    );
  });
});
