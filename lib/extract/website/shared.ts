/** What the website readers share: setting facts in trust order, links, lines of text. */
import { FACT_SOURCES, type FactSource } from '../../facts';
import { $$, clean, evidence } from '../dom';
import { type FactWriter, factWriter } from '../fact-writer';
import { FOOTER, OTHERS } from './selectors';

/**
 * Sets a fact unless a more trusted source already did (sources are read in trust order). Text is
 * held to the limits of `facts-schema.ts` (name 500, description 20,000, others 2,000); the proof
 * must show something visible, so blank markup proves nothing.
 */
export const put: FactWriter = factWriter({
  maxLength: { name: 500, description: 20_000 },
  proof: 'visible',
});

/** The most trusted of several sources (the first in `FACT_SOURCES`). */
export function mostTrusted(sources: FactSource[]): FactSource | undefined {
  return sources.sort((a, b) => FACT_SOURCES.indexOf(a) - FACT_SOURCES.indexOf(b))[0];
}

/** One piece of a composite fact (contacts, profiles, hiring, business model) and its proof. */
export interface Hint {
  source: FactSource;
  evidence: string;
}

/** Evidence for a composite fact: its pieces' proofs, joined and capped. */
export function joinEvidence(hints: Hint[]): string {
  return evidence([...new Set(hints.map((h) => h.evidence))].join('; '));
}

/** A link on the page: its absolute http(s) URL, text and element. Other schemes are dropped. */
export interface PageLink {
  url: URL;
  /** Visible text, else aria-label or title. */
  text: string;
  /** aria-label and title, for icon links. */
  label: string;
  el: Element;
}

const MAX_LINKS = 2000;

/** A URL resolved against the page, http(s) only (never `javascript:`, `data:`, …). */
export function httpUrl(href: string | null | undefined, base: URL): URL | undefined {
  const h = (href ?? '').trim();
  if (!h || h.length > 2000) return undefined;
  try {
    const u = new URL(h, base);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password
      ? u
      : undefined;
  } catch {
    return undefined;
  }
}

/** The page's http(s) links, first 2,000. */
export function pageLinks(doc: Document, base: URL): PageLink[] {
  const links: PageLink[] = [];
  for (const el of $$(doc, 'a[href]').slice(0, MAX_LINKS)) {
    const url = httpUrl(el.getAttribute('href'), base);
    // Inert markup is not on the page (linkedom parses it as elements, browsers do not).
    if (!url || el.closest('template, noscript')) continue;
    const label = clean(
      `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
      200,
    );
    links.push({ url, text: clean(el.textContent, 200) || label, label, el });
  }
  return links;
}

/** A URL as evidence: host and path, without the scheme, query or fragment. */
export function shortUrl(url: URL): string {
  return `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`.slice(
    0,
    150,
  );
}

/** An http(s) URL without its fragment, for values. */
export function cleanHref(url: URL): string {
  const u = new URL(url.href);
  u.hash = '';
  return u.href;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);
const BLOCK =
  /^(P|DIV|LI|UL|OL|ADDRESS|H[1-6]|TR|TD|DD|DT|DL|SECTION|ARTICLE|HEADER|FOOTER|NAV|ASIDE|TABLE|BLOCKQUOTE|FIGURE|FIGCAPTION|FORM|BUTTON)$/;

/**
 * The element's visible text as lines: a `<br>` or a block element starts a new line. At most
 * `maxChars` characters are read, so a huge element stays cheap.
 */
export function linesOf(root: Element, maxChars = 20_000): string[] {
  let text = '';
  const walk = (node: Node): void => {
    if (text.length > maxChars) return;
    if (node.nodeType === 3) {
      text += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (NOT_TEXT.has(el.tagName) || NOT_TEXT.has(tag)) return;
    if (tag === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCK.test(tag);
    if (block) text += '\n';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) text += '\n';
  };
  walk(root);
  return text
    .slice(0, maxChars)
    .split('\n')
    .map((line) => clean(line, 1000))
    .filter(Boolean);
}

/**
 * Whether the element sits in a section about other companies. Such a section inside the footer
 * still counts; a footer inside an `<article>` (a whole page wrapped in one) is the site's own.
 */
export function aboutOthers(el: Element): boolean {
  const other = el.closest(OTHERS);
  if (!other) return false;
  const footer = el.closest(FOOTER);
  return footer ? footer !== other && footer.contains(other) : true;
}
