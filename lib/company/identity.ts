import type { CompanyFacts } from '../facts';

/**
 * A company's key: its LinkedIn slug when known, else its website's registrable domain, else the
 * page URL. Slugs are lower-cased and percent-decoded so `/company/Acme-Inc/` and `/company/acme-inc`
 * are one company.
 */
export function companyIdFor(facts: CompanyFacts, url: string): string {
  const slug = facts.linkedinSlug?.value;
  if (slug) return `li:${decodeSafely(slug).toLowerCase()}`;
  const domain = facts.domain?.value;
  if (domain) return `domain:${domain.toLowerCase()}`;
  return `url:${url}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
