/** The ICP builder's keyword candidates: specialties, words and word pairs of a company's texts. */

import { cleanValue as clean } from '../criteria/proposal';
import type { CompanyFacts } from '../facts';
import { UNSPACED_SCRIPT } from '../format';
import { foldUncached as fold } from '../text';
import type { Counter, ProposalContext } from './builder-stats';
import type { ProposedCriterion } from './builder-types';

/** Words that say nothing about what a company does, in the languages our users' pages use. */
const STOP_WORDS = new Set(
  `a an the and or but of to in on at by for with from as is are was were be been being it its
  this that these those we our us you your they their them he she his her i me my not no yes so
  if then than too very can could will would should may might must do does did done have has had
  into onto over under about across after before between through during per via more most less
  all any each every both few many much other some such own same only also just up down out off
  again further once here there when where why how what which who whom whose while because until
  company companies team teams customer customers client clients business businesses help helps
  helping provide provides providing offer offers offering leading leader world worlds global
  globally based founded new best solution solutions service services product products inc ltd
  llc gmbh corp co plc sa sas srl bv ag pty pte jsc one two make makes made use uses using way
  ways people work works working build builds building around today get gets need needs
  le la les des du de un une et ou pour par avec sur dans au aux est sont nous vous
  der die das und oder fur mit von zu im ist sind wir ihr ein eine einer auf bei
  el los las del y o para por con en es son una nosotros
  va cua cac cho voi la mot nhung duoc trong tai chung toi cong ty`
    .trim()
    .split(/\s+/),
);

const MAX_TEXT = 5000;
const MAX_TOKEN = 30;

/**
 * The distinct keyword candidates of one company: specialties, words and word pairs. Folded
 * without `fold`'s shared cache: every company's texts are its own, and a streamed file's would
 * fill the cache (and keep the file's text alive through it).
 */
export function keywordsOf(facts: CompanyFacts, originals: Map<string, string>): Set<string> {
  const found = new Set<string>();
  const add = (key: string, original: string) => {
    if (!key || key.length > 60) return;
    found.add(key);
    if (!originals.has(key)) originals.set(key, original);
  };
  const specialties = Array.isArray(facts.specialties?.value) ? facts.specialties.value : [];
  for (const specialty of specialties.slice(0, 50)) {
    const text = clean(specialty);
    if (!text) continue;
    const folded = fold(text);
    if (folded && folded.split(' ').length <= 4 && !STOP_WORDS.has(folded)) add(folded, text);
  }
  const texts = [
    facts.tagline?.value,
    facts.description?.value,
    ...specialties.slice(0, 50),
  ].filter((t): t is string => typeof t === 'string');
  for (const text of texts) {
    const words = fold(text.slice(0, MAX_TEXT)).split(' ');
    let previous: string | undefined;
    for (const word of words) {
      if (UNSPACED_SCRIPT.test(word)) {
        // Chinese, Japanese, Thai…: no spaces between words; two-character pieces are words often enough.
        const chars = Array.from(word).slice(0, 200);
        for (let i = 0; i + 1 < chars.length; i++) {
          const pair = `${chars[i]}${chars[i + 1]}`;
          if (UNSPACED_SCRIPT.test(pair)) add(pair, pair);
        }
        previous = undefined;
        continue;
      }
      const useful =
        word.length >= 3 &&
        word.length <= MAX_TOKEN &&
        !STOP_WORDS.has(word) &&
        !/^[\d+#]+$/.test(word);
      if (!useful) {
        // Short words ("AI", "SOC 2") come through as whole specialties only (above).
        previous = undefined;
        continue;
      }
      add(word, word);
      if (previous) add(`${previous} ${word}`, `${previous} ${word}`);
      previous = word;
    }
  }
  return found;
}

/**
 * Keyword proposals, most common first; a word is dropped when a phrase holding it is nearly as
 * common (90 % of its best customers).
 */
export function proposeKeywords(keywords: Counter, ctx: ProposalContext): void {
  const proposals: ProposedCriterion[] = [];
  for (const [key, t] of keywords.tallies) {
    if (t.best < ctx.minBest) continue;
    const p = ctx.make({
      id: `keywords:${key}`,
      field: 'keywords',
      label: t.original,
      values: [t.original],
      best: t.best,
      all: t.all,
    });
    if (ctx.keep(p)) proposals.push(p);
  }
  proposals.sort((a, b) => b.coverage - a.coverage || a.label.localeCompare(b.label));
  const phrases = proposals.filter((p) => p.id.slice(9).includes(' '));
  for (const p of proposals) {
    const key = p.id.slice(9);
    const covered =
      !key.includes(' ') &&
      phrases.some(
        (q) => q.id.slice(9).split(' ').includes(key) && q.bestCount >= 0.9 * p.bestCount,
      );
    if (!covered) ctx.push(p);
  }
}
