import type { Range } from '../facts';
import { parseEmployeeRange } from '../normalize/employees';
import { localizedNumbers, parseLocalizedNumber } from '../normalize/number';
import { $$, ownText, textOf, webAddress } from './dom';
import { EMPLOYEES, FOLLOWERS, JOBS } from './linkedin-labels';

export interface Found<T> {
  value: T;
  text: string;
}

export interface TopCard {
  name?: string;
  tagline?: string;
  industry?: string;
  location?: string;
  website?: Found<string>;
  followers?: Found<number>;
  employees?: Found<Range>;
}

/** Words of counts: a text with one of them is never an industry or a place ("NaN followers"). */
const COUNT_WORDS = new RegExp(`${FOLLOWERS.source}|${EMPLOYEES.source}|${JOBS.source}`, 'i');
/** A link to LinkedIn itself (people search, login) rather than to the company's website. */
const LINKEDIN_LINK = /^https?:\/\/([^/?#]*\.)?linkedin\.com([/:?#]|$)/i;
/** Inside these, a text is a control or navigation, not a fact. */
const CONTROLS = 'a, button, nav, select, [aria-hidden="true"], [role="button"]';
/** "and" in the languages whose industry names have a comma ("Technology, Information and Internet"). */
const AND = /\s(and|und|et|e|y|en|và|ve|dan|и|i|و)\s|&|和/i;

/**
 * "Austin, Texas", "São Paulo, SP" and "تهران، تهران" are places; "Technology, Information and
 * Internet" is an industry: a place's last part is a short name without "and".
 */
function looksLikePlace(text: string): boolean {
  const parts = text.split(/[,，،]/);
  const last = parts[parts.length - 1]?.trim() ?? '';
  return parts.length > 1 && !AND.test(` ${last} `) && last.split(/\s+/).length <= 3;
}

/** The tagline: a class that says so, else the first short paragraph or heading after the name. */
function taglineOf(region: Element, h1: Element): Element | undefined {
  const byClass = region.querySelector('[class*="tagline"], [class*="headline"]');
  if (byClass) return byClass;
  return $$(region, 'p, h2, h4').find((el) => {
    const text = ownText(el);
    return (
      (h1.compareDocumentPosition(el) & 4) !== 0 &&
      text.length >= 2 &&
      !/\d/.test(text) &&
      !el.closest(CONTROLS)
    );
  });
}

/** One summary item: a count by its words, or a name (industry, place) by its shape. */
function readItem(card: TopCard, text: string, inControl: boolean): void {
  const hasDigit = /[\d\u06f0-\u06f9\u0660-\u0669]/.test(text);
  if (hasDigit && FOLLOWERS.test(text)) {
    const value = parseLocalizedNumber(text);
    if (value !== undefined) card.followers ??= { value: Math.round(value), text };
  } else if (hasDigit && EMPLOYEES.test(text)) {
    // A band ("1K-5K employees", "10,001+") is the size; one bare number is a members count.
    const range = parseEmployeeRange(text);
    const isBand = localizedNumbers(text).length === 2 || /\+|以上/.test(text);
    if (range && isBand) card.employees ??= { value: range, text };
  } else if (!hasDigit && !inControl && !COUNT_WORDS.test(text) && text.length <= 80) {
    if (looksLikePlace(text) && !card.location) card.location = text;
    else if (!card.industry) card.industry = text;
    else card.location ??= text;
  }
}

/**
 * The header of a company page: name (its h1), tagline, and the summary items — industry, place,
 * followers, employees — recognised by their shape ("48K followers", "1,001-5,000 employees", a
 * place with a comma), never by class or position in the list (LinkedIn hashes its classes on
 * newer layouts). Without a comma, industry comes before the place, as on every layout seen.
 */
export function readTopCard(doc: Document): TopCard {
  const h1 = doc.querySelector('main h1') ?? doc.querySelector('h1');
  if (!h1) return {};
  const card: TopCard = { name: textOf(h1, 500) || undefined };
  const region = h1.closest('section') ?? h1.parentElement?.parentElement;
  if (!region) return card;
  const tagline = taglineOf(region, h1);
  card.tagline = textOf(tagline, 2000) || undefined;
  for (const el of $$(region, '*')) {
    if (el === h1 || el === tagline || h1.contains(el) || tagline?.contains(el)) continue;
    for (const text of ownText(el).split(/\s[·•|]\s|^[·•]\s*|\s*[·•]$/)) {
      if (/\p{L}/u.test(text)) readItem(card, text.trim(), el.closest(CONTROLS) !== null);
    }
  }
  const href = $$(region, 'a[href^="http"]')
    .map((a) => webAddress(a.getAttribute('href')))
    .find((link) => link && !LINKEDIN_LINK.test(link));
  if (href) card.website = { value: href, text: href };
  return card;
}
