import { linkedinCompanySlug } from '../normalize/linkedin-url';

/**
 * The company's URL slug ("acme" for https://www.linkedin.com/company/acme/about/), or undefined
 * when the URL is not an https LinkedIn company or showcase page. The rules (hosts, paths,
 * LinkedIn's own pages) live in `lib/normalize/linkedin-url.ts`; the content script uses this to
 * know when it is on a company page.
 */
export function linkedInSlug(url: URL): string | undefined {
  return url.protocol === 'https:' ? linkedinCompanySlug(url) : undefined;
}
