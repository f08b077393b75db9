export { fold } from './text';

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

/**
 * `n` held to the range 0–1 (a credit, a confidence); anything not a finite number (NaN, ±Infinity) is 0,
 * so a malformed ICP value can never push a score past 100 or below 0.
 */
export function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

const MESSY_SPACE = /[^\S ]| {2}|^ | $/;

/** Collapses whitespace and cuts to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max && !MESSY_SPACE.test(text)) return text;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** `criteria[2].bands[0].credit` for the path ["criteria", 2, "bands", 0, "credit"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(top level)';
}
