import { describe, expect, it } from 'vitest';
import { factWriter } from '@/lib/extract/fact-writer';
import { put as linkedInPut } from '@/lib/extract/linkedin-company/interpret-facts';
import { put as websitePut } from '@/lib/extract/website/shared';
import type { CompanyFacts } from '@/lib/facts';

const long = (n: number) => 'Industrial Automation '.repeat(Math.ceil(n / 22)).slice(0, n);

describe.each([
  ['LinkedIn interpreter', linkedInPut],
  ['website readers', websitePut],
])('the %s write facts in trust order', (_, put) => {
  it('keeps the first source of a fact and its evidence', () => {
    const facts: CompanyFacts = {};
    put(facts, 'name', 'Northwind Robotics', 'json-ld');
    put(facts, 'name', 'Northwind Robotics GmbH', 'meta');
    expect(facts.name).toEqual({
      value: 'Northwind Robotics',
      source: 'json-ld',
      evidence: 'Northwind Robotics',
    });
  });

  it('takes the evidence text when given, cleaned', () => {
    const facts: CompanyFacts = {};
    put(facts, 'founded', 2011, 'json-ld', '  "foundingDate":\n "2011"  ');
    expect(facts.founded).toEqual({
      value: 2011,
      source: 'json-ld',
      evidence: '"foundingDate": "2011"',
    });
  });

  it('writes nothing for an empty value, or a number without proof', () => {
    const facts: CompanyFacts = {};
    put(facts, 'tagline', '   ', 'meta');
    put(facts, 'tagline', undefined, 'meta');
    put(facts, 'founded', 2011, 'json-ld');
    expect(facts).toEqual({});
  });

  it('holds a description to 20,000 characters and a name to 500', () => {
    const facts: CompanyFacts = {};
    put(facts, 'description', long(25_000), 'meta');
    put(facts, 'name', long(900), 'meta');
    expect(facts.description?.value).toHaveLength(20_000);
    expect(facts.name?.value).toHaveLength(500);
  });
});

describe('where the two writers differ', () => {
  it('LinkedIn holds an industry to 300 characters and a company type to 200; websites to 2,000', () => {
    const linkedIn: CompanyFacts = {};
    const website: CompanyFacts = {};
    for (const [facts, put] of [
      [linkedIn, linkedInPut],
      [website, websitePut],
    ] as const) {
      put(facts, 'industry', long(2500), 'linkedin-about');
      put(facts, 'companyType', long(2500), 'linkedin-about');
    }
    expect(linkedIn.industry?.value).toHaveLength(300);
    expect(linkedIn.companyType?.value).toHaveLength(200);
    expect(website.industry?.value).toHaveLength(2000);
    expect(website.companyType?.value).toHaveLength(2000);
  });

  it('LinkedIn takes any non-empty proof; websites want something visible in it', () => {
    const linkedIn: CompanyFacts = {};
    const website: CompanyFacts = {};
    linkedInPut(linkedIn, 'founded', 2011, 'linkedin-about', '   \u200b ');
    websitePut(website, 'founded', 2011, 'json-ld', '   \u200b ');
    expect(linkedIn.founded).toEqual({ value: 2011, source: 'linkedin-about', evidence: '' });
    expect(website.founded).toBeUndefined();
    websitePut(website, 'founded', 2011, 'json-ld', `${' '.repeat(25)}Founded 2011`);
    expect(website.founded).toBeUndefined();
    websitePut(website, 'founded', 2011, 'json-ld', 'Founded 2011');
    expect(website.founded?.evidence).toBe('Founded 2011');
  });

  it('neither writes an empty proof', () => {
    for (const proof of ['any', 'visible'] as const) {
      const facts: CompanyFacts = {};
      factWriter({ maxLength: {}, proof })(facts, 'founded', 2011, 'json-ld', '');
      expect(facts).toEqual({});
    }
  });
});
