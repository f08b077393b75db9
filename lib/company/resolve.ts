import type { CompanyFacts } from '../facts';

/** What identifies a company across sources: its LinkedIn slug and its website's domain. */
export interface CompanyKeys {
  linkedinSlug?: string;
  domain?: string;
}

/** A stored company as entity resolution sees it. */
export interface KnownCompany extends CompanyKeys {
  id: string;
}

export interface Resolution {
  /** The company the observation belongs to: an existing id, or a new one. */
  id: string;
  /** Other stored companies that turned out to be the same one: merge them into `id`. */
  absorb: string[];
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Slugs lower-cased and percent-decoded; domains lower-cased without a leading "www.". */
export function keysOf(facts: CompanyFacts): CompanyKeys {
  const slug = facts.linkedinSlug?.value;
  const domain = facts.domain?.value;
  return {
    ...(slug && { linkedinSlug: decode(slug).toLowerCase() }),
    ...(domain && { domain: domain.toLowerCase().replace(/^www\./, '') }),
  };
}

/**
 * Which extractors speak for a company's LinkedIn page. A website's own link to a LinkedIn page
 * (footer, JSON-LD `sameAs`) is only a claim: anyone can link to any company, so it never joins
 * a site to a LinkedIn company. They become one when the LinkedIn page names the site's domain.
 */
const claimsOnly = (extractor: string) => extractor === 'website';

/** The keys a page may be matched by: its slug and domain, without a website's slug claim. */
export function identityKeys(page: { extractor: string; facts: CompanyFacts }): CompanyKeys {
  const keys = keysOf(page.facts);
  if (claimsOnly(page.extractor)) delete keys.linkedinSlug;
  return keys;
}

/**
 * A company's keys from all its observations: the domain of the merged facts, and the LinkedIn
 * slug only as a LinkedIn page (or the user's file) gave it, the merged one first.
 */
export function companyKeys(
  observations: readonly { extractor: string; facts: CompanyFacts }[],
  merged: CompanyFacts,
): CompanyKeys {
  const slugs = observations.flatMap((o) => identityKeys(o).linkedinSlug ?? []);
  const preferred = keysOf(merged).linkedinSlug;
  const linkedinSlug = preferred && slugs.includes(preferred) ? preferred : slugs.at(-1);
  const { domain } = keysOf(merged);
  return { ...(linkedinSlug && { linkedinSlug }), ...(domain && { domain }) };
}

/** The lookup keys stored on a company record (a multi-entry index). */
export function lookupKeys(keys: CompanyKeys): string[] {
  return [
    ...(keys.linkedinSlug ? [`li:${keys.linkedinSlug}`] : []),
    ...(keys.domain ? [`domain:${keys.domain}`] : []),
  ];
}

/** A new company's id: its LinkedIn slug when known, else its domain, else the page URL. */
export function newCompanyId(keys: CompanyKeys, url: string): string {
  return lookupKeys(keys)[0] ?? `url:${url}`;
}

/** Two companies can be one unless they name different LinkedIn pages or different domains. */
function compatible(a: CompanyKeys, b: CompanyKeys): boolean {
  const slugsAgree = !a.linkedinSlug || !b.linkedinSlug || a.linkedinSlug === b.linkedinSlug;
  const domainsAgree = !a.domain || !b.domain || a.domain === b.domain;
  return slugsAgree && domainsAgree;
}

/**
 * Which stored company a page belongs to. A LinkedIn page gives its slug and (from its website
 * field) the domain; a website gives its domain and (from its own link to LinkedIn, or JSON-LD
 * `sameAs`) the slug. Companies sharing a key are one company, unless that would join two
 * different LinkedIn pages or two different domains (a group's subsidiaries, a reseller's site
 * linking to its vendor): such a candidate is left apart. The company with the same slug keeps
 * its id, else the one with the same domain; any other match is absorbed into it.
 */
export function resolveCompany(
  keys: CompanyKeys,
  url: string,
  candidates: readonly KnownCompany[],
): Resolution {
  const bySlug = candidates.filter(
    (c) => keys.linkedinSlug && c.linkedinSlug === keys.linkedinSlug,
  );
  const byDomain = candidates.filter((c) => keys.domain && c.domain === keys.domain);
  const joined: KnownCompany[] = [];
  let combined: CompanyKeys = { ...keys };
  for (const c of [...bySlug, ...byDomain]) {
    if (joined.includes(c) || !compatible(combined, c)) continue;
    joined.push(c);
    combined = {
      linkedinSlug: combined.linkedinSlug ?? c.linkedinSlug,
      domain: combined.domain ?? c.domain,
    };
  }
  const [first, ...rest] = joined;
  if (!first) {
    // A new company; its natural id may belong to a company it was kept apart from.
    const taken = new Set(candidates.map((c) => c.id));
    const id = [...lookupKeys(keys), `url:${url}`].find((k) => !taken.has(k)) ?? `url:${url}`;
    return { id, absorb: [] };
  }
  return { id: first.id, absorb: rest.map((c) => c.id) };
}
