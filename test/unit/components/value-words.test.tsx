import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CriterionRow } from '@/components/popup/CriterionRow';
import { DecidingReasons } from '@/components/popup/DecidingReasons';
import { factText } from '@/components/popup/fact-words';
import { bandText, criterionValueText } from '@/components/value-words';
import { CRITERIA } from '@/lib/criteria';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts, Fact } from '@/lib/facts';
import { stripIsolates } from '@/lib/i18n/bidi';
import { scoreCompany } from '@/lib/scoring/score';
import { useShippedLanguage } from '../../harness/shipped-language';

type Locale = 'en' | 'vi' | 'zh_CN' | 'fa';

/** The browser as if started in `locale`: its shipped messages.json answers `getMessage`. */

afterEach(() => fakeBrowser.reset());

// English words of the engine's old sentences; none may be left in another UI language.
const ENGLISH = /\b(employees|revenue|founded|uses|open roles?|United States|or|and|in|up to)\b/;

const fact = <T,>(value: T, evidence: string): Fact<T> => ({
  value,
  source: 'linkedin-about',
  evidence,
});

/** A made-up mid-market security company, as a LinkedIn About tab gives it. */
const COMPANY: CompanyFacts = {
  name: fact('Northwind Shield', 'Northwind Shield'),
  employees: fact({ min: 1001, max: 5000 }, '1,001-5,000 employees'),
  headquarters: fact(
    { city: 'Austin', region: 'US-TX', country: 'US', raw: 'Austin, Texas' },
    'Austin, Texas',
  ),
  founded: fact(2012, '2012'),
  hiring: {
    ...fact({ roles: ['Senior Security Engineer', 'Account Executive'] }, 'Careers'),
    source: 'site-links',
  },
  businessModel: { ...fact(['saas'], 'subscription software'), source: 'site-text' },
  specialties: fact(['cloud security', 'SOC as a service'], 'cloud security, SOC as a service'),
  technologies: { ...fact(['HubSpot', 'Segment'], 'hubspot.js'), source: 'site-code' },
} as CompanyFacts;

const ICP: Icp = {
  format: 'icp-lens/icp@1',
  name: 'Mid-market security',
  tiers: [{ name: 'Best fit', minScore: 80 }],
  unknownCredit: 0.5,
  minConfidence: 0.5,
  criteria: [
    { field: 'employees', mode: 'score', weight: 3, bands: [{ min: 1000, credit: 1 }] },
    { field: 'location', mode: 'score', weight: 3, bands: [{ in: ['US', 'CA'], credit: 1 }] },
    { field: 'technologies', mode: 'score', weight: 1, bands: [{ in: ['HubSpot'], credit: 1 }] },
    {
      field: 'keywords',
      mode: 'score',
      weight: 1,
      bands: [{ in: ['SOC as a service'], credit: 1 }],
    },
    { field: 'hiringFor', mode: 'score', weight: 1, bands: [{ in: ['security'], credit: 1 }] },
    { field: 'businessModel', mode: 'score', weight: 1, bands: [{ in: ['saas'], credit: 1 }] },
  ],
  pains: [],
  goals: [],
  valueProps: [],
  personas: [],
} as unknown as Icp;

/** The popup's "Why" lines as the user reads them (isolates and tags removed). */
function whyLines(): string[] {
  const html = renderToStaticMarkup(<DecidingReasons result={scoreCompany(ICP, COMPANY)} />);
  return [...html.matchAll(/<span class="reason-text">(.*?)<\/span><\/li>/g)].map((m) =>
    stripIsolates((m[1] ?? '').replace(/<[^>]+>/g, '')),
  );
}

const EXPECTED: Record<
  Locale,
  {
    size: string;
    place: string;
    band: string;
    years: string;
    fact: string;
    hq: string;
    keyword: string;
  }
> = {
  en: {
    size: '1,001–5,000 employees',
    place: 'Austin, TX, United States',
    band: 'in United States or Canada',
    years: 'founded 2010–2020',
    fact: '1,001–5,000 employees',
    hq: 'Austin, TX, United States',
    keyword: '“SOC as a service” in the specialties',
  },
  vi: {
    size: '1.001–5.000 nhân viên',
    place: 'Austin, TX, Hoa Kỳ',
    band: 'ở Hoa Kỳ hoặc Canada',
    years: 'thành lập trong giai đoạn 2010–2020',
    fact: '1.001–5.000 nhân viên',
    hq: 'Austin, TX, Hoa Kỳ',
    keyword: '“SOC as a service” trong phần chuyên môn',
  },
  zh_CN: {
    size: '1,001–5,000 名员工',
    place: 'Austin，TX，美国',
    band: '位于美国或加拿大',
    years: '成立于 2010–2020 年',
    fact: '1,001–5,000 名员工',
    hq: 'Austin，TX，美国',
    keyword: '专长中提到 “SOC as a service”',
  },
  fa: {
    size: '۱٬۰۰۱–۵٬۰۰۰ کارمند',
    place: 'Austin، TX، ایالات متحده',
    band: 'در ایالات متحده یا کانادا',
    years: 'تأسیس‌شده بین ۲۰۱۰ و ۲۰۲۰',
    fact: '۱٬۰۰۱–۵٬۰۰۰ کارمند',
    hq: 'Austin، TX، ایالات متحده',
    keyword: '«SOC as a service» در تخصص‌ها',
  },
};

describe.each(Object.keys(EXPECTED) as Locale[])('structured values in %s', (locale) => {
  const want = EXPECTED[locale];

  it('words the "Why" lines from the engine\'s parts', () => {
    useShippedLanguage(locale);
    const lines = whyLines();
    expect(lines.some((line) => line.endsWith(want.size))).toBe(true);
    expect(lines.some((line) => line.endsWith(want.place))).toBe(true);
    if (locale !== 'en') for (const line of lines) expect(line).not.toMatch(ENGLISH);
  });

  it('describes a band from its parts', () => {
    useShippedLanguage(locale);
    expect(
      stripIsolates(bandText(CRITERIA.location.bandParts({ in: ['US', 'CA'], credit: 1 }))),
    ).toBe(want.band);
    expect(
      stripIsolates(bandText(CRITERIA.founded.bandParts({ min: 2010, max: 2020, credit: 1 }))),
    ).toBe(want.years);
    const size = stripIsolates(bandText(CRITERIA.employees.bandParts({ min: 500, credit: 1 })));
    if (locale !== 'en') expect(size).not.toMatch(ENGLISH);
  });

  it("states a company's facts", () => {
    useShippedLanguage(locale);
    expect(stripIsolates(factText('employees', COMPANY.employees!))).toBe(want.fact);
    expect(stripIsolates(factText('headquarters', COMPANY.headquarters!))).toBe(want.hq);
    const models = factText('businessModel', fact(['saas', 'marketplace'], 'SaaS marketplace'));
    const hiring = factText('hiring', fact({ openRoles: 12 }, '12 open roles'));
    if (locale !== 'en') {
      expect(models).not.toMatch(/marketplace/);
      expect(hiring).not.toMatch(ENGLISH);
    }
  });

  it('says technologies in common in the language, names kept', () => {
    useShippedLanguage(locale);
    const tech = scoreCompany(ICP, COMPANY).criteria[2]!;
    const text = stripIsolates(criterionValueText(tech) ?? '');
    expect(text).toContain('HubSpot');
    if (locale !== 'en') expect(text.replace('HubSpot', '')).not.toMatch(ENGLISH);
  });

  it('says where a keyword was found, the keyword as the ICP wrote it', () => {
    useShippedLanguage(locale);
    const keywords = scoreCompany(ICP, COMPANY).criteria[3]!;
    expect(keywords.verdict).toBe('matched');
    expect(stripIsolates(criterionValueText(keywords) ?? '')).toBe(want.keyword);
  });

  it("names the text a keyword's quote is from in the criterion row", () => {
    useShippedLanguage(locale);
    const keywords = scoreCompany(ICP, COMPANY).criteria[3]!;
    const html = stripIsolates(renderToStaticMarkup(<CriterionRow criterion={keywords} />));
    const where = { en: 'the specialties', vi: 'phần chuyên môn', zh_CN: '专长', fa: 'تخصص‌ها' };
    // Chinese puts its own full-width colon after the name.
    expect(html).toContain(`${where[locale]}${locale === 'zh_CN' ? '：' : ': '}`);
    expect(html).toContain('SOC as a service');
    if (locale !== 'en') expect(html).not.toMatch(/specialties:/);
  });

  it('names role families and business models in the language', () => {
    useShippedLanguage(locale);
    const [, , , , hiringFor, model] = scoreCompany(ICP, COMPANY).criteria;
    const families = { en: 'security', vi: 'bảo mật', zh_CN: '安全', fa: 'امنیت' };
    const models = {
      en: 'SaaS',
      vi: 'phần mềm dạng dịch vụ (SaaS)',
      zh_CN: '软件即服务（SaaS）',
      fa: 'نرم‌افزار به‌عنوان سرویس (SaaS)',
    };
    expect(hiringFor?.verdict).toBe('matched');
    expect(criterionValueText(hiringFor!)).toBe(families[locale]);
    expect(criterionValueText(model!)).toBe(models[locale]);
  });
});
