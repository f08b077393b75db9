/**
 * The fingerprint file compiled for matching: every pattern of a kind joined into one regex, so
 * a page is scanned once per kind whatever the number of technologies. Zod-free (it runs in the
 * injected website script); `schema.ts` validates the file in the tests.
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

export type UrlKind = 'scriptSrc' | 'linkHref' | 'iframeSrc';
export type Kind = UrlKind | 'inlineScript';
export const KINDS: readonly Kind[] = ['scriptSrc', 'linkHref', 'iframeSrc', 'inlineScript'];

/** Matches followed in one string before giving up on it (a pattern repeated all over). */
const MAX_MATCHES_PER_TEXT = 1_000;

export interface Technology {
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
/** The patterns that may match at a place starting with one character, as one sticky regex. */
export interface Bucket {
  /** Sticky; always matches the empty string, group `p<i>` holding pattern i's match, if any. */
  readonly each: RegExp;
  /** Technology index of each pattern of `each`. */
  readonly owners: readonly number[];
}

/**
 * All the patterns of one kind: `any` finds, in one native pass, the next place where some
 * pattern matches; the buckets, sticky at that place, tell every pattern that matches there (one
 * lookahead per pattern, so `/wp-content/` for WordPress does not hide
 * `/wp-content/plugins/woocommerce/` for WooCommerce). Patterns are bucketed by the character
 * they must start with, so a place is asked only of the patterns that can start there.
 */
export interface Matcher {
  /** Global, case-insensitive alternation of the patterns. Null when there is no pattern. */
  readonly any: RegExp | null;
  /** Lower-cased first character → the patterns that must start with it. */
  readonly buckets: ReadonlyMap<string, Bucket>;
  /** Patterns whose first character is not fixed (a group, a class, `\b`…). */
  readonly rest: Bucket | null;
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

/** Whether a pattern has a `|` outside any group or class (its first character then varies). */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The lower-cased character every match of the pattern starts with, when the source fixes it. */
export function firstCharacter(source: string): string | undefined {
  if (topLevelAlternation(source)) return undefined;
  if (source.startsWith('\\b')) return firstCharacter(source.slice(2));
  const m = /^(?:\\([^\w\s])|([\w/\-=&@:~%#!'"<>,;]))(.?)/.exec(source);
  const c = m?.[1] ?? m?.[2];
  if (!c || /^[?*{]$/.test(m?.[3] ?? '')) return undefined;
  return c.toLowerCase();
}

function bucket(entries: { tech: number; source: string }[]): Bucket {
  return {
    each: new RegExp(entries.map((e, i) => `(?=(?<p${i}>${e.source})|)`).join(''), 'iy'),
    owners: entries.map((e) => e.tech),
  };
}

function matcher(all: { tech: number; source: string }[]): Matcher {
  // A pattern matching the empty string would stop the scan at every character: dropped.
  const entries = all.filter((e) => !new RegExp(e.source, 'i').test(''));
  const shared = entries.filter((e) => !STANDALONE.test(e.source));
  const singles = entries
    .filter((e) => STANDALONE.test(e.source))
    .map((e) => ({ tech: e.tech, re: new RegExp(e.source, 'gi') }));
  const byFirst = new Map<string, { tech: number; source: string }[]>();
  const rest: { tech: number; source: string }[] = [];
  for (const e of shared) {
    const c = firstCharacter(e.source);
    if (c === undefined) rest.push(e);
    else byFirst.set(c, [...(byFirst.get(c) ?? []), e]);
  }
  return {
    any:
      shared.length > 0 ? new RegExp(shared.map((e) => `(?:${e.source})`).join('|'), 'gi') : null,
    buckets: new Map([...byFirst].map(([c, list]) => [c, bucket(list)])),
    rest: rest.length > 0 ? bucket(rest) : null,
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

/** A pattern's match: where it starts and what it matched. */
export interface Hit {
  readonly index: number;
  readonly text: string;
}

/** Every technology whose pattern matches somewhere in `text`, each time it matches. */
export function scan(m: Matcher, text: string, hit: (tech: number, match: Hit) => void) {
  const { any } = m;
  if (any) {
    any.lastIndex = 0;
    let places = 0;
    for (let match = any.exec(text); match; match = any.exec(text)) {
      const first = m.buckets.get(text.charAt(match.index).toLowerCase());
      for (const b of first ? [first, m.rest] : [m.rest]) {
        if (!b) continue;
        b.each.lastIndex = match.index;
        const groups = b.each.exec(text)?.groups ?? {};
        for (let i = 0; i < b.owners.length; i++) {
          const matched = groups[`p${i}`];
          if (matched !== undefined)
            hit(b.owners[i] as number, { index: match.index, text: matched });
        }
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
