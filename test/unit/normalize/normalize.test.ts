import { describe, expect, it } from 'vitest';
import {
  canonicalIndustry,
  normalizeWebsite,
  parseEmployeeRange,
  parseFunding,
  parseLocalizedNumber,
  parsePlace,
  registrableDomain,
  unwrapLinkedInRedirect,
} from '@/lib/normalize';
import { countryCode } from '@/lib/normalize/countries';

describe('parseEmployeeRange: employee bands as every LinkedIn UI language writes them', () => {
  it.each([
    ['1,001-5,000 employees', { min: 1001, max: 5000 }],
    ['1.001–5.000 Beschäftigte', { min: 1001, max: 5000 }],
    ['1 001-5 000 employés', { min: 1001, max: 5000 }],
    ['1\u202f001–5\u202f000 salariés', { min: 1001, max: 5000 }],
    ['201-500 nhân viên', { min: 201, max: 500 }],
    ['51-200 名员工', { min: 51, max: 200 }],
    ['۲۰۱-۵۰۰ کارمند', { min: 201, max: 500 }],
    ['10,001+ employees', { min: 10001 }],
    ['10.001+ Mitarbeiter', { min: 10001 }],
    ['1K-5K employees', { min: 1000, max: 5000 }],
    ['2-10 employees', { min: 2, max: 10 }],
    ['0-1 employees', { min: 0, max: 1 }],
    ['11 - 50 funcionários', { min: 11, max: 50 }],
  ])('%s', (text, range) => {
    expect(parseEmployeeRange(text)).toEqual(range);
  });

  it.each([
    [''],
    ['employees'],
    ['Software Development'],
    ['500-201 employees'], // a band never runs backwards
    ['-5 employees'],
    ['1e9 employees'],
    ['9'.repeat(400)],
  ])('rejects %j', (text) => {
    expect(parseEmployeeRange(text)).toBeUndefined();
  });
});

describe('parseLocalizedNumber', () => {
  it.each([
    ['12,345 followers', 12345],
    ['4.812 Follower', 4812],
    ['18 204 abonnés', 18204],
    ['48K followers', 48000],
    ['3.6万 位关注者', 36000],
    ['۸٬۴۱۲ دنبال‌کننده', 8412],
    ['1,2 Mio. Follower', 1_200_000],
  ])('%s → %d', (text, value) => {
    expect(parseLocalizedNumber(text)).toBe(value);
  });
});

describe('parsePlace: headquarters to city, region and ISO country', () => {
  it.each([
    ['Austin, Texas', { city: 'Austin', region: 'US-TX', country: 'US' }],
    ['Austin, TX', { city: 'Austin', region: 'US-TX', country: 'US' }],
    ['Toronto, Ontario', { city: 'Toronto', region: 'CA-ON', country: 'CA' }],
    ['Vancouver, BC', { city: 'Vancouver', region: 'CA-BC', country: 'CA' }],
    ['Berlin, Deutschland', { city: 'Berlin', country: 'DE' }],
    ['Hà Nội, Việt Nam', { city: 'Hà Nội', country: 'VN' }],
    ['تهران، ایران', { city: 'تهران', country: 'IR' }],
    ['London, England, United Kingdom', { city: 'London', country: 'GB' }],
  ])('%s', (raw, place) => {
    expect(parsePlace(raw)).toMatchObject({ raw, ...place });
  });

  it('keeps what it cannot place as raw text only', () => {
    const raw = `${'L'.repeat(200)}, Not a country, really`;
    const place = parsePlace(raw);
    expect(place.raw).toBe(raw);
    expect(place.country).toBeUndefined();
  });
});

describe('countryCode: country names in many languages', () => {
  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['Việt Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['中国', 'CN'],
    ['ایران', 'IR'],
    ['Brasil', 'BR'],
    ['United States', 'US'],
    ['USA', 'US'],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('knows no country called "Software"', () => {
    expect(countryCode('Software')).toBeUndefined();
  });
});

describe('websites and registrable domains', () => {
  it.each([
    ['https://www.acme.co.uk/about', 'acme.co.uk'],
    ['https://loja.pampa.com.br', 'pampa.com.br'],
    ['shop.example.com.vn', 'example.com.vn'],
    ['http://WWW.Example.COM', 'example.com'],
  ])('%s → %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });

  it('unwraps LinkedIn click-tracking links', () => {
    const wrapped =
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fsentinelgrid%2Eio&urlhash=Ab1c&trk=about_website';
    expect(unwrapLinkedInRedirect(wrapped)).toBe('https://sentinelgrid.io');
    expect(unwrapLinkedInRedirect('https://evil.test/redir/redirect?url=x')).toBe(
      'https://evil.test/redir/redirect?url=x',
    );
  });

  it('drops what is not a web address', () => {
    expect(normalizeWebsite('javascript:alert(1)')).toBeUndefined();
    expect(normalizeWebsite('not a site')).toBeUndefined();
  });
});

describe('canonicalIndustry: LinkedIn current English names', () => {
  it.each([
    ['Computer Software', 'Software Development'],
    ['Information Technology and Services', 'IT Services and IT Consulting'],
    ['Staffing and Recruiting', 'Staffing and Recruiting'],
    ['computer & network security', 'Computer and Network Security'],
    ['Softwareentwicklung', 'Software Development'],
    ['Phát triển phần mềm', 'Software Development'],
    ['软件开发', 'Software Development'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalIndustry(name)).toBe(canonical);
  });

  it('keeps an unknown industry as written', () => {
    expect(canonicalIndustry('Underwater Basket Weaving')).toBe('Underwater Basket Weaving');
  });
});

describe('parseFunding: the funding box text', () => {
  it('reads stage, amount and date', () => {
    expect(parseFunding('Last Round Series C Mar 4, 2024 US$ 85.0M')).toEqual({
      stage: 'Series C',
      amountUsd: 85_000_000,
      date: '2024-03-04',
    });
  });

  it('reads nothing from text without a round', () => {
    expect(parseFunding('See more info on crunchbase')).toEqual({});
  });
});
