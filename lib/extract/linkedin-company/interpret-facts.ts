/**
 * The LinkedIn interpreter's fact writer and small readers shared by its parts: `put` keeps the
 * first (most trusted) source of each fact, websites, industries, digits.
 */
import { canonicalIndustry, INDUSTRIES } from '../../normalize/industry';
import { isLinkedInUrl, unwrapLinkedInRedirect } from '../../normalize/linkedin-redirect';
import { webAddress } from '../dom';
import { type FactWriter, factWriter } from '../fact-writer';
import { linkedInIndustry } from './words';

/**
 * Sets a fact unless a more trusted source already did (sources are read in trust order). Text is
 * held to the limits of `facts-schema.ts` (name 500, industry 300, company type 200, description
 * 20,000, others 2,000); any non-empty proof will do.
 */
export const put: FactWriter = factWriter({
  maxLength: { name: 500, industry: 300, companyType: 200, description: 20_000 },
  proof: 'any',
});

/** A company website: an http(s) URL or bare domain, LinkedIn redirects unwrapped, never LinkedIn. */
export function websiteOf(href: string | undefined): string | undefined {
  const target = href && webAddress(unwrapLinkedInRedirect(href));
  return target && !isLinkedInUrl(target) ? target : undefined;
}

export const hasDigit = (text: string) => /[\d\u06f0-\u06f9\u0660-\u0669\uff10-\uff19]/.test(text);

const KNOWN_INDUSTRIES = new Set<string>(INDUSTRIES);
/**
 * An industry as the facts hold it: the page's words when the normaliser knows them (it turns them
 * into LinkedIn's English name in the background), else the English name from this extractor's
 * table of the other UI languages, else the page's words.
 */
export function industryOf(text: string | undefined): string | undefined {
  if (!text || KNOWN_INDUSTRIES.has(canonicalIndustry(text))) return text;
  return linkedInIndustry(text) ?? text;
}
/** A LinkedIn industry name in any language we know ("Software Development", "软件开发"). */
export const isIndustryName = (text: string) =>
  KNOWN_INDUSTRIES.has(canonicalIndustry(industryOf(text) ?? ''));
