import { describe, expect, it } from 'vitest';
import {
  countLabel,
  rangeTotals,
  shareLabel,
  tickStep,
  tickWeeks,
  weekLabel,
  weekTickLabels,
} from '../../../components/trends/trend-words';

// Mondays 00:00 UTC, as weeklyFit starts its weeks: across New Year, and across Nowruz 1405.
const NEW_YEAR = [Date.UTC(2025, 11, 22), Date.UTC(2025, 11, 29), Date.UTC(2026, 0, 5)];
const NOWRUZ = [Date.UTC(2026, 2, 9), Date.UTC(2026, 2, 16), Date.UTC(2026, 2, 23)];
const LATIN_OR_ENGLISH = /[0-9]|[A-Za-z]{2,}/;

describe('weekTickLabels: day and month in the language, the year where it changes', () => {
  it.each([
    ['en', ['Dec 22, 2025', 'Dec 29', 'Jan 5, 2026'], ['Mar 9, 2026', 'Mar 16', 'Mar 23']],
    [
      'vi',
      ['22 thg 12, 2025', '29 thg 12', '5 thg 1, 2026'],
      ['9 thg 3, 2026', '16 thg 3', '23 thg 3'],
    ],
    [
      'zh-CN',
      ['2025年12月22日', '12月29日', '2026年1月5日'],
      ['2026年3月9日', '3月16日', '3月23日'],
    ],
    // Persian calendar and digits: no year change in January, a new year at Nowruz.
    ['fa', ['۱ دی ۱۴۰۴', '۸ دی', '۱۵ دی'], ['۱۸ اسفند ۱۴۰۴', '۲۵ اسفند', '۳ فروردین ۱۴۰۵']],
  ])('%s', (locale, newYear, nowruz) => {
    expect(weekTickLabels(NEW_YEAR, locale)).toEqual(newYear);
    expect(weekTickLabels(NOWRUZ, locale)).toEqual(nowruz);
  });

  it('writes no Latin digit or English word in Persian or Chinese', () => {
    for (const label of [...weekTickLabels(NEW_YEAR, 'fa'), ...weekTickLabels(NOWRUZ, 'fa')])
      expect(label).not.toMatch(LATIN_OR_ENGLISH);
    for (const label of [...weekTickLabels(NEW_YEAR, 'zh-CN'), ...weekTickLabels(NOWRUZ, 'zh-CN')])
      expect(label).not.toMatch(/[A-Za-z]/);
  });

  it('reads the week in UTC (a Monday 00:00 UTC is that Monday everywhere)', () => {
    expect(weekLabel(Date.UTC(2026, 10, 30), 'en')).toBe('Nov 30, 2026');
  });
});

describe('weekLabel, countLabel, shareLabel', () => {
  it.each([
    ['en', 'Mar 23, 2026', '1200', '12,000', '40%', '100%'],
    ['vi', '23 thg 3, 2026', '1200', '12.000', '40%', '100%'],
    ['zh-CN', '2026年3月23日', '1200', '12,000', '40%', '100%'],
    ['fa', '۳ فروردین ۱۴۰۵', '۱۲۰۰', '۱۲٬۰۰۰', '۴۰٪', '۱۰۰٪'],
  ])('%s', (locale, week, small, large, share, all) => {
    expect(weekLabel(NOWRUZ[2]!, locale)).toBe(week);
    expect(countLabel(1200, locale)).toBe(small);
    expect(countLabel(12000, locale)).toBe(large);
    expect(shareLabel(0.4, 10, locale)).toBe(share);
    expect(shareLabel(1, 3, locale)).toBe(all);
  });
  it('leaves a fractional count tick blank and a week without companies without a share', () => {
    expect(countLabel(0.5, 'en')).toBe('');
    expect(shareLabel(0, 0, 'fa')).toBe('—');
  });
});

describe('tickStep and tickWeeks: labels that fit the width', () => {
  it('ticks every week when all labels fit, fewer at 360 px', () => {
    expect(tickStep(26, 24, 1000)).toBe(1);
    expect(tickStep(26, 40, 1000)).toBe(2);
    // 26 weeks of 60 px labels in 230 px (a 360 px page less both axes): 3 fit, every 9th week.
    expect(tickStep(26, 60, 230)).toBe(9);
    expect(tickStep(1, 60, 10)).toBe(1);
    expect(tickStep(5, 500, 100)).toBe(5);
  });
  it('keeps the latest week and counts back from it', () => {
    expect(tickWeeks([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([1, 4, 7]);
    expect(tickWeeks([1, 2, 3, 4, 5, 6], 3)).toEqual([3, 6]);
    expect(tickWeeks([1, 2, 3], 1)).toEqual([1, 2, 3]);
  });
});

describe('rangeTotals', () => {
  it('sums each tier over the weeks and gives the fit share of all companies', () => {
    const totals = rangeTotals([
      { counts: { 'tier:0': 2, 'tier:1': 2, bad: 4, disqualified: 2 }, total: 10 },
      { counts: { 'tier:0': 1, bad: 1 }, total: 2 },
      { counts: {}, total: 0 },
    ]);
    expect(totals).toEqual({
      counts: { 'tier:0': 3, 'tier:1': 2, bad: 5, disqualified: 2 },
      total: 12,
      fitShare: 5 / 12,
    });
    expect(shareLabel(totals.fitShare, totals.total, 'fa')).toBe('۴۲٪');
    expect(rangeTotals([]).fitShare).toBe(0);
  });
});
