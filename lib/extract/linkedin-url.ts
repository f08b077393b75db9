const HOST = /^([a-z]{2,3}(-[a-z]{2})?\.|www\.)?linkedin\.com$/i;
const PATH = /^\/(company|showcase)\/([^/?#]+)\/?/i;
/** Paths under /company/ that are LinkedIn's own pages, not companies. */
const NOT_COMPANIES = new Set(['setup', 'unavailable']);

/**
 * The company's URL slug ("acme" for https://www.linkedin.com/company/acme/about/), or undefined
 * when the URL is not a LinkedIn company or showcase page. Percent-escapes are decoded. Small:
 * the content script uses it to know when it is on a company page.
 */
export function linkedInSlug(url: URL): string | undefined {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return undefined;
  const raw = PATH.exec(url.pathname)?.[2];
  let slug = raw;
  try {
    slug = raw && decodeURIComponent(raw);
  } catch {
    // a malformed escape stays as written
  }
  return slug && !NOT_COMPANIES.has(slug.toLowerCase()) ? slug : undefined;
}
