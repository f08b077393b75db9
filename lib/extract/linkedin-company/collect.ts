import { $$, clean, metaContent, ownText, textOf } from '../dom';
import { anyOf } from '../selectors';
import type {
  CollectedItem,
  CollectedRow,
  CollectedSection,
  CollectedTopCard,
  LinkedInPage,
} from './page';
import { PUBLIC_ROW_PREFIX_LENGTH, LINKEDIN_SELECTORS as S } from './selectors';

/**
 * The content script's half of LinkedIn extraction: the page's structure in its own words —
 * label/value rows, sections with their headings and paragraphs, the top card's items, short
 * links, JSON-LD and meta text — with no language table, so it stays small and works in every UI
 * language. Everything is capped (counts and lengths), so a hostile page cannot make the message
 * big. Read-only: it changes nothing in the page.
 */

const MAX_ROWS = 80;
const MAX_LINKS = 150;
const MAX_SECTIONS = 40;
/** A post of the page's feed: never a source of facts, and it changes as the feed loads. */
const POST = anyOf(S.post);
const PUBLIC_ROW = anyOf(S.publicRow);
/** Inside these, a text is a control or navigation, not a fact. */
const CONTROLS = 'a, button, nav, select, [aria-hidden="true"], [role="button"]';

/**
 * The first `max` characters of an element's visible text, read text node by text node (script,
 * style and template contents skipped): it costs what it reads, not the size of the element.
 */
function leadingText(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max * 2; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, template, noscript'))
      text += ` ${node.textContent}`;
  }
  return clean(text, max);
}

/** What follows a label: the `dd`s after a `dt`, or the siblings after a heading (until the next). */
function valuesAfter(label: Element): Element[] {
  const values: Element[] = [];
  const isDt = label.tagName === 'DT';
  for (let el = label.nextElementSibling; el && values.length < 3; el = el.nextElementSibling) {
    if (isDt ? el.tagName !== 'DD' : el.tagName === label.tagName) break;
    values.push(el);
  }
  return values;
}

function rowOf(label: string, values: Element[], sections: Element[]): CollectedRow | undefined {
  const texts = values.map((v, i) => textOf(v, i === 0 ? 20_000 : 2000)).filter(Boolean);
  if (texts.length === 0) return undefined;
  const href = values[0]?.querySelector('a[href]')?.getAttribute('href') ?? undefined;
  const lines = values
    .slice(1)
    .flatMap((el) => [el, ...$$(el, '*')])
    .slice(0, 20)
    .map((el) => textOf(el, 200))
    .filter(Boolean);
  const publicRow = values[0]?.closest(PUBLIC_ROW);
  const section = values[0]?.closest('section');
  return {
    label,
    values: texts,
    ...(href && { href: href.slice(0, 2000) }),
    lines,
    ...(publicRow && {
      publicId: publicRow.getAttribute('data-test-id')?.slice(PUBLIC_ROW_PREFIX_LENGTH, 60),
    }),
    section: section ? sections.indexOf(section) : -1,
  };
}

/** The rows, and each row's value elements (same order). */
function readRows(doc: Document, sections: Element[]): [CollectedRow[], Element[][]] {
  const rows: CollectedRow[] = [];
  const elements: Element[][] = [];
  const add = (row: CollectedRow | undefined, values: Element[]) => {
    if (!row || rows.length >= MAX_ROWS) return;
    rows.push(row);
    elements.push(values);
  };
  for (const label of $$(doc, anyOf(S.rowLabel))) {
    if (rows.length >= MAX_ROWS) break;
    if (label.parentElement?.closest('dt') || label.closest(`template, ${POST}`)) continue;
    const text = textOf(label, 60);
    const values = valuesAfter(label);
    if (text && text.length <= 40) add(rowOf(text, values, sections), values);
  }
  // Public rows by their id, for labels in no language we know.
  for (const box of $$(doc, PUBLIC_ROW).slice(0, 20)) {
    const values = [box.querySelector('dd') ?? box];
    add(rowOf('', values, sections), values);
  }
  return [rows, elements];
}

function readSection(section: Element, rowValues: Element[][]): CollectedSection {
  // Low-emphasis text is an empty state ("This page has not added any details yet."), not a fact.
  const paragraphs = $$(section, anyOf(S.paragraph))
    .filter((p) => !p.closest(POST))
    .slice(0, 20)
    .map((p) => {
      const row = rowValues.findIndex((values) => values.some((v) => v.contains(p)));
      return { text: textOf(p), ...(row >= 0 && { row }) };
    })
    .filter((p) => p.text);
  const datetime = section.querySelector('time')?.getAttribute('datetime') ?? '';
  const date = /^\d{4}-\d{2}(-\d{2})?/.exec(datetime)?.[0];
  return {
    heading: textOf(section.querySelector('h2, h3'), 80),
    paragraphs,
    aboutClass: /about/i.test(section.className),
    fundingBox:
      section.matches(anyOf(S.fundingBox)) || section.querySelector(anyOf(S.fundingLink)) !== null,
    text: leadingText(section, 300),
    ...(date && { date }),
  };
}

/** The line under the name: a class that says so, else the first short text after the h1. */
function headlineOf(region: Element, h1: Element): Element | undefined {
  const byClass = region.querySelector(anyOf(S.headline));
  if (byClass) return byClass;
  return $$(region, 'p, h2, h4').find((el) => {
    const text = ownText(el);
    return (
      (h1.compareDocumentPosition(el) & 4) !== 0 &&
      text.length >= 2 &&
      !/\d/.test(text) &&
      !el.closest(CONTROLS)
    );
  });
}

/**
 * The header: the h1 (in `main` or any `role="main"` first), the line under it, and every short
 * own text of its section split at "·" and "|" — industry, place, counts, in the page's words.
 */
function readTopCard(doc: Document, main: Element | null): CollectedTopCard | undefined {
  const h1 = main?.querySelector('h1') ?? doc.querySelector('h1');
  const name = textOf(h1, 500);
  if (!h1 || !name) return undefined;
  const region = h1.closest('section') ?? h1.parentElement?.parentElement;
  if (!region) return { name, items: [], links: [] };
  const headline = headlineOf(region, h1);
  const items: CollectedItem[] = [];
  for (const el of $$(region, '*')) {
    if (items.length >= 40) break;
    if (el === h1 || el === headline || h1.contains(el) || headline?.contains(el)) continue;
    for (const text of ownText(el).split(/\s[·•|]\s|^[·•]\s*|\s*[·•]$/)) {
      const t = text.trim();
      if (/\p{L}/u.test(t) && t.length <= 120)
        items.push({ text: t, control: el.closest(CONTROLS) !== null });
    }
  }
  const headlineText = textOf(headline, 2000);
  return {
    name,
    ...(headline &&
      headlineText && {
        headline: {
          text: headlineText,
          tag: headline.tagName.toLowerCase(),
          className: clean(headline.getAttribute('class'), 200),
        },
      }),
    items,
    links: $$(region, 'a[href^="http"]')
      .map((a) => a.getAttribute('href')?.slice(0, 2000) ?? '')
      .filter(Boolean)
      .slice(0, 10),
  };
}

/** The public page's funding box (data from Crunchbase): the last round's text and date. */
function readFunding(doc: Document): LinkedInPage['funding'] {
  const box =
    doc.querySelector(anyOf(S.fundingBox)) ??
    doc.querySelector(anyOf(S.fundingLink))?.closest('section');
  if (!box) return undefined;
  const last = box.querySelector(anyOf(S.fundingLastRound));
  const text = textOf(last?.parentElement ?? box, 300);
  const datetime = box.querySelector('time')?.getAttribute('datetime') ?? '';
  const date = /^\d{4}-\d{2}(-\d{2})?/.exec(datetime)?.[0];
  return text ? { text, ...(date && { date }) } : undefined;
}

/** Collects a LinkedIn company page's structure (see `LinkedInPage`). Pure over a standards DOM. */
export function collectLinkedInPage(doc: Document, url: URL): LinkedInPage {
  const main = doc.querySelector(anyOf(S.main));
  const sectionEls = $$(doc, 'section')
    .filter((s) => !s.closest(POST) && !s.querySelector(POST))
    .slice(0, MAX_SECTIONS);
  const [rows, rowValues] = readRows(doc, sectionEls);
  const meta: Record<string, string> = {};
  for (const key of ['og:title', 'og:description', 'description', 'og:url']) {
    const value = metaContent(doc, key);
    if (value) meta[key] = value;
  }
  const linkRoot = main ? anyOf(S.mainLinks) : 'a';
  const links: LinkedInPage['links'] = [];
  for (const a of $$(doc, linkRoot)) {
    if (links.length >= MAX_LINKS) break;
    if (a.closest(POST)) continue;
    const text = textOf(a, 80);
    if (text && text.length <= 60)
      links.push({ text, href: a.getAttribute('href')?.slice(0, 2000) ?? '' });
  }
  const lang = clean(doc.documentElement.getAttribute('lang'), 40);
  const canonical = doc.querySelector(anyOf(S.canonical))?.getAttribute('href');
  const top = readTopCard(doc, main);
  const publicDescription = textOf(doc.querySelector(anyOf(S.publicDescription)));
  const funding = readFunding(doc);
  // Not `doc.title`: linkedom adds a <title> to a page without a head when it is read.
  const title = clean(doc.querySelector('title')?.textContent, 500);
  return {
    url: url.href,
    ...(lang && { lang }),
    ...(title && { title }),
    meta,
    ...(canonical && { canonical: canonical.slice(0, 2000) }),
    jsonLd: $$(doc, anyOf(S.jsonLd))
      .slice(0, 5)
      .map((s) => (s.textContent ?? '').slice(0, 100_000)),
    ...(top && { top }),
    rows,
    sections: sectionEls.map((s) => readSection(s, rowValues)),
    ...(publicDescription && { publicDescription }),
    links,
    ...(funding && { funding }),
  };
}
