import { getDomain, parse } from 'tldts';
import { unwrapLinkedInRedirect } from './linkedin-redirect';

export { unwrapLinkedInRedirect };

/** A website as `normalizeWebsite` gives it, with the parts the domain is read from. */
interface Site {
  href: string;
  /** Lowercased, as the URL parser gives it. */
  host: string;
  pathname: string;
}

/**
 * The common website cell, read without the URL parser: an optional http(s) scheme (any case), an
 * ASCII host of letter, digit and hyphen labels whose last label starts with a letter (so never
 * an IPv4 address) and none of which is punycode ("xn--…", which the parser validates), then an
 * optional path of plain segments (no dots, so no "." or ".." segment to resolve; nothing to
 * percent-encode). For exactly these the WHATWG URL parser's `href` is the lowercased scheme and
 * host followed by the path, or "/" when there is none.
 */
const PLAIN_SITE = /^(?:(https?):\/\/)?((?:[a-z\d-]+\.)+[a-z][a-z\d-]*)((?:\/[\w~-]+)*\/?)$/i;

function plainSite(text: string): Site | undefined {
  const match = PLAIN_SITE.exec(text);
  if (!match) return undefined;
  const host = (match[2] as string).toLowerCase();
  // A punycode label ("xn--…", any case before lowercasing) is left to the URL parser.
  if (host.startsWith('xn--') || host.includes('.xn--')) return undefined;
  const scheme = (match[1] ?? 'https').toLowerCase();
  const pathname = match[3] || '/';
  return { href: `${scheme}://${host}${pathname}`, host, pathname };
}

function site(text: string): Site | undefined {
  const plain = text.length <= 2000 ? plainSite(text) : undefined;
  if (plain) return plain;
  const trimmed = unwrapLinkedInRedirect(text.trim()).trim();
  if (!trimmed || trimmed.length > 2000 || /\s/.test(trimmed)) return undefined;
  const hasScheme = /^[a-z][a-z\d+-]*:(?!\d)/i.test(trimmed);
  if (hasScheme && !/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(hasScheme ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`);
    if (url.username || url.password || !url.hostname.includes('.')) return undefined;
    return { href: url.href, host: url.hostname, pathname: url.pathname };
  } catch {
    return undefined;
  }
}

/**
 * An absolute http(s) URL for what a page wrote as a website ("acme.com", "www.acme.com/",
 * a LinkedIn redirect link). Other schemes (`javascript:`, `mailto:`, `ftp:`), hosts without a dot
 * and text with spaces give `undefined`. The plain cell most exports hold ("http://www.acme.com")
 * is read without the URL parser, to the same result (see `PLAIN_SITE`).
 */
export function normalizeWebsite(text: string): string | undefined {
  return site(text)?.href;
}

/**
 * Hosts that serve many companies' sites under one name, each in its own path: the company is
 * the host plus its first `segments` path segments (`sites.google.com/view/acme`,
 * `s3.amazonaws.com/acme-site`). Sources: Google Sites URL forms (`/view/<name>` for new sites,
 * `/site/<name>` for classic ones); Amazon S3 path-style bucket URLs (`s3.amazonaws.com/<bucket>`,
 * `s3.<region>.amazonaws.com/<bucket>`, `s3-<region>.amazonaws.com/<bucket>`); Google Cloud
 * Storage (`storage.googleapis.com/<bucket>`).
 */
const PATH_HOSTS: readonly { host: RegExp; segments: number; first?: RegExp }[] = [
  { host: /^sites\.google\.com$/, segments: 2, first: /^(view|site)$/ },
  { host: /^s3([.-][a-z0-9-]+)?\.amazonaws\.com$/, segments: 1 },
  { host: /^storage\.googleapis\.com$/, segments: 1 },
];

/**
 * The path-based site of a URL on a shared host ("sites.google.com/view/acme"); `null` for the
 * shared host's own pages (no site of its own); undefined for every other host.
 */
function pathSite(url: Site): string | null | undefined {
  const host = url.host.toLowerCase();
  // Every rule's host ends in one of these: most hosts are ruled out without a regex.
  if (!host.endsWith('.com')) return undefined;
  if (
    !host.endsWith('google.com') &&
    !host.endsWith('amazonaws.com') &&
    !host.endsWith('googleapis.com')
  )
    return undefined;
  const rule = PATH_HOSTS.find((r) => r.host.test(host));
  if (!rule) return undefined;
  const segments = url.pathname.split('/').filter(Boolean).slice(0, rule.segments);
  if (segments.length < rule.segments || (rule.first && !rule.first.test(segments[0] ?? '')))
    return null;
  return [host, ...segments.map((s) => s.toLowerCase())].join('/');
}

/**
 * Top-level names used only inside private networks, never by a public site: `.local` (mDNS,
 * RFC 6762), `.localhost` (RFC 6761), `.internal` (reserved by ICANN for private use, 2024), and the
 * names ICANN's SSAC found in wide internal use (SAC113): `.corp`, `.home`, `.lan`, `.intranet`,
 * `.localdomain`, `.private`. Unknown names outside this list (e.g. the documentation TLD `.example`)
 * are treated like any other suffix.
 */
const INTRANET_SUFFIXES = new Set([
  'local',
  'localhost',
  'internal',
  'corp',
  'home',
  'lan',
  'intranet',
  'localdomain',
  'private',
]);

/**
 * The registrable domain ("acme.co.uk") of a URL or host, by the public suffix list *with* its
 * private section, so each site on shared hosting is its own company (`acme.myshopify.com`,
 * `acme.github.io`, `acme.vercel.app`, `acme.pages.dev`, `acme.wixsite.com`, `acme.blogspot.com`,
 * `acme.s3.amazonaws.com`). On hosts that put each site in a path (Google Sites, path-style S3 and
 * Cloud Storage) it is the host and the site's path: "sites.google.com/view/acme". Undefined for
 * IP addresses, `localhost`, single-label and intranet hosts (`INTRANET_SUFFIXES`), and a shared
 * host's bare root.
 */
export function registrableDomain(urlOrHost: string): string | undefined {
  const url = site(urlOrHost);
  return url && domainOf(url);
}

/**
 * A website cell read once into both facts: the URL as `normalizeWebsite` gives it and its
 * registrable domain as `registrableDomain` gives it (undefined for an IP address, an intranet
 * host…). Undefined when the text is no website.
 */
export function websiteAndDomain(text: string): { website: string; domain?: string } | undefined {
  const url = site(text);
  if (!url) return undefined;
  const domain = domainOf(url);
  return domain === undefined ? { website: url.href } : { website: url.href, domain };
}

/** The public suffix list with its private section, on a host the URL parser already read. */
const PSL_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;

function domainOf(url: Site): string | undefined {
  const path = pathSite(url);
  if (path !== undefined) return path ?? undefined;
  // The URL parser's host (lowercased, punycode): tldts need not find it in the URL again.
  const host = url.host;
  let end = host.length;
  while (end > 1 && host.charCodeAt(end - 1) === 46) end--; // "acme.com." as tldts reads it
  // A host whose last label is no intranet name is decided by its registrable domain alone:
  // tldts' getDomain, which builds no result object (this runs for every row of a file).
  if (!INTRANET_SUFFIXES.has(host.slice(host.lastIndexOf('.', end - 1) + 1, end)))
    return getDomain(host, PSL_OPTIONS) || undefined;
  const parsed = parse(host, PSL_OPTIONS);
  if (parsed.isIp || !parsed.domain) return undefined;
  const known = parsed.isIcann || parsed.isPrivate;
  if (!known && INTRANET_SUFFIXES.has(parsed.publicSuffix ?? '')) return undefined;
  return parsed.domain;
}

/** IPv4 hosts in private, loopback, link-local, CGNAT and unspecified ranges (RFC 1918, 6598, 3927). */
const PRIVATE_IPV4 = [
  /^10\./,
  /^127\./,
  /^0\./,
  /^169\.254\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

/**
 * Whether a page's URL may become a company: an http(s) URL on a host with a registrable domain
 * under a known public suffix. Never IP addresses (public or private: RFC 1918 ranges, loopback,
 * link-local, IPv6), `localhost`, single-label hosts ("intranet") or intranet names (`.local`,
 * `.internal`, `.corp`, `.lan`…, see `INTRANET_SUFFIXES`), nor `.arpa` names (`home.arpa`, the
 * residential network name of RFC 8375).
 */
export function isCompanyHost(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(parsed.protocol)) return false;
  const host = parsed.hostname.toLowerCase();
  if (host.startsWith('[') || host.endsWith('.arpa') || PRIVATE_IPV4.some((r) => r.test(host)))
    return false;
  return registrableDomain(parsed.href) !== undefined;
}

/**
 * A URL as ICP Lens stores it: without query string, fragment or credentials (reset tokens,
 * session ids, tracking parameters), keeping scheme, host and path — what identifies the page.
 * Text that is not an absolute URL is returned unchanged.
 */
export function storableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}
