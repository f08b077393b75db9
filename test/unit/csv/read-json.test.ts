import { describe, expect, it } from 'vitest';
import { readCompaniesJson } from '@/lib/csv/read-json';

describe('readCompaniesJson', () => {
  it('reads flat records with CSV column names', () => {
    const file = readCompaniesJson(
      JSON.stringify([
        {
          Company: 'Acme',
          '# Employees': '51-200',
          Technologies: ['AWS', 'Okta'],
          Founded: 2012,
          Owner: 'me',
        },
        { Company: 'Beta', Website: 'beta.example' },
      ]),
    );
    expect(file.companies.map((c) => c.row)).toEqual([1, 2]);
    expect(file.companies[0]?.facts).toMatchObject({
      name: { value: 'Acme', source: 'csv', evidence: 'Company: Acme' },
      employees: { value: { min: 51, max: 200 } },
      technologies: { value: ['AWS', 'Okta'] },
      founded: { value: 2012 },
    });
    expect(file.companies[1]?.facts.domain?.value).toBe('beta.example');
    expect(file.ignoredColumns).toEqual(['Owner']);
  });

  it('reads CompanyFacts, bare or under "facts", and validates them', () => {
    const facts = { name: { value: 'Acme', source: 'json-ld', evidence: 'Acme' } };
    const file = readCompaniesJson(
      JSON.stringify({
        companies: [
          facts,
          { facts, url: 'x' },
          { name: { value: 42, source: 'csv', evidence: '' } },
        ],
      }),
    );
    expect(file.companies.map((c) => c.row)).toEqual([1, 2]);
    expect(file.companies[0]?.facts).toEqual(facts);
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]).toMatchObject({ row: 3 });
    expect(file.errors[0]?.message).toMatch(/^name\.value: /);
  });

  it('never throws on bad JSON', () => {
    expect(readCompaniesJson('[{').errors[0]?.message).toMatch(/^Not valid JSON/);
    expect(readCompaniesJson('42').errors[0]?.message).toMatch(/array/);
    expect(readCompaniesJson('[]').errors[0]?.message).toMatch(/empty/);
    expect(readCompaniesJson('[1, null]').errors.map((e) => e.row)).toEqual([1, 2]);
    expect(readCompaniesJson('').errors[0]?.message).toMatch(/empty/);
  });
});
