import { getDomain } from 'tldts';

/** The target of a LinkedIn click-tracking link (`/redir/redirect?url=…`), or the link itself. */
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

/** An absolute http(s) URL for what a page wrote as a website ("acme.com", "www.acme.com/"). */
export function normalizeWebsite(text: string): string | undefined {
  const trimmed = unwrapLinkedInRedirect(text.trim());
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The registrable domain ("acme.co.uk") of a URL or host, by the public suffix list. */
export function registrableDomain(urlOrHost: string): string | undefined {
  const website = normalizeWebsite(urlOrHost);
  if (!website) return undefined;
  return getDomain(website) ?? undefined;
}
