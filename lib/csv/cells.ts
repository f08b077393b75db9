import type { Range } from '../facts';
import { parseLocalizedNumber } from '../normalize/number';

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

/** The slug of a LinkedIn company URL ("linkedin.com/company/acme-inc/" → "acme-inc"). */
export function linkedinSlug(cell: string): string | undefined {
  const match = /linkedin\.com\/company\/([^/?#\s]+)/i.exec(cell);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase().slice(0, 200);
  } catch {
    return match[1].toLowerCase().slice(0, 200);
  }
}

const COMPANY_TYPES: readonly [RegExp, string][] = [
  [/^(private(ly held)?|private company)$/i, 'Privately Held'],
  [/^(public( company)?|publicly (held|traded))$/i, 'Public Company'],
  [/^non-?profit( organization)?$/i, 'Nonprofit'],
  [/^(government( agency)?|public sector)$/i, 'Government Agency'],
  [/^(education(al)?( institution)?)$/i, 'Educational'],
  [/^partnership$/i, 'Partnership'],
  [/^self-?employed$/i, 'Self-Employed'],
  [/^sole proprietorship$/i, 'Sole Proprietorship'],
];

/** What CRMs put in a "Type" column: the relationship to the seller, not the company's type. */
const RELATIONSHIP =
  /^(prospect|customer|client|partner|reseller|vendor|supplier|competitor|investor|analyst|press|integrator|other|lead)\b|partner$/i;

/**
 * Ownership as LinkedIn names it ("Private" → "Privately Held"); other values as written, except
 * CRM relationship types ("Prospect", "Customer - Direct"), which say nothing about the company.
 */
export function companyType(cell: string): string | undefined {
  const text = cell.trim();
  const known = COMPANY_TYPES.find(([pattern]) => pattern.test(text))?.[1];
  if (known) return known;
  return RELATIONSHIP.test(text) ? undefined : text.slice(0, 200);
}

/** A round's date as yyyy-mm-dd or yyyy-mm when the cell holds one, else undefined. */
export function fundingDate(cell: string): string | undefined {
  const iso = /(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(cell);
  if (iso) return iso[0];
  const time = Date.parse(cell);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().slice(0, 10);
}
