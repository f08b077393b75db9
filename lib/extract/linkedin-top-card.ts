import type { Funding, Range } from '../facts';
import { parseEmployeeRange } from '../normalize/employees';
import { parseLocalizedNumber } from '../normalize/number';
import { textOf } from './dom';
import { EMPLOYEES, FOLLOWERS } from './linkedin-labels';

export interface TopCard {
  name?: string;
  tagline?: string;
  followers?: { value: number; text: string };
  employees?: { value: Range; text: string };
}

const DIGIT = /[\d\u06f0-\u06f9\u0660-\u0669]/;

/** Short texts of the elements that hold no other elements: the summary items. */
function leafTexts(root: Element): string[] {
  return Array.from(root.querySelectorAll('*'))
    .filter((el) => el.children.length === 0 || /^(SPAN|A|LI|DIV|P)$/.test(el.tagName))
    .map(textOf)
    .filter((t) => t.length > 0 && t.length <= 80)
    .sort((a, b) => a.length - b.length); // the tightest element is the best evidence
}

/**
 * The header of a company page: name (the page's h1), tagline, and the summary items matched by
 * their text shape ("10K followers", "1,001-5,000 employees") — never by class or position, which
 * LinkedIn changes (its classes are now hashed on some layouts).
 */
export function readTopCard(doc: Document): TopCard {
  const h1 = doc.querySelector('main h1, h1');
  if (!h1) return {};
  const card: TopCard = { name: textOf(h1) || undefined };
  const region = h1.closest('section') ?? h1.parentElement?.parentElement ?? h1.parentElement;
  if (!region) return card;
  for (const text of leafTexts(region)) {
    if (!DIGIT.test(text)) continue;
    const part = text.split(/\s[·•]\s/).find((p) => FOLLOWERS.test(p) || EMPLOYEES.test(p)) ?? text;
    if (!card.followers && FOLLOWERS.test(part)) {
      const value = parseLocalizedNumber(part);
      if (value !== undefined) card.followers = { value: Math.round(value), text: part };
    } else if (!card.employees && EMPLOYEES.test(part)) {
      const value = parseEmployeeRange(part);
      if (value) card.employees = { value, text: part };
    }
  }
  const tagline =
    region.querySelector('[class*="tagline"], .top-card-layout__headline') ??
    siblingsAfter(h1).find((el) => {
      const t = textOf(el);
      return t.length >= 8 && t.length <= 300 && !FOLLOWERS.test(t) && !EMPLOYEES.test(t);
    });
  if (tagline) card.tagline = textOf(tagline) || undefined;
  return card;
}

function siblingsAfter(el: Element): Element[] {
  const out: Element[] = [];
  for (let s = el.nextElementSibling; s && out.length < 3; s = s.nextElementSibling) {
    if (/^(P|H2|H3|H4|DIV)$/.test(s.tagName)) out.push(s);
  }
  return out;
}

const STAGE =
  /\b(Pre-Seed|Seed|Angel|Series [A-K]|Venture|Private Equity|Debt Financing|Convertible Note|Grant|Corporate Round|Post-IPO Equity|IPO)\b/i;
const AMOUNT = /(?:US\$|\$|USD)\s*([\d.,]+)\s*([KMB])?/i;
const DATE = /\b([A-Z][a-z]{2}) (\d{1,2}), (\d{4})\b/;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** The public page's funding box (data from Crunchbase): last round's stage, amount and date. */
export function readFunding(doc: Document): { value: Funding; text: string } | undefined {
  const link = doc.querySelector('a[href*="crunchbase.com"]');
  const box = link?.closest('section') ?? link?.parentElement?.parentElement;
  if (!box) return undefined;
  const text = textOf(box);
  const stage = STAGE.exec(text)?.[1];
  const amount = AMOUNT.exec(text);
  const date = DATE.exec(text);
  const value: Funding = {};
  if (stage) value.stage = stage.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/^Ipo$/, 'IPO');
  if (amount?.[1]) {
    const n = Number(amount[1].replace(/,/g, ''));
    const unit = { K: 1e3, M: 1e6, B: 1e9 }[(amount[2] ?? '').toUpperCase() as 'K' | 'M' | 'B'] ?? 1;
    if (Number.isFinite(n)) value.amountUsd = Math.round(n * unit);
  }
  if (date) {
    const month = MONTHS.indexOf(date[1] ?? '') / 3 + 1;
    if (month >= 1) value.date = `${date[3]}-${String(month).padStart(2, '0')}-${(date[2] ?? '').padStart(2, '0')}`;
  }
  return Object.keys(value).length > 0 ? { value, text: text.slice(0, 200) } : undefined;
}
