/**
 * ICP templates written in vi, zh_CN and fa: every file under `lib/icp/templates/<locale>/` is
 * registered, a valid ICP, has the English template's criteria (same fields, modes and weights,
 * the same talking-point placeholders), is written in its language (no prose left in English,
 * right to left in Persian) and scores a plausible local company into a good tier.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { textDirection } from '@/lib/i18n/bidi';
import { isUiLocale, UI_LOCALES } from '@/lib/i18n/locales';
import { ICP_TEMPLATES, icpTemplate } from '@/lib/icp/templates';
import {
  LOCALIZED_ICP_TEMPLATES,
  localizedTemplate,
  localizedTemplates,
} from '@/lib/icp/templates/localized';
import { scoreCompany } from '@/lib/scoring/score';
import { employees, fact, place } from '../scoring/helpers';

const DIR = resolve(import.meta.dirname, '../../../lib/icp/templates');
const files = readdirSync(DIR)
  .filter((name) => statSync(join(DIR, name)).isDirectory())
  .flatMap((locale) =>
    readdirSync(join(DIR, locale))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ locale, id: f.replace(/\.json$/, '') })),
  );

const DIRECTION: Record<string, 'ltr' | 'rtl'> = { vi: 'ltr', zh_CN: 'ltr', fa: 'rtl' };

/** A security vendor a seller in each market would call a good prospect. */
const LOCAL_SECURITY: Record<string, CompanyFacts> = {
  vi: {
    name: fact('Công ty An ninh mạng Lạc Hồng'),
    industry: fact('Computer and Network Security'),
    employees: employees(501, 1000),
    headquarters: place({ city: 'Hà Nội', country: 'VN' }),
    specialties: fact(['an ninh mạng', 'tình báo mối đe dọa', 'SOC']),
    companyType: fact('Privately Held'),
  },
  zh_CN: {
    name: fact('北京玄武盾安全技术有限公司'),
    industry: fact('Computer and Network Security'),
    employees: employees(1001, 5000),
    headquarters: place({ city: '北京', country: 'CN' }),
    specialties: fact(['威胁情报', '终端安全', '等保']),
    companyType: fact('Privately Held'),
  },
  fa: {
    name: fact('امن‌افزار سپهر'),
    industry: fact('Computer and Network Security'),
    employees: employees(501, 1000),
    headquarters: place({ city: 'تهران', country: 'IR' }),
    specialties: fact(['امنیت سایبری', 'اطلاعات تهدید', 'تست نفوذ']),
    companyType: fact('Privately Held'),
  },
};

const hq = (country: string, city: string) => place({ city, country });

/** An agency a seller in each market would call a good prospect. */
const LOCAL_AGENCY: Record<string, CompanyFacts> = Object.fromEntries(
  (
    [
      [
        'vi',
        'Công ty Truyền thông Mây Xanh',
        hq('VN', 'Đà Nẵng'),
        'agency quảng cáo hiệu suất, SEO',
      ],
      ['zh_CN', '上海橙果数字营销有限公司', hq('CN', '上海'), '效果营销、搜索引擎优化'],
      ['fa', 'آژانس خلاق نقش‌نگار', hq('IR', 'اصفهان'), 'بازاریابی عملکردی و سئو'],
    ] as const
  ).map(([locale, name, headquarters, description]) => [
    locale,
    {
      name: fact(name),
      industry: fact('Marketing Services'),
      employees: employees(51, 200),
      headquarters,
      description: fact(description),
      businessModel: fact(['agency' as const]),
    },
  ]),
);

/** A D2C brand a seller in each market would call a good prospect. */
const LOCAL_BRAND: Record<string, CompanyFacts> = Object.fromEntries(
  (
    [
      [
        'vi',
        'Thời trang Lá Xanh',
        hq('VN', 'Hồ Chí Minh'),
        'Đồ thể thao thân thiện môi trường, miễn phí vận chuyển.',
      ],
      ['zh_CN', '木棉运动服饰', hq('CN', '深圳'), '环保运动服饰，全国包邮。'],
      [
        'fa',
        'پوشاک ورزشی سروناز',
        hq('IR', 'شیراز'),
        'لباس ورزشی دوستدار محیط زیست، ارسال رایگان.',
      ],
    ] as const
  ).map(([locale, name, headquarters, tagline]) => [
    locale,
    {
      name: fact(name),
      industry: fact('Retail Apparel and Fashion'),
      employees: employees(11, 50),
      headquarters,
      technologies: fact(['Shopify', 'Klaviyo']),
      businessModel: fact(['ecommerce' as const]),
      tagline: fact(tagline),
    },
  ]),
);

/** A Southeast Asian fintech: the same prospect whatever the seller's language. */
const SEA_FINTECH: CompanyFacts = {
  name: fact('Ví Sen'),
  industry: fact('Financial Services'),
  employees: employees(51, 200),
  headquarters: hq('VN', 'Hà Nội'),
  description: fact('Ví Sen là ví điện tử và dịch vụ mua trước trả sau cho doanh nghiệp nhỏ.'),
  funding: fact({ stage: 'Series A' }),
  technologies: fact(['Stripe']),
  hiring: fact({ openRoles: 12 }),
  founded: fact(2019),
};

/** A software company a seller in each market would call a good prospect. */
const LOCAL_SAAS: Record<string, CompanyFacts> = {
  vi: {
    name: fact('Công ty Cổ phần Phần mềm Sao Mai'),
    industry: fact('Software Development'),
    employees: employees(201, 500),
    headquarters: place({ city: 'Hồ Chí Minh', country: 'VN' }),
    specialties: fact(['phần mềm doanh nghiệp', 'SaaS', 'tự động hóa quy trình']),
    technologies: fact(['HubSpot']),
    funding: fact({ stage: 'Series B' }),
  },
  zh_CN: {
    name: fact('杭州云帆软件有限公司'),
    industry: fact('Software Development'),
    employees: employees(201, 500),
    headquarters: place({ city: '杭州', country: 'CN' }),
    specialties: fact(['企业软件', 'SaaS', '数据分析']),
    technologies: fact(['Salesforce']),
    funding: fact({ stage: 'Series C' }),
  },
  fa: {
    name: fact('نرم‌افزار آسمان پرداز'),
    industry: fact('Software Development'),
    employees: employees(201, 500),
    headquarters: place({ city: 'تهران', country: 'IR' }),
    specialties: fact(['نرم‌افزار سازمانی', 'SaaS', 'تحلیل داده']),
    technologies: fact(['HubSpot']),
    funding: fact({ stage: 'Series B' }),
  },
};

/** Every piece of prose a seller reads in the template. */
function prose(icp: Icp): string[] {
  return [
    icp.name,
    ...icp.tiers.map((t) => t.name),
    ...icp.criteria.flatMap((c) => [c.label ?? '', c.talkingPoint ?? '']),
    ...icp.pains,
    ...icp.goals,
    ...icp.valueProps,
    ...icp.personas.map((p) => p.title),
  ].filter(Boolean);
}

const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('localized ICP templates', () => {
  it('are the files under lib/icp/templates/<locale>/, each registered', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(LOCALIZED_ICP_TEMPLATES.map((t) => `${t.locale}/${t.id}`).sort()).toEqual(
      files.map((f) => `${f.locale}/${f.id}`).sort(),
    );
  });

  it.each(files)('$locale/$id', ({ locale, id }) => {
    expect(isUiLocale(locale)).toBe(true);
    const template = LOCALIZED_ICP_TEMPLATES.find((t) => t.locale === locale && t.id === id)!;
    const english = icpTemplate(id)?.icp;
    if (!english) throw new Error(`${locale}/${id}.json has no English template of that id`);
    const { icp } = template;

    // The same playbook: criteria in the same order, fields, modes and weights, placeholders.
    const shape = (i: Icp) => i.criteria.map((c) => [c.field, c.mode, c.weight]);
    expect(shape(icp)).toEqual(shape(english));
    icp.criteria.forEach((c, n) => {
      expect(placeholders(c.talkingPoint)).toEqual(placeholders(english.criteria[n]?.talkingPoint));
    });
    expect(icp.tiers.map((t) => t.minScore)).toEqual(english.tiers.map((t) => t.minScore));

    // Written in the language: nothing equal to the English prose, in the language's direction.
    const englishProse = new Set(prose(english));
    expect(prose(icp).filter((text) => englishProse.has(text))).toEqual([]);
    expect(textDirection(icp.description ?? '')).not.toBe('neutral');
    for (const text of [icp.description ?? '', ...icp.pains, ...icp.goals]) {
      // Latin names (SaaS, B2B, CRM) inside Persian prose do not decide its direction.
      const body = locale === 'fa' ? text.replace(/\p{Script=Latin}+/gu, '') : text;
      expect(textDirection(body), text).toBe(DIRECTION[locale]);
    }
    expect(icp.description).not.toMatch(/\b(the|and|with|for)\b/);

    const byTemplate: Record<string, Record<string, CompanyFacts>> = {
      'agency-services': LOCAL_AGENCY,
      'b2b-saas-mid-market': LOCAL_SAAS,
      'early-stage-super-specific': { vi: SEA_FINTECH, zh_CN: SEA_FINTECH, fa: SEA_FINTECH },
      'ecommerce-tools': LOCAL_BRAND,
      'security-vendor': LOCAL_SECURITY,
    };
    const plausible = byTemplate[id];
    if (!plausible) throw new Error(`add a plausible company for ${id} to this test`);
    const result = scoreCompany(icp, plausible[locale]!);
    expect(result.tierKind).toBe('tier');
    expect(result.tierIndex).toBeLessThanOrEqual(1);
  });

  it('exist for every English template in every other shipped language', () => {
    for (const template of ICP_TEMPLATES)
      for (const locale of UI_LOCALES.filter((l) => l !== 'en'))
        expect(localizedTemplate(template.id, locale), `${locale}/${template.id}`).toBeDefined();
  });

  it('are listed per language', () => {
    expect(localizedTemplates('vi').map((t) => t.id)).toContain('b2b-saas-mid-market');
    expect(localizedTemplates('en')).toEqual([]);
  });
});
