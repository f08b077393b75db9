import type { CompanyFacts, FactSource } from '../facts';
import { clip, fold, UNSPACED_SCRIPT } from '../format';
import { foldUncached } from '../text';
import { type KeywordText, valuesPart } from './band-parts';
import {
  type BandTest,
  type CriterionKind,
  kind,
  type Matcher,
  NO_BAND,
  perBand,
  UNKNOWN_BAND,
} from './kind';
import type { Band } from './schema';
import { snippet } from './snippet';
import { listOf } from './words';

type Where = KeywordText;

/** One text a keyword may be found in; each specialty is one. */
interface Searchable {
  where: Where;
  original: string;
  folded: string;
  source: FactSource;
}

interface Keyword {
  original: string;
  folded: string;
  /** CJK, Thai…: found anywhere, since those scripts do not separate words with spaces. */
  anywhere: boolean;
}

/** A trie node over folded keywords, one UTF-16 unit per edge. */
interface Node {
  next: Map<string, Node>;
  /** The keyword ending here that comes first in the band's list (its index), if any. */
  end?: { index: number; anywhere: boolean };
}

/** A band's keywords compiled once: the list (for quoting) and a trie of their folded forms. */
interface CompiledKeywords {
  keywords: Keyword[];
  root: Node;
}

/** Compiles a list of keywords into one trie (first occurrence in the list wins a duplicate). */
export function compileKeywords(list: readonly string[]): CompiledKeywords {
  const keywords: Keyword[] = [];
  const root: Node = { next: new Map() };
  for (const original of list) {
    const folded = fold(original);
    if (folded === '') continue;
    const keyword = { original, folded, anywhere: UNSPACED_SCRIPT.test(folded) };
    let node = root;
    // Per UTF-16 unit, as the text is scanned (for…of would step by code point).
    for (let i = 0; i < folded.length; i++) {
      const unit = folded[i] as string;
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.end ??= { index: keywords.length, anywhere: keyword.anywhere };
    keywords.push(keyword);
  }
  return { keywords, root };
}

const keywordsOf = perBand((band) => compileKeywords(band.in ?? []));

const isBoundary = (ch: string | undefined) =>
  ch === undefined || ch === ' ' || UNSPACED_SCRIPT.test(ch);

/**
 * The keyword of the list that comes first and occurs in the folded text as a whole word or
 * phrase (CJK, Thai…: anywhere), with where it first occurs; undefined when none does. One pass
 * over the text, walking the trie from each position: time linear in the text length (times the
 * longest keyword, at most 200 units), whatever the number of keywords.
 */
export function findFirstKeyword(
  folded: string,
  compiled: CompiledKeywords,
): { keyword: Keyword; at: number } | undefined {
  let best: { index: number; at: number } | undefined;
  for (let start = 0; start < folded.length; start++) {
    const wordStart = isBoundary(folded[start - 1]);
    let node: Node | undefined = compiled.root;
    for (let i = start; i < folded.length; i++) {
      node = node.next.get(folded[i] as string);
      if (!node) break;
      const end = node.end;
      if (!end || (best && end.index >= best.index)) continue;
      if (end.anywhere || (wordStart && isBoundary(folded[i + 1]))) {
        best = { index: end.index, at: start };
        if (end.index === 0) break;
      }
    }
    if (best?.index === 0) break;
  }
  const keyword = best && compiled.keywords[best.index];
  return best && keyword ? { keyword, at: best.at } : undefined;
}

/**
 * Keywords look in the specialties, then the tagline, then the description, ignoring case,
 * accents and punctuation, as whole words or phrases ("SOC" is not found in "social"). The
 * evidence quotes the text around the first hit and says where it was.
 */
export const keywordsMatcher: Matcher<Searchable[]> = {
  read(facts: CompanyFacts) {
    const texts: Searchable[] = [];
    const specialties = facts.specialties;
    for (const original of specialties?.value ?? []) {
      const folded = fold(original);
      if (specialties && folded)
        texts.push({ where: 'specialties', original, folded, source: specialties.source });
    }
    for (const where of ['tagline', 'description'] as const) {
      const fact = facts[where];
      if (fact?.value.trim())
        // Each company's own text: folded without fold's shared cache, which a file's worth of
        // descriptions would fill (each key keeping alive the chunk of file text it came from).
        texts.push({
          where,
          original: fact.value,
          folded: foldUncached(fact.value),
          source: fact.source,
        });
    }
    const first = texts[0];
    if (!first) return undefined;
    return {
      value: texts,
      shown: `not in the ${listOf([...new Set(texts.map((t) => t.where))])}`,
      parts: [{ kind: 'keyword-absent', where: [...new Set(texts.map((t) => t.where))] }],
      evidence: {
        text: `${first.where}: ${clip(first.original, 120)}`,
        source: first.source,
        quote: { in: first.where, text: clip(first.original, 120) },
      },
    };
  },
  match(reading, band) {
    const keywords = keywordsOf(band);
    for (const text of reading.value) {
      const found = findFirstKeyword(text.folded, keywords);
      if (found) {
        const { keyword, at } = found;
        const quote = snippet(text.original, at, keyword.folded.length, keyword.original);
        return {
          evidence: {
            text: `${text.where}: ${quote}`,
            source: text.source,
            quote: { in: text.where, text: quote },
          },
          shown: `"${keyword.original}" in the ${text.where}`,
          parts: [{ kind: 'keyword-found', keyword: keyword.original, where: text.where }],
          matched: [keyword.original],
        };
      }
    }
    return undefined;
  },
};

/** Texts up to this long have their first band remembered, up to this many texts. */
const MEMO_TEXT = 1000;
const MEMO_SIZE = 10_000;
/** Bands with at most this many keywords are first looked for as plain substrings. */
const QUICK_KEYWORDS = 32;

function keywordsTest(bands: readonly Band[]): BandTest {
  // One trie per band (linear-time matching, as the matcher does).
  const lists = bands.map((band) => compileKeywords(band.in ?? []));
  // A band matches when any text holds one of its keywords, so the first band matched is the
  // least of each text's first band. Specialties, taglines and descriptions repeat across the rows
  // of a file: each text's first band is remembered (UNKNOWN_BAND: the text folds to nothing).
  // A keyword found as a whole word is found as a substring first: for a band of a few keywords,
  // a text holding none of them skips the trie walk (its word-boundary tests cost far more).
  const needles = lists.map(({ keywords }) =>
    keywords.length <= QUICK_KEYWORDS ? keywords.map((k) => k.folded) : undefined,
  );
  const holds = (folded: string, band: number): boolean => {
    const some = needles[band];
    if (some && !some.some((needle) => folded.includes(needle))) return false;
    return findFirstKeyword(folded, lists[band] as (typeof lists)[number]) !== undefined;
  };
  const memo = new Map<string, number>();
  const firstIn = (text: string): number => {
    let band = memo.get(text);
    if (band !== undefined) return band;
    // Not `fold`: this memo already keeps each text once, and a file's descriptions would fill
    // fold's shared cache (each key keeping alive the chunk of file text it was cut from).
    const folded = foldUncached(text);
    band = folded ? NO_BAND : UNKNOWN_BAND;
    if (folded)
      for (let i = 0; i < lists.length; i++)
        if (holds(folded, i)) {
          band = i;
          break;
        }
    if (text.length <= MEMO_TEXT && memo.size < MEMO_SIZE) memo.set(text, band);
    return band;
  };
  return (facts) => {
    let known = false;
    let best = Number.POSITIVE_INFINITY;
    for (const s of facts.specialties?.value ?? []) {
      const band = firstIn(s);
      if (band === UNKNOWN_BAND) continue;
      known = true;
      if (band !== NO_BAND && band < best) best = band;
    }
    for (const text of [facts.tagline?.value, facts.description?.value]) {
      if (!text?.trim()) continue;
      known = true;
      const band = firstIn(text);
      if (band >= 0 && band < best) best = band;
    }
    if (!known) return UNKNOWN_BAND;
    return best === Number.POSITIVE_INFINITY ? NO_BAND : best;
  };
}

export const keywords = kind({
  shape: 'list',
  label: 'Keywords',
  foundOn: 'linkedin',
  matcher: keywordsMatcher,
  compile: keywordsTest,
  valueKey: (facts) => (facts.specialties || facts.tagline || facts.description ? undefined : null),
  bandParts: (band) => valuesPart(band, 'keyword'),
} satisfies CriterionKind<Searchable[]>);
