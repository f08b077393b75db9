import { describe, expect, it } from 'vitest';
import { readCompaniesCsv } from '@/lib/csv';
import { csvCell } from '@/lib/csv/write';
import type { CompanyFacts, Fact } from '@/lib/facts';
import { normalizeExtraction, parseEmployeeRange } from '@/lib/normalize';

/**
 * One raw value, read once from a page and once from a file cell, must give the same fact.
 * Page path: what the content script collects (label text, the address as written, the
 * company-type label in the UI language, the link), normalised in the background by
 * `normalizeExtraction`. File path: the same text in a CSV cell, read by `readCompaniesCsv`.
 */
const RAW: Record<
  'industry' | 'companyType' | 'headquarters' | 'employees' | 'url' | 'website',
  string[]
> = {
  industry: [
    'Computer & Network Security',
    'computer and network security',
    'Computer Software',
    'Informationstechnologie und -dienste',
    'Phát triển phần mềm',
    '软件开发',
    'توسعه نرم‌افزار',
    'Hospitals & Health Care',
    'Staffing and Recruiting',
  ],
  companyType: [
    'Privately Held',
    'In Privatbesitz',
    'Private',
    'Public Company',
    'Börsennotiert',
    'Publicly Traded',
    'Nonprofit',
    'Non-profit',
    '上市公司',
    'Thuộc sở hữu tư nhân',
    'سهامی خاص',
  ],
  headquarters: [
    'San Francisco, California',
    'Austin, TX',
    'Munich, BY',
    'München, Bayern',
    'Pune, MH',
    'Toronto, Ontario',
    'Hà Nội, Việt Nam',
    '上海市',
    'تهران، تهران',
    'London, England, United Kingdom',
    'Berlin, Germany',
    // The gazetteer, ISO 3166-2 for every country and country names in every form.
    'Cambridge, MA',
    'Cambridge, UK',
    'Springfield',
    'Paris, TX',
    'Atlanta, Georgia',
    'Tbilisi, Georgia',
    'Lyon, ARA',
    'Stockholm, Sverige',
    'Seongnam, Gyeonggi-do',
    'Cape Town, Western Cape',
    'Curitiba, PR, Brasil',
    'Kraków, Małopolskie',
    'Dublin 2, Ireland',
    'Quận 1, TP. Hồ Chí Minh',
    '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
    'Korea, Republic of',
    '广东省深圳市南山区科技园',
  ],
  employees: ['51-200', '1,001-5,000', '10,001+', '2-10', '201-500'],
  url: [
    'https://www.linkedin.com/company/Acme-Inc/',
    'https://www.linkedin.com/showcase/acme-labs/about/',
    'https://de.linkedin.com/company/nordlicht-cloud',
    'https://www.linkedin.com/company/s%C3%B4ng-h%E1%BB%93ng/',
  ],
  website: ['acme.example', 'https://www.acme.co.uk/en/', 'http://Brightlane.example'],
};

const page = (facts: CompanyFacts) =>
  normalizeExtraction({
    url: 'https://www.linkedin.com/company/x/',
    extractor: 'linkedin-company',
    facts,
    missing: [],
  }).facts;

const fact = <T>(value: T): Fact<T> => ({
  value,
  source: 'linkedin-about',
  evidence: String(value),
});

function fromFile(column: string, cell: string): CompanyFacts {
  const file = readCompaniesCsv(`Company,${column}\r\nAcme,${csvCell(cell)}\r\n`);
  expect(file.errors).toEqual([]);
  return file.companies[0]!.facts;
}

describe('differential: a page value and a file cell give identical facts', () => {
  it.each(RAW.industry)('industry %s', (raw) => {
    expect(fromFile('Industry', raw).industry?.value).toEqual(
      page({ industry: fact(raw) }).industry?.value,
    );
  });
  it.each(RAW.companyType)('company type %s', (raw) => {
    const fromPage = page({ companyType: fact(raw) }).companyType?.value;
    expect(fromPage).toMatch(/^(Privately Held|Public Company|Nonprofit)$/);
    expect(fromFile('Company Type', raw).companyType?.value).toEqual(fromPage);
  });
  it.each(RAW.headquarters)('headquarters %s', (raw) => {
    const fromPage = page({ headquarters: fact({ raw }) }).headquarters?.value;
    expect(fromPage?.country).toBeTruthy();
    expect(fromFile('Headquarters', raw).headquarters?.value).toEqual(fromPage);
  });
  it.each([
    ['Cambridge', 'MA', 'United States'],
    ['Cambridge', 'MA', ''],
    ['Munich', 'BY', 'Germany'],
    ['Munich', 'Bavaria', ''],
    ['Pune', 'MH', 'India'],
    ['Lyon', 'Auvergne-Rhône-Alpes', 'France'],
    ['Springfield', 'IL', 'US'],
    ['Toronto', 'ON', 'Canada'],
  ])('headquarters in City/State/Country columns %s, %s, %s', (city, state, country) => {
    const raw = [city, state, country].filter(Boolean).join(', ');
    const fromPage = page({ headquarters: fact({ raw }) }).headquarters?.value;
    const file = readCompaniesCsv(
      `Company,City,State/Region,Country\r\nAcme,${city},${csvCell(state)},${csvCell(country)}\r\n`,
    );
    const fromCsv = file.companies[0]?.facts.headquarters?.value;
    expect(fromPage?.region).toMatch(/^[A-Z]{2}-/);
    expect({ ...fromCsv, raw }).toEqual(fromPage);
  });
  it.each(RAW.employees)('employees %s', (raw) => {
    const fromPage = parseEmployeeRange(`${raw} employees`);
    expect(fromPage).toBeDefined();
    expect(fromFile('Company Size', raw).employees?.value).toEqual(fromPage);
  });
  it.each(RAW.url)('LinkedIn page %s', (raw) => {
    const slug = new URL(raw).pathname.split('/')[2]!;
    const fromPage = page({ linkedinSlug: fact(decodeURIComponent(slug)) }).linkedinSlug?.value;
    expect(fromPage).toBe(decodeURIComponent(slug).toLowerCase());
    expect(fromFile('LinkedIn URL', raw).linkedinSlug?.value).toEqual(fromPage);
  });
  it.each(RAW.website)('website %s', (raw) => {
    const fromPage = page({ website: fact(raw) });
    const fromCsv = fromFile('Website', raw);
    expect(fromCsv.website?.value).toEqual(fromPage.website?.value);
    expect(fromCsv.domain?.value).toEqual(fromPage.domain?.value);
  });
});
