/**
 * Technology evidence in words a seller reads — "script from js.hs-scripts.com", "generator tag
 * "WordPress 6.4.2"", "page element <div id="intercom-container">" — with the same sign
 * structured (`TechnologySign`: kind, host, name) for the popup. Hashed build names
 * ("main-4f3a9c1be2.js", Webflow's site ids) never reach the words: they become "…".
 */
import type { TechnologySign, TechnologySignKind } from '../../facts';

const MAX_NAME = 120;
const MAX_LINE = 200;

/** Text capped, whitespace collapsed. */
export function short(text: string, max = MAX_LINE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A build hash or id inside a path: 8+ hex characters with a digit, or 16+ letters and digits. */
const HASH = /[A-Za-z0-9_]{8,}/g;
const isHash = (token: string): boolean =>
  /\d/.test(token) &&
  (/^[a-f0-9]{8,}$/i.test(token) || (token.length >= 16 && /[A-Za-z]/.test(token)));

/** A path with its build hashes cut: "/_next/static/chunks/main-4f3a9c1be2.js" → "/_next/static/chunks/main-….js". */
export function withoutHashes(path: string): string {
  return path.replace(HASH, (token) => (isHash(token) ? '…' : token));
}

/**
 * The sign of a matched URL: its host (absent for the page's own relative files) and the path up
 * to the end of the path segment where the match ends ("/wp-content/", "/gtag/js"); the query
 * only when the match is in it.
 */
export function urlSign(kind: TechnologySignKind, url: string, matchEnd: number): TechnologySign {
  const relative = !/^(?:[a-z][\w+.-]*:)?\/\//i.test(url);
  const bare = url.replace(/^(?:[a-z][\w+.-]*:)?\/\//i, '');
  const offset = url.length - bare.length;
  const slash = relative ? 0 : bare.search(/[/?#]|$/);
  const host = relative ? undefined : withoutHashes(bare.slice(0, slash).toLowerCase());
  const rest = bare.slice(slash);
  const end = Math.max(0, matchEnd - offset - slash);
  // A match ending inside a segment ("jquery-3") shows the whole segment; one ending at "/" stops.
  const atBoundary = end === 0 || /[/?#=&]/.test(rest[end - 1] ?? '');
  const segmentEnd = atBoundary ? 0 : rest.slice(end).search(/[/?#]|$/);
  let path = rest.slice(0, end + Math.max(0, segmentEnd));
  const query = path.indexOf('?');
  if (query >= 0 && end <= query) path = path.slice(0, query);
  path = path.split('#')[0] ?? '';
  const cut = withoutHashes(path);
  const name = /^[/…]*$/.test(cut) ? '' : cut;
  return { kind, ...(host && { host }), ...(name && { name: short(name, MAX_NAME) }) };
}

const PLACE: Partial<Record<TechnologySignKind, string>> = {
  script: 'script',
  stylesheet: 'stylesheet',
  preconnect: 'connection hint',
  iframe: 'embedded frame',
};

/** One line for a sign: what a seller reads in the popup. */
export function signLine(sign: TechnologySign): string {
  const what = PLACE[sign.kind];
  if (what) {
    if (!sign.host) return short(`the site's ${what} ${sign.name ?? ''}`);
    const to = sign.kind === 'preconnect' ? 'to' : 'from';
    return short(`${what} ${to} ${sign.host}${sign.name ?? ''}`);
  }
  switch (sign.kind) {
    case 'inline-script':
      return short(`code on the page: "${sign.name ?? ''}"`);
    case 'generator':
      return short(`generator tag "${sign.name ?? ''}"`);
    case 'meta':
      return short(`meta tag ${sign.name ?? ''}`);
    case 'element':
      return short(`page element ${sign.name ?? ''}`);
    default:
      return short(`implied by ${sign.name ?? ''}`);
  }
}

/** An element as a sign: its tag and the attributes the selector looked at (hashes cut). */
export function elementSign(el: Element, selector: string): TechnologySign {
  const tag = el.tagName.toLowerCase();
  const names = new Set<string>();
  for (const [, name] of selector.matchAll(/\[([\w:-]+)/g)) if (name) names.add(name.toLowerCase());
  if (selector.includes('#')) names.add('id');
  if (/\.[\w-]/.test(selector.replace(/\[[^\]]*\]/g, ''))) names.add('class');
  const attributes = [...names]
    .filter((name) => el.hasAttribute(name))
    .map((name) => {
      const value = withoutHashes(short(el.getAttribute(name) ?? '', 60));
      return value ? `${name}="${value}"` : name;
    });
  return { kind: 'element', name: short(`<${[tag, ...attributes].join(' ')}>`, MAX_NAME) };
}
