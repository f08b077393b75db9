/**
 * "Build from customers" words its proposals in the UI language from the builder's structured
 * values (coverage, field, range, country code, lift, note codes): no English sentence from lib.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  coverageSentence,
  liftSentence,
  noteSentence,
  traitValue,
} from '@/components/dashboard/build/proposal-words';
import type { CompanyFacts } from '@/lib/facts';
import { FSI, PDI } from '@/lib/i18n/bidi';
import { formatMessage, parseCatalog } from '@/lib/i18n/catalog';
import { type ProposedCriterion, proposeIcp } from '@/lib/icp/builder';
import { employees, fact, place } from '../scoring/helpers';

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');

/** The browser's UI in `locale` (`tag` for Intl), with that locale's packaged messages. */
function browserIn(locale: string, tag: string) {
  const catalog = parseCatalog(
    JSON.parse(readFileSync(`${LOCALES}/${locale}/messages.json`, 'utf8')),
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, subs?: string | string[]) =>
      formatMessage(catalog, key, typeof subs === 'string' ? [subs] : (subs ?? [])) ?? '',
  );
}
afterEach(() => vi.restoreAllMocks());

const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');

/** Made-up best customers: mid-size US security companies, and a few others. */
const rows: CompanyFacts[] = Array.from({ length: 10 }, (_, i) => ({
  name: fact(`Customer ${i}`),
  employees: i < 7 ? employees(201, 500) : employees(11, 50),
  headquarters: place({ country: i < 6 ? 'US' : 'DE' }),
  industry: fact('Computer and Network Security'),
}));
const best = rows.map((_, i) => i < 8);
const proposal = proposeIcp(rows, best, { minCoverage: 0.3 });
const byField = (field: string) =>
  proposal.criteria.find((c) => c.field === field) as ProposedCriterion;

describe('proposal words', () => {
  it('are English in an English UI', () => {
    browserIn('en', 'en-US');
    const size = byField('employees');
    expect(plain(coverageSentence(size))).toMatch(
      /^\d+% of your best customers are 201–500 employees$/,
    );
    expect(coverageSentence(size)).toContain(`${FSI}201–500${PDI}`);
    expect(liftSentence(2.14)).toBe('2.1× as common as among all your customers');
    expect(noteSentence({ code: 'no-best-customers' })).toBe('No best customers selected.');
  });

  it('say a hiringFor trait as hiring, not as a generic field', () => {
    browserIn('en', 'en-US');
    const hiring: ProposedCriterion = {
      ...byField('employees'),
      field: 'hiringFor',
      label: 'sales',
      range: undefined,
      values: ['sales'],
      coverage: 0.8,
    };
    expect(plain(coverageSentence(hiring))).toBe('80% of your best customers are hiring for sales');
  });

  it('are Vietnamese in a Vietnamese UI, the country named in Vietnamese', () => {
    browserIn('vi', 'vi');
    const place = byField('location');
    expect(traitValue(place)).toBe('Hoa Kỳ');
    expect(plain(coverageSentence(place))).toMatch(
      /^\d+\s?% khách hàng tốt nhất của bạn có trụ sở tại Hoa Kỳ$/,
    );
    expect(liftSentence(2.14)).toBe('phổ biến gấp 2,1 lần so với toàn bộ khách hàng của bạn');
  });

  it('are Persian with Persian digits in a Persian UI', () => {
    browserIn('fa', 'fa');
    const size = byField('employees');
    expect(traitValue(size)).toBe('۲۰۱–۵۰۰');
    expect(plain(coverageSentence(size))).toMatch(
      /^[۰-۹]+٪ از بهترین مشتریان شما ۲۰۱–۵۰۰ کارمند دارند$/,
    );
    expect(
      noteSentence({ code: 'no-shared-trait', minCoverage: 0.3, comparedWithAll: false }),
    ).toBe('هیچ ویژگی‌ای میان دست‌کم ۳۰٪ از بهترین مشتریان شما مشترک نیست.');
  });

  /** A proposed trait the builder makes for a list field: one value, as the file or table names it. */
  const trait = (
    field: 'location' | 'funding' | 'businessModel',
    value: string,
  ): ProposedCriterion => ({
    ...byField('employees'),
    id: `${field}:${value}`,
    field,
    label: value,
    range: undefined,
    values: [value],
    coverage: 0.5,
  });

  it.each([
    ['en', 'en-US', 'North America', 'Series B', 'Seed'],
    ['vi', 'vi', 'Bắc Mỹ', 'Series B', 'hạt giống'],
    ['zh_CN', 'zh-CN', '北美', 'B轮', '种子轮'],
    ['fa', 'fa', 'آمریکای شمالی', 'سری B', 'بذری'],
  ])(
    'name a region and a funding round in the UI language (%s)',
    (locale, tag, region, seriesB, seed) => {
      browserIn(locale, tag);
      expect(plain(traitValue(trait('location', 'North America')))).toBe(region);
      expect(plain(traitValue(trait('funding', 'Series B')))).toBe(seriesB);
      expect(plain(traitValue(trait('funding', 'seed')))).toBe(seed);
      expect(plain(coverageSentence(trait('location', 'North America')))).toContain(region);
    },
  );

  it('keep an unknown funding round as the file wrote it, isolated', () => {
    browserIn('fa', 'fa');
    expect(traitValue(trait('funding', 'Crowd round 2'))).toBe(`${FSI}Crowd round 2${PDI}`);
  });

  it('name a business model in the UI language', () => {
    browserIn('zh_CN', 'zh-CN');
    expect(plain(traitValue(trait('businessModel', 'ecommerce')))).not.toMatch(/ecommerce/i);
  });
});
