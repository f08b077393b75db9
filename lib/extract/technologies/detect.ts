import type { TechnologyDetection } from '../../facts';
import { $$ } from '../dom';

/** One technology as the fingerprint file describes it (validated by `schema.ts` in tests). */
export interface FingerprintData {
  name: string;
  category: string;
  scriptSrc?: string[];
  linkHref?: string[];
  iframeSrc?: string[];
  meta?: Record<string, string>;
  inlineScript?: string[];
  dom?: string[];
  implies?: string[];
  confidence?: number;
}

type Kind = 'scriptSrc' | 'linkHref' | 'iframeSrc' | 'inlineScript';
const KINDS: readonly Kind[] = ['scriptSrc', 'linkHref', 'iframeSrc', 'inlineScript'];

/** How sure each kind of sign is: a script URL names the vendor; a class name may be a copy. */
const CONFIDENCE: Record<Kind | 'meta' | 'dom', number> = {
  scriptSrc: 0.95,
  iframeSrc: 0.9,
  meta: 1,
  linkHref: 0.85,
  inlineScript: 0.85,
  dom: 0.7,
};
const EVIDENCE: Record<Kind, string> = {
  scriptSrc: 'script src',
  linkHref: 'link href',
  iframeSrc: 'iframe src',
  inlineScript: 'inline script',
};

interface Compiled {
  name: string;
  category: string;
  confidence?: number;
  implies: string[];
  /** Per kind, one regex joining the technology's patterns. */
  patterns: Partial<Record<Kind, RegExp>>;
  meta: [string, RegExp][];
  dom: string[];
}

export interface CompiledFingerprints {
  technologies: Compiled[];
  byName: Map<string, Compiled>;
  metaNames: string[];
}

const MAX_ITEMS = 500;
const MAX_SCRIPT_TEXT = 100_000;
const MAX_EVIDENCE = 200;

/** Compiles the fingerprint file once: its regexes, joined per technology and kind. */
export function compileFingerprints(file: {
  technologies: FingerprintData[];
}): CompiledFingerprints {
  const technologies = file.technologies.map((t): Compiled => {
    const patterns: Compiled['patterns'] = {};
    for (const kind of KINDS) {
      const list = t[kind];
      if (list?.length) patterns[kind] = new RegExp(list.map((p) => `(?:${p})`).join('|'), 'i');
    }
    return {
      name: t.name,
      category: t.category,
      ...(t.confidence !== undefined && { confidence: t.confidence }),
      implies: t.implies ?? [],
      patterns,
      meta: Object.entries(t.meta ?? {}).map(([name, p]) => [
        name.toLowerCase(),
        new RegExp(p, 'i'),
      ]),
      dom: t.dom ?? [],
    };
  });
  const metaNames = [...new Set(technologies.flatMap((t) => t.meta.map(([name]) => name)))];
  return { technologies, byName: new Map(technologies.map((t) => [t.name, t])), metaNames };
}

const short = (text: string) =>
  text.length > MAX_EVIDENCE ? `${text.slice(0, MAX_EVIDENCE - 1)}…` : text;

/** A URL without its scheme and query, as evidence ("js.hs-scripts.com/21459873.js"). */
const urlEvidence = (url: string) => url.replace(/^(https?:)?\/\//i, '').replace(/[?#].*$/, '');

/** What the page's code shows: script, link and iframe URLs, generators, inline scripts. */
function signs(doc: Document, metaNames: readonly string[]) {
  const attr = (selector: string, name: string) =>
    $$(doc, selector)
      .slice(0, MAX_ITEMS)
      .map((el) => el.getAttribute(name) ?? '')
      .filter(Boolean);
  return {
    scriptSrc: attr('script[src]', 'src'),
    linkHref: attr('link[href]', 'href'),
    iframeSrc: attr('iframe[src]', 'src'),
    inlineScript: $$(doc, 'script:not([src])')
      .filter((s) => !/json/i.test(s.getAttribute('type') ?? ''))
      .slice(0, MAX_ITEMS)
      .map((s) => (s.textContent ?? '').slice(0, MAX_SCRIPT_TEXT)),
    meta: metaNames.flatMap((name) =>
      $$(doc, `meta[name="${name}"]`).map((m) => [name, m.getAttribute('content') ?? ''] as const),
    ),
  };
}

/**
 * The technologies a page's code shows, one per name, sorted by name. Only code counts: script,
 * link and iframe URLs, meta generators, inline script text and DOM markers — never the visible
 * text, so a page saying "we integrate with HubSpot" shows no HubSpot. Implied technologies
 * (Next.js ⇒ React) are added with a little less confidence.
 */
export function detectTechnologies(
  doc: Document,
  fingerprints: CompiledFingerprints,
): TechnologyDetection[] {
  const seen = signs(doc, fingerprints.metaNames);
  const found = new Map<string, TechnologyDetection>();
  const add = (tech: Compiled, base: number, evidence: string) => {
    const confidence = Math.min(base, tech.confidence ?? 1);
    const current = found.get(tech.name);
    if (current && current.confidence >= confidence) return;
    found.set(tech.name, {
      name: tech.name,
      category: tech.category,
      confidence,
      evidence: short(evidence),
    });
  };
  for (const tech of fingerprints.technologies) {
    for (const kind of KINDS) {
      const pattern = tech.patterns[kind];
      if (!pattern) continue;
      for (const value of seen[kind]) {
        const match = pattern.exec(value);
        if (!match) continue;
        const shown = kind === 'inlineScript' ? match[0] : urlEvidence(value);
        add(tech, CONFIDENCE[kind], `${EVIDENCE[kind]} ${shown}`);
        break;
      }
    }
    for (const [name, pattern] of tech.meta) {
      const hit = seen.meta.find(([n, content]) => n === name && pattern.test(content));
      if (hit) add(tech, CONFIDENCE.meta, `meta ${name} "${hit[1]}"`);
    }
    for (const selector of tech.dom) {
      try {
        if (doc.querySelector(selector)) add(tech, CONFIDENCE.dom, `element ${selector}`);
      } catch {
        // a selector this DOM cannot parse: no sign
      }
    }
  }
  // Implications, transitively (WooCommerce ⇒ WordPress ⇒ PHP).
  const queue = [...found.values()];
  while (queue.length > 0) {
    const parent = queue.shift() as TechnologyDetection;
    for (const name of fingerprints.byName.get(parent.name)?.implies ?? []) {
      const implied = fingerprints.byName.get(name);
      if (!implied || found.has(name)) continue;
      add(implied, Math.round(parent.confidence * 90) / 100, `implied by ${parent.name}`);
      queue.push(found.get(name) as TechnologyDetection);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
