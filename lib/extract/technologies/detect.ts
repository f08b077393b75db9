import type { TechnologyDetection } from '../../facts';

/**
 * Technology detection from a page's code. Pure and zod-free (it runs in the injected website
 * script): the fingerprint file is validated by `schema.ts` in the tests, and compiled here once.
 *
 * Only code counts — `script[src]`, `link[href]`, `iframe[src]`, `<meta>` by name, the text of
 * executable inline scripts (never JSON-LD or other data blocks) and DOM markers — never the
 * visible text: a page saying "we integrate with HubSpot" shows no HubSpot.
 */

/** One technology as the fingerprint file describes it. Regexes are case-insensitive strings. */
export interface FingerprintData {
  readonly name: string;
  readonly category: string;
  readonly website?: string;
  /** Matched against each `<script src>`. */
  readonly scriptSrc?: readonly string[];
  /** Matched against each `<link href>`. */
  readonly linkHref?: readonly string[];
  /** Matched against each `<iframe src>`. */
  readonly iframeSrc?: readonly string[];
  /** `<meta name|property|http-equiv="key" content>`: a regex of the content ("" = present). */
  readonly meta?: Readonly<Record<string, string | undefined>>;
  /** Matched against the text of executable inline scripts. */
  readonly inlineScript?: readonly string[];
  /** CSS selectors of markers the technology leaves in the DOM. */
  readonly dom?: readonly string[];
  /** Names of technologies this one implies (Next.js ⇒ React). */
  readonly implies?: readonly string[];
  /** 0–1, multiplies the confidence of every sign of this technology (default 1). */
  readonly confidence?: number;
}

export interface FingerprintFile {
  readonly technologies: readonly FingerprintData[];
}

type UrlKind = 'scriptSrc' | 'linkHref' | 'iframeSrc';
type Kind = UrlKind | 'inlineScript';
const KINDS: readonly Kind[] = ['scriptSrc', 'linkHref', 'iframeSrc', 'inlineScript'];

/** How sure each kind of sign is: a script URL names the vendor; a class name may be a copy. */
const CONFIDENCE = {
  scriptSrc: 0.95,
  iframeSrc: 0.9,
  linkHref: 0.85,
  /** `<link rel=preconnect|dns-prefetch>`: the page may load it, or a template left it. */
  linkHint: 0.6,
  inlineScript: 0.85,
  generator: 1,
  meta: 0.9,
  dom: 0.7,
  /** An implied technology: its parent's confidence times this. */
  implied: 0.9,
} as const;

const LABEL: Record<Kind, string> = {
  scriptSrc: 'script src',
  linkHref: 'link href',
  iframeSrc: 'iframe src',
  inlineScript: 'inline script',
};

const MAX_EVIDENCE = 200;
/** Sorting by name as a reader expects: jQuery beside Joomla, not after Zendesk. */
const BY_NAME = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Distinct URLs read per kind; a hostile page may have tens of thousands. */
const MAX_URLS = 5_000;
const MAX_URL_LENGTH = 2_048;
const MAX_INLINE_SCRIPTS = 1_000;
/** Characters read from one inline script, and from all of them. */
const MAX_SCRIPT_TEXT = 200_000;
const MAX_INLINE_TOTAL = 2_000_000;
/** Matches followed in one string before giving up on it (a pattern repeated all over). */
const MAX_MATCHES_PER_TEXT = 1_000;
/** Script types that run; everything else (`application/ld+json`, `application/json`…) is data. */
const EXECUTABLE =
  /^(?:|module|text\/babel|(?:text|application)\/(?:x-)?(?:javascript|ecmascript|jscript))$/;

interface Technology {
  readonly name: string;
  readonly category: string;
  readonly weight: number;
  /** Indexes of the implied technologies. */
  readonly implies: readonly number[];
}

/**
 * All the patterns of one kind, in two regexes: `any` finds, in one native pass, the next place
 * where some pattern matches; `each`, sticky at that place, tells every pattern that matches there
 * (one lookahead per pattern, so `/wp-content/` for WordPress does not hide
 * `/wp-content/plugins/woocommerce/` for WooCommerce).
 */
interface Matcher {
  /** Global, case-insensitive alternation of the patterns. Null when there is no pattern. */
  readonly any: RegExp | null;
  /** Sticky; always matches the empty string, group `p<i>` holding pattern i's match, if any. */
  readonly each: RegExp | null;
  /** Technology index of each pattern of `any` and `each`. */
  readonly owners: readonly number[];
  /** Patterns that cannot share a regex (backreferences, named groups): one pass each. */
  readonly singles: readonly { readonly tech: number; readonly re: RegExp }[];
}

export interface CompiledFingerprints {
  readonly technologies: readonly Technology[];
  readonly matchers: Readonly<Record<Kind, Matcher>>;
  /** Lower-cased meta key → its patterns. */
  readonly meta: ReadonlyMap<string, readonly { readonly tech: number; readonly re: RegExp }[]>;
  readonly dom: readonly { readonly tech: number; readonly selector: string }[];
}

/** A pattern that would change meaning inside a bigger regex. */
const STANDALONE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

function matcher(all: { tech: number; source: string }[]): Matcher {
  // A pattern matching the empty string would stop the scan at every character: dropped.
  const entries = all.filter((e) => !new RegExp(e.source, 'i').test(''));
  const shared = entries.filter((e) => !STANDALONE.test(e.source));
  const singles = entries
    .filter((e) => STANDALONE.test(e.source))
    .map((e) => ({ tech: e.tech, re: new RegExp(e.source, 'gi') }));
  if (shared.length === 0) return { any: null, each: null, owners: [], singles };
  return {
    any: new RegExp(shared.map((e) => `(?:${e.source})`).join('|'), 'gi'),
    each: new RegExp(shared.map((e, i) => `(?=(?<p${i}>${e.source})|)`).join(''), 'iy'),
    owners: shared.map((e) => e.tech),
    singles,
  };
}

/** Compiles the fingerprint file once: every regex of a kind joined into one pass. */
export function compileFingerprints(file: FingerprintFile): CompiledFingerprints {
  const index = new Map(file.technologies.map((t, i) => [t.name, i]));
  const technologies = file.technologies.map(
    (t): Technology => ({
      name: t.name,
      category: t.category,
      weight: t.confidence ?? 1,
      implies: (t.implies ?? []).flatMap((name) => {
        const i = index.get(name);
        return i === undefined ? [] : [i];
      }),
    }),
  );
  const entries = (kind: Kind) =>
    file.technologies.flatMap((t, tech) => (t[kind] ?? []).map((source) => ({ tech, source })));
  const matchers = Object.fromEntries(
    KINDS.map((kind) => [kind, matcher(entries(kind))]),
  ) as Record<Kind, Matcher>;
  const meta = new Map<string, { tech: number; re: RegExp }[]>();
  file.technologies.forEach((t, tech) => {
    for (const [key, source] of Object.entries(t.meta ?? {})) {
      const list = meta.get(key.toLowerCase()) ?? [];
      list.push({ tech, re: new RegExp(source ?? '', 'i') });
      meta.set(key.toLowerCase(), list);
    }
  });
  const dom = file.technologies.flatMap((t, tech) =>
    (t.dom ?? []).map((selector) => ({ tech, selector })),
  );
  return { technologies, matchers, meta, dom };
}

/** Text capped for evidence, whitespace collapsed. */
function short(text: string, max = MAX_EVIDENCE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A URL as evidence: no scheme; the query only when the match is in it. */
function urlEvidence(url: string, matchEnd = 0): string {
  const bare = url.replace(/^(?:https?:)?\/\//i, '');
  const cut = bare.search(/[?#]/);
  const offset = url.length - bare.length;
  return cut >= 0 && matchEnd - offset <= cut ? bare.slice(0, cut) : bare;
}

/** A pattern's match: where it starts and what it matched. */
interface Hit {
  readonly index: number;
  readonly text: string;
}

/** Every technology whose pattern matches somewhere in `text`, each time it matches. */
function scan(m: Matcher, text: string, hit: (tech: number, match: Hit) => void) {
  const { any, each } = m;
  if (any && each) {
    any.lastIndex = 0;
    let places = 0;
    for (let match = any.exec(text); match; match = any.exec(text)) {
      each.lastIndex = match.index;
      const groups = each.exec(text)?.groups ?? {};
      for (let i = 0; i < m.owners.length; i++) {
        const matched = groups[`p${i}`];
        if (matched !== undefined)
          hit(m.owners[i] as number, { index: match.index, text: matched });
      }
      // One step on, not past the match: another technology may start inside it.
      any.lastIndex = match.index + 1;
      if (++places >= MAX_MATCHES_PER_TEXT) break;
    }
  }
  for (const { tech, re } of m.singles) {
    re.lastIndex = 0;
    const match = re.exec(text);
    if (match) hit(tech, { index: match.index, text: match[0] });
  }
}

/** Distinct, non-empty attribute values of the elements a selector finds, capped. */
function urls(doc: Document, selector: string, attribute: string): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const value = (el.getAttribute(attribute) ?? '').trim().slice(0, MAX_URL_LENGTH);
    if (value && !out.has(value)) out.set(value, el);
    if (out.size >= MAX_URLS) break;
  }
  return out;
}

/** The text of the page's executable inline scripts, within the budgets. */
function inlineScripts(doc: Document): string[] {
  const out: string[] = [];
  let budget = MAX_INLINE_TOTAL;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!EXECUTABLE.test(type)) continue;
    const text = (script.textContent ?? '').slice(0, Math.min(MAX_SCRIPT_TEXT, budget));
    if (!text.trim()) continue;
    out.push(text);
    budget -= text.length;
    if (budget <= 0 || out.length >= MAX_INLINE_SCRIPTS) break;
  }
  return out;
}

/** A few characters around a match in a script, as evidence. */
function around(text: string, match: Hit): string {
  const start = Math.max(0, match.index - 20);
  const end = Math.min(text.length, match.index + match.text.length + 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** An element as evidence: its tag and the attributes the selector looked at. */
function elementEvidence(el: Element, selector: string): string {
  const tag = el.tagName.toLowerCase();
  const href = el.getAttribute('href');
  if (tag === 'a' && href) return `link to ${urlEvidence(href)}`;
  const names = new Set<string>();
  for (const [, name] of selector.matchAll(/\[([\w:-]+)/g)) if (name) names.add(name.toLowerCase());
  if (selector.includes('#')) names.add('id');
  if (/\.[\w-]/.test(selector.replace(/\[[^\]]*\]/g, ''))) names.add('class');
  const attributes = [...names]
    .filter((name) => el.hasAttribute(name))
    .map((name) => {
      const value = short(el.getAttribute(name) ?? '', 60);
      return value ? `${name}="${value}"` : name;
    });
  return `element <${[tag, ...attributes].join(' ')}>`;
}

/**
 * The technologies a page's code shows, one per name, sorted by name, each with the surest sign
 * seen as its evidence. Implied technologies (Next.js ⇒ React) follow with a little less
 * confidence. Works on the browser's DOM and on linkedom's (no layout, no innerText).
 */
export function detectTechnologies(
  doc: Document,
  fingerprints: CompiledFingerprints,
): TechnologyDetection[] {
  const { technologies } = fingerprints;
  const found = new Map<number, TechnologyDetection>();
  const add = (tech: number, base: number, evidence: () => string) => {
    const t = technologies[tech];
    if (!t) return;
    const confidence = Math.round(base * t.weight * 100) / 100;
    const current = found.get(tech);
    if (current && current.confidence >= confidence) return;
    found.set(tech, {
      name: t.name,
      category: t.category,
      confidence,
      evidence: short(evidence()),
    });
  };

  const sources: [UrlKind, string, string][] = [
    ['scriptSrc', 'script[src]', 'src'],
    ['linkHref', 'link[href]', 'href'],
    ['iframeSrc', 'iframe[src]', 'src'],
  ];
  for (const [kind, selector, attribute] of sources) {
    const m = fingerprints.matchers[kind];
    if (!m.any && m.singles.length === 0) continue;
    for (const [url, el] of urls(doc, selector, attribute)) {
      let base: number = CONFIDENCE[kind];
      if (
        kind === 'linkHref' &&
        /\b(?:preconnect|dns-prefetch)\b/i.test(el.getAttribute('rel') ?? '')
      )
        base = CONFIDENCE.linkHint;
      scan(m, url, (tech, match) =>
        add(
          tech,
          base,
          () => `${LABEL[kind]} ${urlEvidence(url, match.index + match.text.length)}`,
        ),
      );
    }
  }

  const inline = fingerprints.matchers.inlineScript;
  if (inline.any || inline.singles.length > 0)
    for (const text of inlineScripts(doc))
      scan(inline, text, (tech, match) =>
        add(tech, CONFIDENCE.inlineScript, () => `inline script ${around(text, match)}`),
      );

  if (fingerprints.meta.size > 0)
    for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
      const key = (
        el.getAttribute('name') ??
        el.getAttribute('property') ??
        el.getAttribute('http-equiv') ??
        ''
      ).toLowerCase();
      const patterns = fingerprints.meta.get(key);
      if (!patterns) continue;
      const content = el.getAttribute('content') ?? '';
      for (const { tech, re } of patterns)
        if (re.test(content))
          add(tech, key === 'generator' ? CONFIDENCE.generator : CONFIDENCE.meta, () =>
            content ? `meta ${key} "${short(content, 150)}"` : `meta ${key}`,
          );
    }

  detectDom(doc, fingerprints, found, add);

  // Implications, transitively; a cycle ends because the confidence shrinks at each step.
  const queue = [...found.keys()];
  while (queue.length > 0) {
    const parent = found.get(queue.shift() as number);
    const parentIndex = technologies.findIndex((t) => t.name === parent?.name);
    if (!parent || parentIndex < 0) continue;
    for (const implied of technologies[parentIndex]?.implies ?? []) {
      const confidence = Math.round(parent.confidence * CONFIDENCE.implied * 100) / 100;
      const current = found.get(implied);
      if (current && current.confidence >= confidence) continue;
      const t = technologies[implied] as Technology;
      found.set(implied, {
        name: t.name,
        category: t.category,
        confidence,
        evidence: `implied by ${parent.name}`,
      });
      queue.push(implied);
    }
  }
  return [...found.values()].sort((a, b) => BY_NAME.compare(a.name, b.name));
}

/**
 * DOM markers. One walk per technology found rather than one per selector: the pending selectors
 * are asked as one list; the element found tells which ones matched, and their technologies leave
 * the list. Selectors of technologies already seen with a surer sign are not asked.
 */
function detectDom(
  doc: Document,
  fingerprints: CompiledFingerprints,
  found: ReadonlyMap<number, TechnologyDetection>,
  add: (tech: number, base: number, evidence: () => string) => void,
) {
  const sure = (tech: number) =>
    (found.get(tech)?.confidence ?? 0) >=
    CONFIDENCE.dom * (fingerprints.technologies[tech]?.weight ?? 1);
  let pending = fingerprints.dom.filter((d) => !sure(d.tech));
  const matches = (el: Element, selector: string) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  };
  while (pending.length > 0) {
    let el: Element | null;
    try {
      el = doc.querySelector(pending.map((d) => d.selector).join(','));
    } catch {
      // A selector this DOM cannot parse spoils the list: ask each alone.
      for (const { tech, selector } of pending) {
        if (sure(tech)) continue;
        try {
          const hit = doc.querySelector(selector);
          if (hit) add(tech, CONFIDENCE.dom, () => elementEvidence(hit, selector));
        } catch {
          // not a selector here: no sign
        }
      }
      return;
    }
    if (!el) return;
    const hits = pending.filter((d) => matches(el, d.selector));
    if (hits.length === 0) return;
    for (const { tech, selector } of hits)
      add(tech, CONFIDENCE.dom, () => elementEvidence(el, selector));
    const done = new Set(hits.map((d) => d.tech));
    pending = pending.filter((d) => !done.has(d.tech));
  }
}
