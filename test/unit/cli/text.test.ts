import { describe, expect, it } from 'vitest';
import { cliText } from '@/lib/cli/text';

/** Whole numbers a run prints: counts, row numbers, scores, around every grouping boundary. */
const WHOLE = [
  0,
  1,
  2,
  9,
  10,
  99,
  100,
  999,
  1000,
  1001,
  1204,
  9999,
  10_000,
  10_001,
  12_045,
  99_999,
  100_000,
  123_456,
  999_999,
  1_000_000,
  25_000_000,
  1_234_567_890,
  Number.MAX_SAFE_INTEGER,
];
/** Numbers the English shortcut leaves to Intl. */
const OTHERS = [
  -1,
  -1234,
  -12_045,
  0.5,
  1.5,
  1234.5678,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

describe('the command line’s numbers in English', () => {
  const text = cliText('en');
  const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en', options);

  it('are written as Intl writes them, without Intl for whole numbers', () => {
    for (const n of [...WHOLE, ...OTHERS]) {
      expect(text.number(n), `number(${n})`).toBe(intl({ useGrouping: 'min2' }).format(n));
      expect(text.count(n), `count(${n})`).toBe(intl({ useGrouping: 'always' }).format(n));
      expect(text.position(n), `position(${n})`).toBe(intl({ useGrouping: false }).format(n));
      expect(text.plural(n), `plural(${n})`).toBe(new Intl.PluralRules('en').select(n));
    }
  });

  it('other languages keep their own digits and grouping', () => {
    expect(cliText('fa').count(12_045)).toBe('۱۲٬۰۴۵');
    expect(cliText('fa').position(12_045)).toBe('۱۲۰۴۵');
    expect(cliText('vi').count(1204)).toBe('1.204');
    expect(cliText('zh_CN').number(12_045)).toBe('12,045');
  });
});
