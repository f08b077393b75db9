import type { Range } from '../facts';
import { canonicalCompanyType } from '../normalize/company-type';
import { parseEmployeeRange } from '../normalize/employees';
import { linkedinCompanySlug, linkedinSlugKey } from '../normalize/linkedin-url';
import { parseLocalizedNumber } from '../normalize/number';
import { excelDateBand, scientificNumber } from './excel-values';

/** Money words and symbols to the short units the number parser reads ("12.5 million" → 12.5M). */
const MONEY_WORDS: readonly [RegExp, string][] = [
  [/\b(billions?|bil|bln|bn)\b\.?/gi, 'B'],
  [/\b(millions?|mil|mio|mm|mn)\b\.?/gi, 'M'],
  [/\b(thousands?)\b/gi, 'K'],
  [/[$€£¥₫﷼₹]|\b(usd|eur|gbp|us\$)\b/gi, ''],
];

function money(text: string, multiplier: number): number | undefined {
  const value = parseLocalizedNumber(text);
  return value === undefined || value < 0 ? undefined : value * multiplier;
}

/**
 * An amount or a range of money as exports write it: "$12,500,000", "12.5M", "$10M - $50M",
 * "$1 bil. +", "Under $1M", "12500000.00". `multiplier` is 1000 for "(in 000s USD)" columns.
 */
export function parseMoneyRange(cell: string, multiplier = 1): Range | undefined {
  const sci = scientificNumber(cell);
  if (sci !== undefined) return { min: sci * multiplier, max: sci * multiplier };
  let text = cell.slice(0, 100);
  for (const [pattern, unit] of MONEY_WORDS) text = text.replace(pattern, unit);
  text = text.replace(/(\d)\s+([KMB])\b/g, '$1$2');
  const under = /^\s*(under|less than|below|up to|<)/i.test(text);
  const over = /\+\s*$|^\s*(over|more than|above|>)/i.test(text);
  const sides = text.split(/\s+(?:-|–|—|to)\s+|(?<=[\dKMB])\s*[-–—]\s*(?=\d)/i);
  // "5-10M": the unit of the upper bound applies to the lower one too.
  const unit = /\d\s*([KMB])\b/.exec(sides[1] ?? '')?.[1];
  if (unit && sides[0] && !/\d\s*[KMB]\b/.test(sides[0])) sides[0] = `${sides[0]}${unit}`;
  const first = sides[0] !== undefined ? money(sides[0], multiplier) : undefined;
  if (first === undefined) return undefined;
  const second = sides[1] !== undefined ? money(sides[1], multiplier) : undefined;
  if (second !== undefined) return first <= second ? { min: first, max: second } : undefined;
  if (under) return { min: 0, max: first };
  if (over) return { min: first };
  return { min: first, max: first };
}

/** A single amount ("$25,000,000", "25M"): the range's min when it is exact, else undefined. */
export function parseMoney(cell: string, multiplier = 1): number | undefined {
  const range = parseMoneyRange(cell, multiplier);
  return range && range.max === range.min ? range.min : range?.min;
}

/** A plausible founding year: "2012", "2012.0", "Founded 1998". */
export function parseYear(cell: string): number | undefined {
  const match = /(?<!\d)(1[0-9]{3}|2[0-9]{3})(?!\d)/.exec(cell);
  const year = match ? Number(match[1]) : Number.NaN;
  return year >= 1000 && year <= 3000 ? year : undefined;
}

/** A whole count ("1,234", "12"), or undefined. */
export function parseCount(cell: string): number | undefined {
  const sci = scientificNumber(cell);
  if (sci !== undefined) return Math.round(sci);
  const value = parseLocalizedNumber(cell);
  return value !== undefined && value >= 0 ? Math.round(value) : undefined;
}

/** A list cell: "AWS, Okta; Slack | Zoom" → distinct trimmed items, capped. */
export function parseList(cell: string, maxItems: number, maxLength: number): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of cell.split(/[,;|\n]+/)) {
    const item = part.trim().slice(0, maxLength);
    const key = item.toLowerCase();
    if (!item || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
    if (items.length >= maxItems) break;
  }
  return items;
}

/** The slug of a LinkedIn company URL ("linkedin.com/company/Acme-Inc/" → "acme-inc"). */
export function linkedinSlug(cell: string): string | undefined {
  const slug = linkedinCompanySlug(cell.slice(0, 2000));
  return slug && linkedinSlugKey(slug);
}

/** Ownership as LinkedIn names it ("Private" → "Privately Held"); see `canonicalCompanyType`. */
export function companyType(cell: string): string | undefined {
  return canonicalCompanyType(cell);
}

/** A round's date as yyyy-mm-dd or yyyy-mm when the cell holds one, else undefined. */
export function fundingDate(cell: string): string | undefined {
  const iso = /(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(cell);
  if (iso) return iso[0];
  const time = Date.parse(cell);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * An employee count or band from a file cell: "51-200", "1,001-5,000 employees", "10,001+",
 * "1.200" / "1 200" / "1,200" (grouped by the user's locale), "1.2E+03"; a band Excel turned
 * into a date ("10-Jan", "Nov-50", "1/10/2024") is read back when one known band fits, else
 * `'unreadable'` — a day number is never read as a headcount. `undefined` when the cell holds
 * no count.
 */
export function parseEmployeeCell(cell: string): Range | 'unreadable' | undefined {
  const date = excelDateBand(cell);
  if (date) return date === 'unreadable' ? date : date.range;
  const sci = scientificNumber(cell);
  if (sci !== undefined) return { min: Math.round(sci), max: Math.round(sci) };
  const range = parseEmployeeRange(cell);
  return range && Number.isFinite(range.min) ? range : undefined;
}
