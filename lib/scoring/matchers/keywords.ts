import type { CompanyFacts, FactSource } from '../../facts';
import { listOf } from '../../icp/labels';
import { clip, fold, UNSPACED_SCRIPT } from '../text';
import { snippet } from './snippet';
import { type Matcher, perBand } from './types';

type Where = 'specialties' | 'tagline' | 'description';

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

const keywordsOf = perBand((band) =>
  (band.in ?? [])
    .map((original) => {
      const folded = fold(original);
      return { original, folded, anywhere: UNSPACED_SCRIPT.test(folded) };
    })
    .filter((k) => k.folded !== ''),
);

const isBoundary = (ch: string | undefined) =>
  ch === undefined || ch === ' ' || UNSPACED_SCRIPT.test(ch);

/** Where the keyword occurs in the folded text as a whole word or phrase, or -1. */
export function findKeyword(folded: string, keyword: Keyword): number {
  let at = folded.indexOf(keyword.folded);
  while (at !== -1) {
    if (keyword.anywhere) return at;
    if (isBoundary(folded[at - 1]) && isBoundary(folded[at + keyword.folded.length])) return at;
    at = folded.indexOf(keyword.folded, at + 1);
  }
  return -1;
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
        texts.push({ where, original: fact.value, folded: fold(fact.value), source: fact.source });
    }
    const first = texts[0];
    if (!first) return undefined;
    return {
      value: texts,
      shown: `not in the ${listOf([...new Set(texts.map((t) => t.where))])}`,
      evidence: { text: `${first.where}: ${clip(first.original, 120)}`, source: first.source },
    };
  },
  match(reading, band) {
    const keywords = keywordsOf(band);
    for (const text of reading.value) {
      for (const keyword of keywords) {
        const at = findKeyword(text.folded, keyword);
        if (at === -1) continue;
        const quote = snippet(text.original, at, keyword.folded.length, keyword.original);
        return {
          evidence: { text: `${text.where}: ${quote}`, source: text.source },
          shown: `"${keyword.original}" in the ${text.where}`,
          matched: [keyword.original],
        };
      }
    }
    return undefined;
  },
};
