import type { CompanyFacts, FactSource } from '../../facts';
import { fold } from '../../text';
import type { Matcher } from './types';

export interface KeywordText {
  where: 'specialties' | 'tagline' | 'description';
  text: string;
  folded: string;
  source: FactSource;
}

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Where in `folded` the keyword occurs as a whole word or phrase (CJK: anywhere), or -1. */
function find(folded: string, keyword: string): number {
  const k = fold(keyword);
  if (!k) return -1;
  if (CJK.test(k)) return folded.indexOf(k);
  let at = folded.indexOf(k);
  while (at !== -1) {
    const before = folded[at - 1];
    const after = folded[at + k.length];
    if ((before === undefined || before === ' ') && (after === undefined || after === ' '))
      return at;
    at = folded.indexOf(k, at + 1);
  }
  return -1;
}

function firstHit(texts: readonly KeywordText[], keywords: readonly string[]) {
  for (const piece of texts) {
    for (const keyword of keywords) {
      const at = find(piece.folded, keyword);
      if (at !== -1) return { piece, keyword, at };
    }
  }
  return undefined;
}

/** Keywords look in specialties, tagline and description, case- and accent-insensitively. */
export const keywordsMatcher: Matcher<KeywordText[]> = {
  read(facts: CompanyFacts) {
    const texts: KeywordText[] = [];
    const add = (where: KeywordText['where'], text: string | undefined, source: FactSource) => {
      if (text?.trim()) texts.push({ where, text, folded: fold(text), source });
    };
    if (facts.specialties)
      add('specialties', facts.specialties.value.join(', '), facts.specialties.source);
    if (facts.tagline) add('tagline', facts.tagline.value, facts.tagline.source);
    if (facts.description) add('description', facts.description.value, facts.description.source);
    const first = texts[0];
    if (!first) return undefined;
    return {
      value: texts,
      evidence: { text: `${first.where}: ${first.text.slice(0, 120)}`, source: first.source },
    };
  },
  matches: (texts, band) => firstHit(texts, band.in ?? []) !== undefined,
  explain(texts, band, evidence) {
    const hit = firstHit(texts, band.in ?? []);
    if (!hit) return evidence;
    // The folded text keeps word positions close to the original; quote the original around it.
    const start = Math.max(0, hit.at - 40);
    const snippet = hit.piece.text.slice(start, hit.at + hit.keyword.length + 40).trim();
    return {
      text: `"${hit.keyword}" in ${hit.piece.where}: ${start > 0 ? '…' : ''}${snippet}…`,
      source: hit.piece.source,
    };
  },
};
