import { describe, expect, it } from 'vitest';
import { clamp01, clip, fold, formatMoney, groupDigits } from '@/lib/format';

describe('fold', () => {
  it.each([
    ['Computer & Network Security', 'computer and network security'],
    ['  Société   Générale ', 'societe generale'],
    ['Zero-Trust', 'zero trust'],
    ['Straße', 'strasse'],
    ['Đà Nẵng', 'da nang'],
    ['C++ / C#', 'c++ c#'],
    ['上海市', '上海市'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('gives the same answer from its cache', () => {
    expect(fold('Software Development')).toBe(fold('Software Development'));
  });
});

describe('number formats', () => {
  it('groups digits', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(-1000)).toBe('-1,000');
    expect(groupDigits(Number.NaN)).toBe('NaN');
  });

  it('writes money short', () => {
    expect(formatMoney(42_000_000)).toBe('$42M');
    expect(formatMoney(1_500_000)).toBe('$1.5M');
    expect(formatMoney(2_300_000_000)).toBe('$2.3B');
    expect(formatMoney(800)).toBe('$800');
  });

  it('clips with an ellipsis and collapses spaces', () => {
    expect(clip('a\n\nb', 10)).toBe('a b');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
  });
});

describe('clamp01', () => {
  it.each([
    [0.5, 0.5],
    [0, 0],
    [1, 1],
    [1.7, 1],
    [-0.2, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [Number.NEGATIVE_INFINITY, 0],
  ])('%s → %s', (input, expected) => {
    expect(clamp01(input)).toBe(expected);
  });
});
