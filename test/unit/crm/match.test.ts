import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crmKeys, matchCrm, normaliseCompanyName } from '@/lib/crm/match';
import { readCrmSnapshot } from '@/lib/crm/snapshot';
import type { CrmRecord } from '@/lib/db/schema';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/csv');
const read = (file: string) => readFileSync(resolve(FIXTURES, file), 'utf8');

const row = (
  id: number,
  name: string,
  extra: { domain?: string; linkedinSlug?: string } = {},
): CrmRecord => ({
  id,
  name,
  keys: crmKeys({ name, ...extra }),
  crm: 'csv',
});

describe('normaliseCompanyName', () => {
  it('drops case, accents, punctuation and legal forms', () => {
    expect(normaliseCompanyName('Acme, Inc.')).toBe('acme');
    expect(normaliseCompanyName('ACME')).toBe('acme');
    expect(normaliseCompanyName('Vantablock Security GmbH')).toBe('vantablock security');
    expect(normaliseCompanyName('The Société Générale S.A.')).toBe('societe generale');
    expect(normaliseCompanyName('Inc.')).toBe('');
  });
});

describe('matchCrm', () => {
  const records = [
    row(1, 'Acme Corp', { domain: 'acme.example' }),
    row(2, 'Globex', { linkedinSlug: 'globex' }),
    row(3, 'Initech LLC'),
    row(4, 'Umbrella', { domain: 'umbrella-a.example' }),
  ];
  it('matches by domain, surely, even under another name', () => {
    expect(matchCrm({ name: 'ACME Secure', domain: 'acme.example' }, records)).toEqual({
      record: records[0],
      certainty: 'sure',
    });
  });
  it('matches by LinkedIn page, surely', () => {
    expect(
      matchCrm({ name: 'Globex Corporation', linkedinSlug: 'Globex' }, records)?.record.id,
    ).toBe(2);
  });
  it('matches by normalised name only as less certain', () => {
    expect(matchCrm({ name: 'Initech, Inc.' }, records)).toEqual({
      record: records[2],
      certainty: 'name-only',
    });
  });
  it('does not match a same-name company on another domain', () => {
    expect(matchCrm({ name: 'Umbrella', domain: 'umbrella-b.example' }, records)).toBeUndefined();
  });
  it('finds nothing for an unknown company', () => {
    expect(matchCrm({ name: 'Hooli', domain: 'hooli.example' }, records)).toBeUndefined();
  });
});

describe('readCrmSnapshot', () => {
  it('reads a HubSpot companies export: record id, owner, lifecycle stage, last activity', () => {
    const file = readCrmSnapshot(read('hubspot-companies.csv'));
    expect(file.crm).toBe('hubspot');
    expect(file.errors).toEqual([]);
    const vanta = file.records.find((r) => r.name === 'Vantablock Security GmbH');
    expect(vanta).toMatchObject({
      recordId: '18822719471',
      owner: 'Sam Okafor',
      stage: 'Opportunity',
      lastActivity: '2024-06-10 16:02',
    });
    expect(vanta?.keys).toEqual([
      'domain:vantablock.example',
      'li:vantablock',
      'name:vantablock security',
    ]);
  });
  it('reads a Salesforce accounts export: owner, website as domain', () => {
    const file = readCrmSnapshot(read('salesforce-accounts.csv'));
    expect(file.crm).toBe('salesforce');
    const pine = file.records.find((r) => r.name === 'Pinecrest Cloud Inc.');
    expect(pine).toMatchObject({ owner: 'Lee Tran', stage: 'Prospect' });
    expect(pine?.keys).toContain('domain:pinecrestcloud.example');
  });
  it('reads any CSV with a domain column, and lists rows without a company', () => {
    const file = readCrmSnapshot('\uFEFFDomain,Owner\r\nhooli.example,Gavin\r\n,Nobody\r\n');
    expect(file.crm).toBe('csv');
    expect(file.records).toEqual([
      { name: 'hooli.example', keys: ['domain:hooli.example'], crm: 'csv', owner: 'Gavin' },
    ]);
    expect(file.errors).toEqual([
      {
        row: 3,
        message: 'No company name or domain on this row.',
        problem: { code: 'crm-no-identity' },
      },
    ]);
  });
  it('rejects a file without a name or domain column', () => {
    const file = readCrmSnapshot('First Name,Email\nAda,ada@example.com\n');
    expect(file.records).toEqual([]);
    expect(file.errors[0]?.row).toBe(0);
  });
});

describe('readCrmSnapshot through the account-file reader', () => {
  it('reads a HubSpot export saved by Excel as "Unicode text" (UTF-16, tabs) from its bytes', () => {
    const csv =
      'Record ID\tCompany name\tCompany Domain Name\tCompany owner\r\n' +
      '7001\tØresund Analytik\toresund-analytik.example\tMaja Holm\r\n';
    const bytes = new Uint8Array(2 + csv.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++) bytes[2 + 2 * i] = csv.charCodeAt(i);
    const file = readCrmSnapshot(bytes);
    expect(file.crm).toBe('hubspot');
    expect(file.records).toEqual([
      {
        name: 'Øresund Analytik',
        keys: ['domain:oresund-analytik.example', 'name:øresund analytik'],
        crm: 'hubspot',
        owner: 'Maja Holm',
        recordId: '7001',
      },
    ]);
  });
  it('skips a report title and Excel’s sep= line, numbering rows as the spreadsheet does', () => {
    const file = readCrmSnapshot(
      'sep=;\nAccounts by owner\n\nAccount Name;Website;Account Owner\nBluefin Freight;bluefin.example;Ana Ruiz\n;;Nobody\n',
    );
    expect(file.crm).toBe('salesforce');
    expect(file.records.map((r) => [r.name, r.owner])).toEqual([['Bluefin Freight', 'Ana Ruiz']]);
    expect(file.errors).toEqual([
      {
        row: 5,
        message: 'No company name or domain on this row.',
        problem: { code: 'crm-no-identity' },
      },
    ]);
  });
  it('still reads a CRM file whose columns only the snapshot knows', () => {
    const file = readCrmSnapshot('Organisation,Owner\nKestrel Labs,Ida\n');
    expect(file.records.map((r) => [r.name, r.owner])).toEqual([['Kestrel Labs', 'Ida']]);
  });
});
