import type { TechnologyDetection, TechnologySign, TechnologySignKind } from '../../facts';
import {
  type CompiledFingerprints,
  type Hit,
  scan,
  type Technology,
  type UrlKind,
} from './compile';
import { elementSign, short, signLine, urlSign } from './evidence';
import { inlineScripts, urls } from './page-code';

export type { CompiledFingerprints, FingerprintData, FingerprintFile } from './compile';
export { compileFingerprints } from './compile';

/**
 * Technology detection from a page's code. Pure and zod-free (it runs in the injected website
 * script): the fingerprint file is validated by `schema.ts` in the tests, and compiled once by
 * `compile.ts`; `evidence.ts` puts each sign in words.
 *
 * Only code counts — `script[src]`, `link[href]`, `iframe[src]`, `<meta>` by name, the text of
 * executable inline scripts (never JSON-LD or other data blocks) and DOM markers — never the
 * visible text: a page saying "we integrate with HubSpot" shows no HubSpot.
 */

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

const SIGN_OF: Record<UrlKind, TechnologySignKind> = {
  scriptSrc: 'script',
  linkHref: 'stylesheet',
  iframeSrc: 'iframe',
};

/** Sorting by name as a reader expects: jQuery beside Joomla, not after Zendesk. */
const BY_NAME = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Other signs kept per technology, as details. */
const MAX_DETAILS = 5;
type Add = (tech: number, base: number, sign: () => TechnologySign) => void;

/** Collects the detections: the surest sign of each technology, the others as details. */
function collector(technologies: readonly Technology[]) {
  const found = new Map<number, TechnologyDetection>();
  const add: Add = (tech, base, sign) => {
    const t = technologies[tech];
    if (!t) return;
    const confidence = Math.round(base * t.weight * 100) / 100;
    const current = found.get(tech);
    if (
      current &&
      (current.details?.length ?? 0) >= MAX_DETAILS &&
      current.confidence >= confidence
    )
      return;
    const s = sign();
    const line = signLine(s);
    if (current && (current.evidence === line || current.details?.includes(line))) return;
    if (current && current.confidence >= confidence) {
      current.details = [...(current.details ?? []), line];
      return;
    }
    const details = current ? [current.evidence, ...(current.details ?? [])] : [];
    found.set(tech, {
      name: t.name,
      category: t.category,
      confidence,
      evidence: line,
      sign: s,
      ...(details.length > 0 && { details: details.slice(0, MAX_DETAILS) }),
    });
  };
  return { found, add };
}

/**
 * The technologies a page's code shows, one per name, sorted by name, each with the surest sign
 * seen as its evidence (in words and structured) and up to 5 other signs as details. Implied
 * technologies (Next.js ⇒ React) follow with a little less confidence. Works on the browser's
 * DOM and on linkedom's (no layout, no innerText).
 */
export function detectTechnologies(
  doc: Document,
  fingerprints: CompiledFingerprints,
): TechnologyDetection[] {
  const { technologies } = fingerprints;
  const { found, add } = collector(technologies);

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
      let signKind = SIGN_OF[kind];
      if (
        kind === 'linkHref' &&
        /\b(?:preconnect|dns-prefetch)\b/i.test(el.getAttribute('rel') ?? '')
      ) {
        base = CONFIDENCE.linkHint;
        signKind = 'preconnect';
      }
      scan(m, url, (tech, match: Hit) =>
        add(tech, base, () => urlSign(signKind, url, match.index + match.text.length)),
      );
    }
  }

  const inline = fingerprints.matchers.inlineScript;
  if (inline.any || inline.singles.length > 0)
    for (const text of inlineScripts(doc))
      scan(inline, text, (tech, match) =>
        add(tech, CONFIDENCE.inlineScript, () => ({
          kind: 'inline-script',
          name: short(match.text, 60),
        })),
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
            key === 'generator'
              ? { kind: 'generator', name: short(content, 120) }
              : { kind: 'meta', name: short(key, 60) },
          );
    }

  detectDom(doc, fingerprints, found, add);
  addImplied(technologies, found);
  return [...found.values()].sort((a, b) => BY_NAME.compare(a.name, b.name));
}

/** Implications, transitively; a cycle ends because the confidence shrinks at each step. */
function addImplied(technologies: readonly Technology[], found: Map<number, TechnologyDetection>) {
  const queue = [...found.keys()];
  while (queue.length > 0) {
    const parentIndex = queue.shift() as number;
    const parent = found.get(parentIndex);
    if (!parent) continue;
    for (const implied of technologies[parentIndex]?.implies ?? []) {
      const confidence = Math.round(parent.confidence * CONFIDENCE.implied * 100) / 100;
      const current = found.get(implied);
      if (current && current.confidence >= confidence) continue;
      const t = technologies[implied] as Technology;
      const sign: TechnologySign = { kind: 'implied', name: parent.name };
      found.set(implied, {
        name: t.name,
        category: t.category,
        confidence,
        evidence: signLine(sign),
        sign,
      });
      queue.push(implied);
    }
  }
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
  add: Add,
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
          if (hit) add(tech, CONFIDENCE.dom, () => elementSign(hit, selector));
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
      add(tech, CONFIDENCE.dom, () => elementSign(el, selector));
    const done = new Set(hits.map((d) => d.tech));
    pending = pending.filter((d) => !done.has(d.tech));
  }
}
