import { getDomain } from 'tldts';
import { unwrapLinkedInRedirect } from './linkedin-redirect';

export { unwrapLinkedInRedirect };

/**
 * An absolute http(s) URL for what a page wrote as a website ("acme.com", "www.acme.com/",
 * a LinkedIn redirect link). Other schemes (`javascript:`, `mailto:`, `ftp:`), hosts without a dot
 * and text with spaces give `undefined`.
 */
export function normalizeWebsite(text: string): string | undefined {
  const trimmed = unwrapLinkedInRedirect(text.trim()).trim();
  if (!trimmed || trimmed.length > 2000 || /\s/.test(trimmed)) return undefined;
  const hasScheme = /^[a-z][a-z\d+-]*:(?!\d)/i.test(trimmed);
  if (hasScheme && !/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(hasScheme ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`);
    if (url.username || url.password || !url.hostname.includes('.')) return undefined;
    return url.href;
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
