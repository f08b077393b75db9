import { describe, expect, it } from 'vitest';
import { stackedBars, weeksRangeLabel } from '../../../components/trends/trend-words';

const KEYS = ['tier:0', 'tier:1', 'bad', 'disqualified'];

describe('stackedBars: running counts, no bar for a tier without companies', () => {
  it('stacks each tier on the ones below it, bottom first', () => {
    const weeks = [{ counts: { 'tier:0': 3, 'tier:1': 2, bad: 4, disqualified: 1 } }];
    expect(stackedBars(weeks, KEYS)).toEqual([[3], [5], [9], [10]]);
  });

  it('gives null, not a zero-height bar, for an empty week and for a tier missing that week', () => {
    const weeks: { counts: Record<string, number> }[] = [
      { counts: {} },
      { counts: { 'tier:0': 0, 'tier:1': 0, bad: 0, disqualified: 0 } },
      { counts: { 'tier:0': 2, bad: 5 } },
    ];
    expect(stackedBars(weeks, KEYS)).toEqual([
      [null, null, 2],
      [null, null, null],
      [null, null, 7],
      [null, null, null],
    ]);
  });
});

describe('weeksRangeLabel: the weeks a not-hovered legend totals, in the language', () => {
  const starts = [Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 8), Date.UTC(2026, 10, 30)];

  it.each([
    ['en', 'Jun 1 – Nov 30, 2026'],
    ['fa', '۱۱ خرداد تا ۹ آذر ۱۴۰۵'],
  ])('%s', (locale, expected) => {
    expect(weeksRangeLabel(starts, locale).replace(/\s/g, ' ')).toBe(expected);
  });

  it('zh-CN: both dates, no English word (ICU writes the range with slashes or 年月日)', () => {
    const label = weeksRangeLabel(starts, 'zh-CN');
    expect(label).toMatch(/2026.*6.*1.*11.*30/);
    expect(label).not.toMatch(/[A-Za-z]/);
  });

  it('one week is one date; no week is a dash', () => {
    expect(weeksRangeLabel([Date.UTC(2026, 10, 30)], 'en')).toBe('Nov 30, 2026');
    expect(weeksRangeLabel([], 'en')).toBe('—');
  });
});
