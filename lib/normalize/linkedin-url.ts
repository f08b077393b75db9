/**
 * The one home of LinkedIn company URLs: which hosts are LinkedIn's, which paths are company
 * pages (`/company/<slug>` and showcase pages `/showcase/<slug>`), which slugs are LinkedIn's
 * own pages (`/company/setup/`, `/company/unavailable/`), and the match patterns the manifest
 * grants. Used by the LinkedIn page extractor, website social links, CSV cells and the manifest.
 * Small and table-free: the content script imports it.
 */

/** Host permission the manifest asks for; the LinkedIn content script runs on these pages. */
export const LINKEDIN_MATCHES = ['https://*.linkedin.com/*'] as const;

/** linkedin.com, www., a country or language subdomain ("de.", "zh-cn."), or mobile "m.". */
export const LINKEDIN_HOST = /^([a-z]{2,3}(-[a-z]{2})?\.|www\.|m\.)?linkedin\.com$/i;

const COMPANY_PATH = /^\/(?:company|showcase)\/([^/?#]+)\/?/i;
/** Paths under /company/ that are LinkedIn's own pages, not companies. */
const NOT_COMPANIES = /^(setup|unavailable)$/i;
const MAX_SLUG = 200;

function asUrl(input: string | URL): URL | undefined {
  if (input instanceof URL) return input;
  const text = input.trim();
  if (!text || text.length > 2000 || /\s/.test(text)) return undefined;
  try {
    // CSV cells often omit the scheme: "linkedin.com/company/acme", "www.linkedin.com/…".
    return new URL(
      /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`,
    );
  } catch {
    return undefined;
  }
}

/**
 * The company's slug in a LinkedIn company or showcase page URL (absolute URL, or a cell such as
 * "linkedin.com/company/acme-inc/about/"), percent-decoded (a malformed escape stays as written),
 * case as written; `undefined` for other hosts, other paths (people, schools, search), schemes
 * other than http(s), LinkedIn's own `/company/setup/` pages and slugs over 200 characters.
 */
export function linkedinCompanySlug(input: string | URL): string | undefined {
  const url = asUrl(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  if (!LINKEDIN_HOST.test(url.hostname)) return undefined;
  const raw = COMPANY_PATH.exec(url.pathname)?.[1];
  if (!raw) return undefined;
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // a malformed escape stays as written
  }
  return slug.length <= MAX_SLUG && !NOT_COMPANIES.test(slug) ? slug : undefined;
}

/** The slug as company identity compares it: lower-cased (LinkedIn slugs are case-insensitive). */
export function linkedinSlugKey(slug: string): string {
  return slug.toLowerCase();
}
