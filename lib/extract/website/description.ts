/**
 * The company's description, not an inner page's: the organization's or WebSite's own (JSON-LD,
 * microdata), else the page's meta description — named by its page in the evidence, so an inner
 * page's ("/karir: …") is told apart from the home page's. SEO prefixes and suffixes
 * ("Call now: 0909 123 456 |", "Hotline …", "Official site") are cut, and the evidence names
 * the page it came from.
 */
import { asciiDigits } from '../../normalize/number';
import { clean } from '../dom';

/** Segments that sell a click, not the company: phones, "call now", "official site"… */
const SEO_SEGMENT =
  /^(?:(?:call(?: us)?(?: now)?|phone|tel|hotline|zalo|whatsapp|liên hệ|gọi ngay|电话|热线|咨询热线|تلفن|تماس)(?![\p{L}])[^|]*|.*(?:official (?:web)?site|website chính thức|trang chủ chính thức|官网|官方网站|سایت رسمی).*|[\d\s+().\-–/]{7,})$/iu;
/** A phone number left inside a sentence: starts with "+" or a trunk "0" ("1 000 000 users" stays). */
const PHONE_RUN = /(?:☎\s*|📞\s*)?(?:\+\s?|(?<![\d.,])0)\(?\d[\d\s().-]{6,}\d/gu;

/**
 * A description without its SEO dressing: segments split on " | " (or " - " around a phone) that
 * are phone numbers, "Call now…", "Hotline…" or "Official site…" are dropped, and so are phone
 * runs left inside. Returns undefined when nothing is left.
 */
export function cleanDescription(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const segments = clean(text, 20_000)
    .split(/\s+[|｜•]\s+|\s*[|｜]\s*/u)
    .map((s) => clean(s.replace(/^[\s:–—-]+|[\s:–—-]+$/g, ''), 20_000))
    .filter((s) => s && !SEO_SEGMENT.test(asciiDigits(s)));
  const joined = clean(
    segments.join(' | ').replace(PHONE_RUN, (m) => (m.replace(/\D/g, '').length >= 8 ? '' : m)),
    20_000,
  )
    .replace(/^[\s:,.–—-]+/, '')
    .replace(/\s+([,.])/g, '$1');
  return joined.length >= 10 ? joined : undefined;
}

/** Evidence for a meta description: the page it describes, then the text. */
export function metaEvidence(page: URL, text: string): string {
  const where = page.pathname === '/' ? 'home page' : page.pathname;
  return `${where}: ${text}`;
}
