import { describe, expect, it } from 'vitest';
import {
  companyType,
  fundingDate,
  linkedinSlug,
  parseList,
  parseMoneyRange,
  parseYear,
} from '@/lib/csv/cells';
import { columnKey, recognizeColumn } from '@/lib/csv/columns';

describe('money', () => {
  it.each([
    ['$12,500,000', { min: 12_500_000, max: 12_500_000 }],
    ['12.5M', { min: 12_500_000, max: 12_500_000 }],
    ['$10M - $50M', { min: 10_000_000, max: 50_000_000 }],
    ['$10 mil. - $25 mil.', { min: 10_000_000, max: 25_000_000 }],
    ['€5-10M', { min: 5_000_000, max: 10_000_000 }],
    ['$1 bil. +', { min: 1_000_000_000 }],
    ['Under $1M', { min: 0, max: 1_000_000 }],
    ['12500000.00', { min: 12_500_000, max: 12_500_000 }],
    ['n/a', undefined],
    ['', undefined],
  ])('%j', (cell, range) => {
    expect(parseMoneyRange(cell)).toEqual(range);
  });

  it('applies a column multiplier', () => {
    expect(parseMoneyRange('48000', 1000)).toEqual({ min: 48_000_000, max: 48_000_000 });
  });
});

describe('other cells', () => {
  it('years', () => {
    expect(parseYear('2012')).toBe(2012);
    expect(parseYear('2012.0')).toBe(2012);
    expect(parseYear('Founded 1998')).toBe(1998);
    expect(parseYear('12345')).toBeUndefined();
    expect(parseYear('')).toBeUndefined();
  });

  it('lists', () => {
    expect(parseList('AWS, Okta; Slack | aws\nZoom', 10, 50)).toEqual([
      'AWS',
      'Okta',
      'Slack',
      'Zoom',
    ]);
    expect(parseList('a,b,c', 2, 50)).toEqual(['a', 'b']);
  });

  it('LinkedIn slugs', () => {
    expect(linkedinSlug('http://www.linkedin.com/company/Acme-Inc/about/')).toBe('acme-inc');
    expect(linkedinSlug('https://www.linkedin.com/in/someone')).toBeUndefined();
  });

  it('company types', () => {
    expect(companyType('Private')).toBe('Privately Held');
    expect(companyType('public')).toBe('Public Company');
    expect(companyType('Non-profit')).toBe('Nonprofit');
    expect(companyType('Customer - Direct')).toBeUndefined();
    expect(companyType('Prospect')).toBeUndefined();
    expect(companyType('Partnership')).toBe('Partnership');
  });

  it('funding dates', () => {
    expect(fundingDate('2024-03-12')).toBe('2024-03-12');
    expect(fundingDate('March 5, 2021')).toMatch(/^2021-03-0[45]$/);
    expect(fundingDate('soon')).toBeUndefined();
  });
});

describe('column names', () => {
  it.each([
    ['Company', 'name'],
    ['Company Name', 'name'],
    ['company name', 'name'],
    ['Account Name', 'name'],
    ['# Employees', 'employees'],
    ['Number of Employees', 'employees'],
    ['Employee Count', 'employees'],
    ['Company Size', 'employees'],
    ['Country/Region', 'country'],
    ['Billing Country', 'country'],
    ['Billing State/Province', 'state'],
    ['Company Domain Name', 'domain'],
    ['LinkedIn Company Page', 'linkedin'],
    ['Year Founded', 'founded'],
    ['Last Funding Type', 'fundingStage'],
    ['Account Website', 'website'],
    ['Organization Industry', 'industry'],
  ])('%s → %s', (header, field) => {
    expect(recognizeColumn(header)?.field).toBe(field);
  });

  it("prefers the company's column over the person's", () => {
    expect(recognizeColumn('Company Country')!.priority).toBeLessThan(
      recognizeColumn('Country')!.priority,
    );
    expect(recognizeColumn('Person Linkedin Url')).toBeUndefined();
    expect(recognizeColumn('Email')).toBeUndefined();
    expect(columnKey(' # Employees ')).toBe('employees');
  });
});
