import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  pluralCategory,
  selectPlural,
} from '../../../components/format';

const NOV_30_2026 = Date.UTC(2026, 10, 30, 12);

describe('formatNumber', () => {
  it.each([
    ['en', 12000, '12,000'],
    ['vi', 12000, '12.000'],
    ['zh-CN', 12000, '12,000'],
    ['fa', 12000, '۱۲٬۰۰۰'],
    ['fa', 86, '۸۶'],
    ['en', 1998, '1998'],
    ['fa', 1998, '۱۹۹۸'],
    ['vi', 2.5, '2,5'],
  ])('%s %d → %s', (locale, value, text) => {
    expect(formatNumber(value, {}, locale)).toBe(text);
  });
  it('passes Intl options through (compact counts)', () => {
    expect(formatNumber(1_200_000, { notation: 'compact' }, 'en')).toBe('1.2M');
  });
  it('writes a non-finite number as a dash', () => {
    expect(formatNumber(Number.NaN, {}, 'en')).toBe('—');
  });
});

describe('formatPercent', () => {
  it.each([
    ['en', '62%'],
    ['vi', '62%'],
    ['zh-CN', '62%'],
    ['fa', '۶۲٪'],
  ])('%s', (locale, text) => {
    expect(formatPercent(0.62, 0, locale)).toBe(text);
  });
  it('rounds to the digits asked for', () => {
    expect(formatPercent(0.6249, 1, 'en')).toBe('62.5%');
  });
});

describe('formatDate', () => {
  it.each([
    ['en', 'Nov 30, 2026'],
    ['vi', '30 thg 11, 2026'],
    ['zh-CN', '2026年11月30日'],
    ['fa', '۹ آذر ۱۴۰۵'],
  ])('%s', (locale, text) => {
    expect(formatDate(NOV_30_2026, 'medium', locale)).toBe(text);
  });
});

describe('formatRelativeTime', () => {
  const day = 24 * 3600_000;
  it.each([
    ['en', -3 * day, '3 days ago'],
    ['en', -day, 'yesterday'],
    ['vi', -3 * day, '3 ngày trước'],
    ['zh-CN', -3 * day, '3天前'],
    ['fa', -3 * day, '۳ روز پیش'],
    ['en', 2 * 3600_000, 'in 2 hours'],
    ['en', -10_000, 'now'],
  ])('%s %d ms → %s', (locale, offset, text) => {
    expect(formatRelativeTime(NOV_30_2026 + offset, NOV_30_2026, locale)).toBe(text);
  });
});

describe('formatList', () => {
  it.each([
    ['en', 'HubSpot, Stripe, and React'],
    ['vi', 'HubSpot, Stripe và React'],
    ['zh-CN', 'HubSpot、Stripe和React'],
  ])('%s', (locale, text) => {
    expect(formatList(['HubSpot', 'Stripe', 'React'], 'conjunction', locale)).toBe(text);
  });
  it('fa joins with the Persian comma and و', () => {
    const text = formatList(['HubSpot', 'Stripe', 'React'], 'conjunction', 'fa');
    expect(text).toContain('،');
    expect(text).toMatch(/و React$/);
  });
  it('disjunction says "or"', () => {
    expect(formatList(['EU', 'US'], 'disjunction', 'en')).toBe('EU or US');
  });
  it.each([
    ['en', 'Security, Cloud, Fintech'],
    ['vi', 'Security, Cloud, Fintech'],
    ['zh-CN', 'Security、Cloud、Fintech'],
    ['fa', 'Security،\u200f Cloud،\u200f Fintech'],
  ])(
    'a list without "and" keeps a separator between items in %s (never run together)',
    (locale, text) => {
      expect(formatList(['Security', 'Cloud', 'Fintech'], 'unit', locale)).toBe(text);
    },
  );
});

describe('plurals', () => {
  it('follow CLDR categories per language', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(2, 'en')).toBe('other');
    expect(pluralCategory(1, 'vi')).toBe('other');
    expect(pluralCategory(1, 'zh-CN')).toBe('other');
    expect(pluralCategory(1, 'fa')).toBe('one');
  });
  it('selectPlural picks the form, falling back to other', () => {
    const forms = { one: 'criterion', other: 'criteria' };
    expect(selectPlural(1, forms, 'en')).toBe('criterion');
    expect(selectPlural(3, forms, 'en')).toBe('criteria');
    expect(selectPlural(1, { other: 'tiêu chí' }, 'vi')).toBe('tiêu chí');
  });
});
