import { describe, expect, it } from 'vitest';
import { linkedInSlug, linkedinCompany } from '@/lib/extract/linkedin-company';

describe('linkedinCompany.matches', () => {
  it.each([
    ['https://www.linkedin.com/company/acme', 'acme'],
    ['https://www.linkedin.com/company/acme/', 'acme'],
    ['https://www.linkedin.com/company/acme/about/', 'acme'],
    ['https://www.linkedin.com/company/acme/posts/?feedView=all', 'acme'],
    ['https://www.linkedin.com/company/acme/jobs/', 'acme'],
    ['https://www.linkedin.com/company/acme/people/?keywords=cto', 'acme'],
    ['https://www.linkedin.com/company/acme/life/', 'acme'],
    ['https://www.linkedin.com/company/acme?trk=public_profile', 'acme'],
    ['https://www.linkedin.com/company/acme/#about', 'acme'],
    ['https://de.linkedin.com/company/nordlicht-cloud/', 'nordlicht-cloud'],
    ['https://vn.linkedin.com/company/hoa-sen-bakery', 'hoa-sen-bakery'],
    ['https://zh-cn.linkedin.com/company/shenlan-data/', 'shenlan-data'],
    ['https://linkedin.com/company/acme/', 'acme'],
    ['https://WWW.LINKEDIN.COM/company/Acme-Inc/', 'Acme-Inc'],
    ['https://www.linkedin.com/company/1337/', '1337'],
    ['https://www.linkedin.com/company/s%C3%B4ng-h%E1%BB%93ng/', 'sông-hồng'],
    ['https://www.linkedin.com/showcase/acme-labs/', 'acme-labs'],
    ['https://www.linkedin.com/showcase/acme-labs/about/', 'acme-labs'],
  ])('accepts %s (slug %s)', (href, slug) => {
    const url = new URL(href);
    expect(linkedinCompany.matches(url)).toBe(true);
    expect(linkedInSlug(url)).toBe(slug);
  });

  it.each([
    'https://www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/school/hanoi-university/', // schools are a different page type
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/company/setup/new/',
    'https://www.linkedin.com/company/unavailable/',
    'https://www.linkedin.com/company/',
    'https://www.linkedin.com/companies/acme/',
    'https://linkedin.com.evil.test/company/acme/',
    'https://evil-linkedin.com/company/acme/',
    'https://www.linkedin.com.cn.evil.test/company/acme/',
    'https://a.b.linkedin.com/company/acme/',
    'http://www.linkedin.com/company/acme/',
    'https://www.example.com/company/acme/',
    'https://www.linkedin.com/search/results/all/?keywords=company%2Facme',
  ])('rejects %s', (href) => {
    expect(linkedinCompany.matches(new URL(href))).toBe(false);
  });

  it('keeps a malformed escape in the slug as written', () => {
    expect(linkedInSlug(new URL('https://www.linkedin.com/company/acme%E0%A4%A/'))).toBe(
      'acme%E0%A4%A',
    );
  });
});
