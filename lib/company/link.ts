import type { CompanyFacts, Extraction } from '../facts';
import { type CompanyKeys, keysOf } from './resolve';

/**
 * The extractor id of the user's "Yes, same company" answer: an observation whose LinkedIn slug
 * and domain are both identity keys (unlike a website's own claim), so storing it joins the
 * website company and the LinkedIn company into one (see `resolveCompany`).
 */
export const USER_LINK_EXTRACTOR = 'user-link';

/** A stored company as the link question sees it: its identity keys and merged facts. */
export interface LinkCandidate extends CompanyKeys {
  id: string;
  name?: string;
  facts: CompanyFacts;
}

/** The LinkedIn company a website company claims to be, for the popup's one-line question. */
export interface LinkClaim {
  /** The stored LinkedIn company's id. */
  companyId: string;
  /** Its name as LinkedIn gave it (absent when LinkedIn showed none). */
  name?: string;
  /** The claimed LinkedIn slug, lower-cased and decoded. */
  slug: string;
}

/**
 * The LinkedIn slug a company's site claims (footer link, JSON-LD `sameAs`) without LinkedIn
 * having confirmed it: the merged slug when it is not one of the company's identity keys.
 */
export function claimedSlug(company: LinkCandidate): string | undefined {
  const slug = keysOf(company.facts).linkedinSlug;
  return slug && slug !== company.linkedinSlug ? slug : undefined;
}

/**
 * Whether to ask "same company?" for a website company and the stored LinkedIn company its site
 * claims. Asked only when the two are stored apart, the site company has no LinkedIn page of its
 * own, and the LinkedIn company names no other domain (LinkedIn saying another domain answers
 * the question: no). Pure; `dismissed` is whether the user already said "No" to this pair.
 */
export function linkClaim(
  site: LinkCandidate,
  linkedin: LinkCandidate | undefined,
  dismissed = false,
): LinkClaim | undefined {
  const slug = claimedSlug(site);
  if (!slug || !linkedin || dismissed || linkedin.id === site.id) return undefined;
  if (linkedin.linkedinSlug !== slug || !site.domain) return undefined;
  if (linkedin.domain && linkedin.domain !== site.domain) return undefined;
  return { companyId: linkedin.id, ...(linkedin.name && { name: linkedin.name }), slug };
}

/**
 * The observation that records the user's "Yes": the claimed slug (source `user`) and the site's
 * domain (source `url`, so a domain LinkedIn or the user gave still wins in the merge). Recorded
 * like a page (`recordObservation`), its keys join the two companies; as it carries no other
 * fact, LinkedIn's facts still win over the website's and the user's corrections over both.
 * @param url the website company's stored URL.
 */
export function linkObservation(url: string, slug: string, domain: string): Extraction {
  return {
    url,
    extractor: USER_LINK_EXTRACTOR,
    facts: {
      linkedinSlug: { value: slug, source: 'user', evidence: `linkedin.com/company/${slug}` },
      domain: { value: domain, source: 'url', evidence: url },
    },
    missing: [],
  };
}

/** The settings key of the user's "No" for a website company and a claimed slug. */
export const dismissedLinkKey = (siteCompanyId: string, slug: string) =>
  `link-dismissed:${siteCompanyId}|${slug}`;
