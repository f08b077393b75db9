/** Characters that need the slow path: anything outside printable ASCII. */
const NON_ASCII = /[^\x20-\x7e]/;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}+#]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9+#]+/g;

/**
 * Folds text for comparison: case, accents (NFKD with marks removed; đ → d, ß → ss), "&" vs
 * "and", punctuation and runs of spaces. So "Computer & Network Security" and
 * "computer and network security" fold alike, and "Société Générale" equals "societe generale".
 * `+` and `#` are kept so "C++" and "C#" stay distinct from "C". The result has single spaces
 * between words and none at either end.
 */
export function fold(text: string): string {
  if (text.length > SHORT) return foldText(text);
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/** Short texts (industries, technologies, keywords) repeat across companies: fold them once. */
const SHORT = 80;
const CACHE_SIZE = 50_000;
const cache = new Map<string, string>();

function foldText(text: string): string {
  if (!NON_ASCII.test(text)) {
    return text.toLowerCase().replaceAll('&', ' and ').replace(ASCII_SEPARATORS, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replaceAll('&', ' and ')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Scripts written without spaces between words: a keyword there matches as a substring. */
export const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Digits grouped by thousands, "12345" → "12,345" (fast, no Intl). */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n);
  const sign = rounded < 0 ? '-' : '';
  const digits = String(Math.abs(rounded));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return sign + out;
}

/** "$12.5M", "$800K", "$2B": an amount of money in short form. */
export function formatMoney(n: number): string {
  const abs = Math.abs(n);
  const short = (value: number, unit: string) =>
    `$${Number.parseFloat(value.toFixed(value < 10 ? 1 : 0))}${unit}`;
  if (abs >= 1e9) return short(n / 1e9, 'B');
  if (abs >= 1e6) return short(n / 1e6, 'M');
  if (abs >= 1e3) return short(n / 1e3, 'K');
  return `$${groupDigits(n)}`;
}

const MESSY_SPACE = /[^\S ]| {2}|^ | $/;

/** Collapses whitespace and cuts to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max && !MESSY_SPACE.test(text)) return text;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
