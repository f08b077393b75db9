/**
 * Numbers as LinkedIn's UIs write them: "1,234", "1.234", "1 234" (also no-break and narrow
 * spaces), "12K", "1.2K", "1,2 k", "3M", "2 Tsd.", Persian/Arabic and full-width digits,
 * Chinese/Japanese 万 (×10,000) and 亿 (×100,000,000). Counts only: negative numbers, exponents
 * and absurdly large values give `undefined`. Small enough for the content script.
 */

/** First code point of each block of ten decimal digits we read: Arabic-Indic, Persian, full-width. */
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0xff10];
const LARGEST = 1e15;

export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => {
    const code = d.charCodeAt(0);
    const block = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9) ?? 0;
    return String(code - block);
  });
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  n: 1e3, // Vietnamese "N" (nghìn)
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  tr: 1e6, // Vietnamese "Tr" (triệu)
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  هزار: 1e3,
};

const UNIT = '(tsd|mio|mrd|mn|bn|tr|k|m|b|n|千|万|萬|亿|億|هزار)';
/** A number, its unit, and no Latin, Greek or Cyrillic letter right after ("3 months" is not 3M). */
const NUMBER = new RegExp(
  `(\\d[\\d.,\\s\\u00a0\\u202f\\u066c\\u066b']*)\\s*${UNIT}?\\.?(?![a-z\\u00c0-\\u024f\\u0370-\\u04ff\\u1e00-\\u1eff\\d])`,
  'iu',
);
/** What ends the text before a "-" that joins two numbers of a range ("5K-10K", "201 - 500"). */
const RANGE_START = new RegExp(`\\d\\s*${UNIT}?\\.?\\s*$`, 'iu');

/** Reads the digits of one number, deciding whether "," and "." group thousands or mark decimals. */
function readDigits(raw: string, scaled: boolean): number | undefined {
  const text = raw
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/\u066c/g, ',')
    .replace(/\u066b/g, '.')
    .replace(/[.,]$/, '');
  if (!text) return undefined;
  const separators = text.replace(/\d/g, '');
  let normalized = text;
  if (new Set(separators).size === 2) {
    // Both kinds: the last one is the decimal mark.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    normalized = text.split(group).join('').replace(decimal, '.');
  } else if (separators) {
    const parts = text.split(separators[0] as string);
    const isGrouping =
      parts.slice(1).every((g) => g.length === 3) && !(scaled && parts.length === 2);
    normalized = isGrouping ? parts.join('') : parts.length === 2 ? parts.join('.') : '';
  }
  const value = Number(normalized);
  return normalized && Number.isFinite(value) ? value : undefined;
}

function countAt(match: RegExpExecArray, text: string): number | undefined {
  if (!match[1]) return undefined;
  const before = text.slice(0, match.index).trimEnd();
  // "-5", "−5" and "1e9" are not counts; in "1-5" or "5K - 10K" (a range) the dash joins two numbers.
  const dashed = /[-−]$/.test(before) && !RANGE_START.test(before.slice(0, -1));
  if (dashed || /\de$/i.test(before)) return undefined;
  const unit = match[2]?.toLowerCase();
  const value = readDigits(match[1], unit !== undefined);
  if (value === undefined) return undefined;
  const result = unit ? value * (MULTIPLIERS[unit] ?? 1) : value;
  return result <= LARGEST ? Math.round(result * 100) / 100 : undefined;
}

/** The first number in a text, or `undefined` when it has none (or only a negative one). */
export function parseLocalizedNumber(input: string): number | undefined {
  const text = asciiDigits(input.normalize('NFKC')).slice(0, 200);
  const match = NUMBER.exec(text);
  return match ? countAt(match, text) : undefined;
}

/** Every number in a text, in order, with where it starts and ends (for "+" and range checks). */
export function localizedNumbers(input: string): { value: number; start: number; end: number }[] {
  const text = asciiDigits(input.normalize('NFKC')).slice(0, 300);
  const all = new RegExp(NUMBER.source, 'giu');
  const found: { value: number; start: number; end: number }[] = [];
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const value = countAt(m, text);
    if (value !== undefined) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
