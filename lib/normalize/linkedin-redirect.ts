/** linkedin.com or any of its subdomains (www., de., vn., lnkd.in is LinkedIn's short-link host). */
const LINKEDIN_HOST = /(^|\.)(linkedin\.com|lnkd\.in)$/i;

/** Whether an address is LinkedIn's own ("https://www.linkedin.com/…", "de.linkedin.com/…"). */
export function isLinkedInUrl(href: string): boolean {
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:/i.test(href) ? href : `https://${href}`);
    return LINKEDIN_HOST.test(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The target of a LinkedIn click-tracking or safety link, or the link itself:
 * `https://www.linkedin.com/redir/redirect?url=…`, `/redir/redirect/?url=`, the safety page
 * `/safety/go?url=…`, and any linkedin.com link (also relative, "/redir/…") that carries its
 * target in `url=` (the ones seen carry an absolute http(s) address there). Wrappers inside
 * wrappers are unwrapped too (at most three deep). Apart from `domain.ts` (which pulls in the
 * public suffix list) so small bundles can use it.
 */
export function unwrapLinkedInRedirect(href: string): string {
  let current = href;
  for (let depth = 0; depth < 3; depth++) {
    let target: string | null = null;
    try {
      const url = new URL(current, 'https://www.linkedin.com/');
      if (LINKEDIN_HOST.test(url.hostname)) target = url.searchParams.get('url');
    } catch {
      // not a URL: returned as it is
    }
    if (!target || !/^https?:\/\//i.test(target.trim())) break;
    current = target.trim();
  }
  return current;
}
