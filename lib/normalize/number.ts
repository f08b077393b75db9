/**
 * Numbers as LinkedIn's UIs write them: "1,234", "1.234", "1 234" (also no-break and narrow
 * spaces), "12K", "1.2K", "1,2 k", "3M", "2 Tsd.", Persian/Arabic and full-width digits,
 * Chinese/Japanese 万 (×10,000) and 亿 (×100,000,000).
 */
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0xff10, 0x0966, 0x09e6]; // Arabic-Indic, Persian, full-width, Devanagari, Bengali

export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u09e6-\u09ef]/g, (d) => {
    const code = d.charCodeAt(0);
    const block = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9) ?? 0;
    return String(code - block);
  });
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  'n': 1e3, // Vietnamese "N" (nghìn)
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

const NUMBER = /(\d[\d.,\s\u00a0\u202f\u066c\u066b']*)\s*(tsd|mio|mrd|mn|bn|tr|k|m|b|n|千|万|萬|亿|億|هزار)?\.?(?!\p{Script=Latin})/iu;

/** Reads the digits of one number, deciding whether "," and "." group thousands or mark decimals. */
function readDigits(raw: string, scaled: boolean): number | undefined {
  const text = raw.replace(/[\s\u00a0\u202f']/g, '').replace(/\u066c/g, ',').replace(/\u066b/g, '.').replace(/[.,]$/, '');
  if (!text) return undefined;
  const separators = text.replace(/\d/g, '');
  let normalized = text;
  if (separators.length === 0) normalized = text;
  else if (new Set(separators).size === 2) {
    // Both kinds: the last one is the decimal mark.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    normalized = text.split(group).join('').replace(decimal, '.');
  } else {
    const sep = separators[0] as string;
    const parts = text.split(sep);
    const groups = parts.slice(1);
    const isGrouping = groups.every((g) => g.length === 3) && !(scaled && parts.length === 2);
    normalized = isGrouping ? parts.join('') : parts.length === 2 ? parts.join('.') : '';
  }
  const value = Number(normalized);
  return normalized && Number.isFinite(value) ? value : undefined;
}

function valueOf(match: RegExpExecArray): number | undefined {
  if (!match[1]) return undefined;
  const unit = match[2]?.toLowerCase();
  const value = readDigits(match[1], unit !== undefined);
  if (value === undefined) return undefined;
  const result = unit ? value * (MULTIPLIERS[unit] ?? 1) : value;
  return Number.isFinite(result) ? Math.round(result * 100) / 100 : undefined;
}

export function parseLocalizedNumber(input: string): number | undefined {
  const match = NUMBER.exec(asciiDigits(input.normalize('NFKC')).slice(0, 200));
  return match ? valueOf(match) : undefined;
}

/** Every number in a text, in order, with where it ends (for "+" and range checks). */
export function localizedNumbers(input: string): { value: number; end: number }[] {
  const text = asciiDigits(input.normalize('NFKC')).slice(0, 300);
  const all = new RegExp(NUMBER.source, 'giu');
  const found: { value: number; end: number }[] = [];
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const value = valueOf(m);
    if (value !== undefined) found.push({ value, end: m.index + m[0].length });
  }
  return found;
}
