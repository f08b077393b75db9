import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccountFile } from '@/lib/csv';

const read = (name: string) =>
  readAccountFile(new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/csv', name))));

describe('people exports: one company per company, the place is the company’s', () => {
  it('Apollo people export', () => {
    const file = read('apollo-people.csv');
    expect(file.errors).toEqual([]);
    expect(file.people).toEqual({ rows: 5, companies: 3 });
    const [quillmark, halvard, parvati] = file.companies;
    expect(file.companies.map((c) => [c.facts.name?.value, c.contacts])).toEqual([
      ['Quillmark Systems', 2],
      ['Halvard Analytics GmbH', 1],
      ['Parvati Logistics', 2],
    ]);
    // The people are in London and Dubai; the company is in San Francisco.
    expect(quillmark?.facts.headquarters?.value).toMatchObject({
      city: 'San Francisco',
      region: 'US-CA',
      country: 'US',
    });
    expect(quillmark?.facts.headquarters?.evidence).not.toMatch(/London|Dubai/);
    expect(quillmark?.facts.linkedinSlug?.value).toBe('quillmark-systems');
    // "Munich, BY" is Bavaria in Germany, not Belarus.
    expect(halvard?.facts.headquarters?.value).toMatchObject({ city: 'Munich', country: 'DE' });
    // No company place columns filled: unknown, never the people's Mumbai or Pune.
    expect(parvati?.facts.headquarters).toBeUndefined();
    expect(file.ignoredColumns).toEqual(
      expect.arrayContaining(["City (the person's)", "Country (the person's)"]),
    );
  });

  it('ZoomInfo contacts export', () => {
    const file = read('zoominfo-contacts.csv');
    expect(file.companies).toHaveLength(1);
    const [songhong] = file.companies;
    expect(songhong?.contacts).toBe(2);
    expect(songhong?.facts.name?.value).toBe('Sông Hồng Software JSC');
    expect(songhong?.facts.headquarters?.value).toMatchObject({ country: 'VN' });
    expect(songhong?.facts.employees?.value).toEqual({ min: 320, max: 320 });
    expect(songhong?.facts.companyType?.value).toBe('Privately Held');
  });

  it('Sales Navigator leads: joined by the company page, Location is the lead’s', () => {
    const file = read('sales-navigator-leads.csv');
    expect(file.companies.map((c) => [c.facts.linkedinSlug?.value, c.contacts])).toEqual([
      ['nordvik-freight', 2],
      ['shenlan-data', 1],
    ]);
    for (const c of file.companies) expect(c.facts.headquarters).toBeUndefined();
    expect(file.companies.every((c) => c.nothingKnown)).toBe(true);
  });
});

describe('a people export with no company column', () => {
  const bytes = (csv: string) => new TextEncoder().encode(csv);
  it.each([
    [
      'HubSpot contacts',
      'Record ID,First Name,Last Name,Email,Phone Number,Job Title,Contact owner,Lifecycle Stage\r\n' +
        '51234001,Mai,Tran,mai.tran@lotusfreight.example,+84 28 5555 0101,Head of IT,Ana Ruiz,Lead\r\n',
      ['First Name', 'Last Name', 'Email', 'Job Title'],
    ],
    [
      'Apollo people without the company columns',
      'First Name,Last Name,Title,Email,Person Linkedin Url,City,Country\r\n' +
        'Jonas,Keller,CTO,jonas@keel.example,https://www.linkedin.com/in/jonas-keller-x1/,Zurich,Switzerland\r\n',
      ['First Name', 'Last Name', 'Title', 'Email', 'Person Linkedin Url'],
    ],
  ])('%s: says it is a people export, not "no column this reader knows"', (_, csv, found) => {
    const file = readAccountFile(bytes(csv));
    expect(file.companies).toEqual([]);
    expect(file.errors).toEqual([
      {
        row: 0,
        message: expect.stringMatching(/^This is a people export .* no company column/),
        problem: { code: 'people-without-company', found },
      },
    ]);
  });
});
