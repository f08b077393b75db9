import { describe, expect, it } from 'vitest';
import { companyIdFor } from '@/lib/company/identity';
import { mergeObservations } from '@/lib/company/merge';

describe('mergeObservations', () => {
  it('prefers the most trusted source, whatever the order seen', () => {
    const about = {
      facts: {
        employees: {
          value: { min: 1001, max: 5000 },
          source: 'linkedin-about',
          evidence: '1,001-5,000',
        },
      },
      at: 1,
    } as const;
    const header = {
      facts: {
        employees: {
          value: { min: 501, max: 1000 },
          source: 'linkedin-top-card',
          evidence: '501-1K',
        },
      },
      at: 2,
    } as const;
    expect(mergeObservations([about, header]).employees?.value).toEqual({ min: 1001, max: 5000 });
    expect(mergeObservations([header, about]).employees?.value).toEqual({ min: 1001, max: 5000 });
  });

  it("an account file's exact headcount inside the page's band refines it; one outside does not", () => {
    const page = {
      facts: {
        employees: {
          value: { min: 1001, max: 5000 },
          source: 'linkedin-about',
          evidence: '1,001-5,000',
        },
      },
      at: 2,
      extractor: 'linkedin-company',
    } as const;
    const file = (min: number, max: number) =>
      ({
        facts: {
          employees: { value: { min, max }, source: 'csv', evidence: `# Employees: ${min}` },
        },
        at: 1,
        extractor: 'account-file',
      }) as const;
    const site = {
      facts: {
        employees: { value: { min: 1200, max: 1200 }, source: 'site-text', evidence: '1,200' },
      },
      at: 3,
      extractor: 'website',
    } as const;
    expect(mergeObservations([file(1850, 1850), page]).employees?.value).toEqual({
      min: 1850,
      max: 1850,
    });
    expect(mergeObservations([page, file(1850, 1850)]).employees?.source).toBe('csv');
    // Outside the band: the page's band stays (and the file's value is a disagreement).
    expect(mergeObservations([file(350, 350), page]).employees?.value).toEqual({
      min: 1001,
      max: 5000,
    });
    // A website's count never overrides LinkedIn's band, even inside it.
    expect(mergeObservations([site, page]).employees?.value).toEqual({ min: 1001, max: 5000 });
  });

  it('between equally trusted sources keeps the newest, and keeps fields only one has', () => {
    const merged = mergeObservations([
      { facts: { name: { value: 'Old', source: 'meta', evidence: 'Old' } }, at: 1 },
      {
        facts: {
          name: { value: 'New', source: 'meta', evidence: 'New' },
          founded: { value: 2001, source: 'meta', evidence: '2001' },
        },
        at: 2,
      },
    ]);
    expect(merged.name?.value).toBe('New');
    expect(merged.founded?.value).toBe(2001);
  });
});

describe('companyIdFor', () => {
  it('keys by LinkedIn slug, case- and encoding-insensitively', () => {
    const a = companyIdFor(
      { linkedinSlug: { value: 'Acme-Inc', source: 'url', evidence: '' } },
      'x',
    );
    const b = companyIdFor(
      { linkedinSlug: { value: 'acme%2Dinc', source: 'url', evidence: '' } },
      'y',
    );
    expect(a).toBe('li:acme-inc');
    expect(b).toBe('li:acme-inc');
  });

  it('falls back to the domain, then the URL', () => {
    expect(
      companyIdFor({ domain: { value: 'Acme.co.uk', source: 'csv', evidence: '' } }, 'u'),
    ).toBe('domain:acme.co.uk');
    expect(companyIdFor({}, 'https://x.test/')).toBe('url:https://x.test/');
  });
});
