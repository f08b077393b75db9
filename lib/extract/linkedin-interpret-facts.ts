/**
 * The LinkedIn interpreter's fact writer and small readers shared by its parts: `put` keeps the
 * first (most trusted) source of each fact, websites, industries, digits.
 */
import type { CompanyFacts, Fact, FactName, FactSource } from '../facts';
import { canonicalIndustry, INDUSTRIES } from '../normalize/industry';
import { isLinkedInUrl, unwrapLinkedInRedirect } from '../normalize/linkedin-redirect';
import { clean, evidence, webAddress } from './dom';
import { linkedInIndustry } from './linkedin-words';

/** Longest text each field may hold (the limits of `facts-schema.ts`); others take 2,000. */
const MAX: Partial<Record<FactName, number>> = {
  name: 500,
  industry: 300,
  companyType: 200,
  description: 20_000,
};

type Value<K extends FactName> = NonNullable<CompanyFacts[K]>['value'];

/** Sets a fact unless a more trusted source already did (sources are read in trust order). */
export function put<K extends FactName>(
  facts: CompanyFacts,
  name: K,
  value: Value<K> | undefined,
  source: FactSource,
  text?: string,
): void {
  const v = typeof value === 'string' ? clean(value, MAX[name] ?? 2000) : value;
  const proof = text ?? (typeof v === 'string' ? v : '');
  if (facts[name] || v === undefined || v === '' || !proof) return;
  facts[name] = { value: v, source, evidence: evidence(proof) } as Fact<unknown> as CompanyFacts[K];
}

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
