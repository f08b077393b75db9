/**
 * The target of a LinkedIn click-tracking link (`https://www.linkedin.com/redir/redirect?url=…`,
 * also `/redir/redirect/?url=`), or the link itself. Apart from `domain.ts` (which pulls in the
 * public suffix list) so the content script can use it.
 */
export function unwrapLinkedInRedirect(href: string): string {
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (/(^|\.)linkedin\.com$/i.test(url.hostname) && /^\/redir\/redirect\/?$/.test(url.pathname)) {
      return url.searchParams.get('url') ?? href;
    }
  } catch {
    // not a URL: returned as it is
  }
  return href;
}
