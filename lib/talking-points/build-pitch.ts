import { criterionLabel } from '../criteria/labels';
import type { Icp, Persona } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import type { ScoreResult } from '../scoring/types';
import { type OutreachLanguage, outreachLanguageOf } from './language';
import { type FactNote, factNotes, type IcpSentenceKind, roleFamily } from './notes';
import { factWords, type Phrasebook } from './phrasebook';
import { phrasebook } from './phrases';
import { fillTemplate, placeholderValues } from './template';
import { clip, tidy, words } from './text';
import type { Pitch, TalkingPoint } from './types';

const MAX_POINTS = 5;
const MAX_TEXT = 400;
const MAX_BASIS = 200;

/** The fact a criterion field builds on, so a criterion's own point and a fact's don't repeat. */
const FACT_OF_FIELD: Record<string, string> = { location: 'headquarters' };

interface IcpSentence {
  kind: IcpSentenceKind;
  text: string;
  words: Set<string>;
}

interface Candidate {
  point: TalkingPoint;
  specificity: number;
  note?: FactNote;
  sentence?: IcpSentence;
}

/** The ICP's own per-criterion sentences, for the criteria this company meets. */
function criterionPoints(
  icp: Icp,
  facts: CompanyFacts,
  result: ScoreResult,
  year: number,
  notes: readonly FactNote[],
  book: Phrasebook,
): Candidate[] {
  return result.criteria.flatMap((c): Candidate[] => {
    const criterion = icp.criteria[c.index];
    const template = criterion?.talkingPoint;
    if (!criterion || !template || c.mode !== 'score' || !c.value) return [];
    if (c.verdict !== 'matched' && c.verdict !== 'partial') return [];
    const text = fillTemplate(template, placeholderValues(facts, c, year, book.values));
    if (!text) return [];
    const fact = FACT_OF_FIELD[c.field] ?? c.field;
    const note = notes.find((n) => n.fact === fact);
    // The fact's own basis, in the outreach language; else the criterion and what it read.
    const basis = note
      ? factWords(book, note.data).basis
      : `${criterionLabel(criterion)}: ${book.values.list([tidy(c.value, 120)])}`;
    // As specific as the fact it builds on; written by the ICP's author, so ahead of it.
    const specificity = (note?.specificity ?? 1) + (c.verdict === 'matched' ? 0.3 : 0.1);
    return [{ point: { text, basis, fact }, specificity, ...(note && { note }) }];
  });
}

/** Terms of a script written without spaces (Chinese): found inside a sentence, not as words. */
const UNSPACED = /\p{Script=Han}/u;

const topicCache = new WeakMap<Phrasebook, Map<string, string[]>>();
/** A phrasebook's topic words for a fact, folded like `words` (Chinese terms kept whole). */
function topicWords(book: Phrasebook, fact: FactNote['fact']): string[] {
  let byFact = topicCache.get(book);
  if (!byFact) {
    byFact = new Map();
    topicCache.set(book, byFact);
  }
  let found = byFact.get(fact);
  if (!found) {
    const extra = book.topics?.[fact] ?? '';
    found = [...words(extra), ...extra.split(/\s+/).filter((w) => UNSPACED.test(w))];
    byFact.set(fact, found);
  }
  return found;
}

/** How well an ICP sentence suits a note: shared words first, then the kind the note prefers. */
function suitability(note: FactNote, sentence: IcpSentence): number {
  let shared = 0;
  for (const w of sentence.words) if (note.topics.has(w)) shared++;
  for (const term of note.topics)
    if (UNSPACED.test(term) && !sentence.words.has(term) && sentence.text.includes(term)) shared++;
  const rank = note.prefer.indexOf(sentence.kind);
  return shared * 10 + (rank === -1 ? 0 : note.prefer.length - rank);
}

/**
 * Pairs notes with ICP sentences, each sentence used once: repeatedly the best-fitting pair
 * left (ties: the note listed first, i.e. the more specific, then the sentence listed first).
 */
function pairSentences(notes: readonly FactNote[], sentences: readonly IcpSentence[]) {
  const pairs = new Map<FactNote, IcpSentence>();
  const used = new Set<IcpSentence>();
  for (;;) {
    let best: { note: FactNote; sentence: IcpSentence; score: number } | undefined;
    for (const note of notes) {
      if (pairs.has(note)) continue;
      for (const sentence of sentences) {
        if (used.has(sentence)) continue;
        const score = suitability(note, sentence);
        if (!best || score > best.score) best = { note, sentence, score };
      }
    }
    if (!best) return pairs;
    pairs.set(best.note, best.sentence);
    used.add(best.sentence);
  }
}

/** The persona whose title or department the company's own words mention; else the first. */
function choosePersona(personas: readonly Persona[], facts: CompanyFacts): Persona | undefined {
  const company = words(
    [facts.industry?.value, facts.tagline?.value, ...(facts.specialties?.value ?? [])].join(' '),
  );
  return (
    personas.find((p) =>
      [...words(`${p.title} ${p.department ?? ''}`)].some((w) => company.has(w)),
    ) ?? personas[0]
  );
}

function openingLine(
  icp: Icp,
  facts: CompanyFacts,
  top: Candidate | undefined,
  notes: FactNote[],
  book: Phrasebook,
): string {
  const company =
    (facts.name && tidy(facts.name.value, 80)) || (facts.domain && tidy(facts.domain.value, 80));
  const note = top?.note ?? notes[0];
  if (!company && !note) return '';
  const persona = choosePersona(icp.personas, facts);
  const pain = top?.sentence?.kind === 'pains' ? top.sentence.text : icp.pains[0];
  const parts = {
    ...(company && { company }),
    ...(persona && { persona: tidy(persona.title, 60) }),
    ...(note && { clause: factWords(book, note.data).opening }),
  };
  const line = book.openingLine({ ...parts, ...(pain && { pain: tidy(pain, 200) }) });
  // Too long with the pain's question: without it, rather than cut mid-sentence.
  return clip(line.length > MAX_TEXT ? book.openingLine(parts) : line, MAX_TEXT);
}

/**
 * What a company's job titles say, in `language` ("Hiring 3 sales roles (SDR, BDR and 1 more) —
 * ramp time is on their mind"), job titles isolated; undefined when no family of roles fits.
 */
export function describeRoles(
  roles: readonly string[],
  language: OutreachLanguage = 'en',
): string | undefined {
  const family = roleFamily(roles);
  if (!family) return undefined;
  return phrasebook(language).facts.hiring({
    fact: 'hiring',
    openRoles: roles.length,
    roles: family,
  }).sentence;
}

/**
 * Talking points for a company and an ICP, most specific first: the ICP's own criterion
 * sentences where the company meets the criterion, and facts from the page (hiring, funding,
 * keywords found, specialties, technologies, tagline, size, industry, revenue, age,
 * headquarters) each paired with the ICP pain, goal or value prop that fits it best. Every point
 * names its fact in `basis`; few facts give few points, never filler. Written in the ICP's
 * outreach language (`outreachLanguage`, default English) whatever the UI language, with the
 * page's values in Unicode isolates (FSI…PDI) so pasted text keeps each value's direction.
 * Deterministic: `year` (for a company's age) is the only input besides the arguments.
 */
export function buildPitch(
  icp: Icp,
  facts: CompanyFacts,
  result: ScoreResult,
  options: { year?: number } = {},
): Pitch {
  const year = options.year ?? new Date().getFullYear();
  const language = outreachLanguageOf(icp);
  const book = phrasebook(language);
  const sentences: IcpSentence[] = (['pains', 'goals', 'valueProps'] as const).flatMap((kind) =>
    icp[kind].map((text) => ({ kind, text, words: words(text) })),
  );
  // The outreach language's own topic words, so an ICP written in it pairs by meaning too.
  const notes = factNotes(facts, result, year).map((note) => {
    const extra = topicWords(book, note.fact);
    return extra.length === 0 ? note : { ...note, topics: new Set([...note.topics, ...extra]) };
  });
  const fromCriteria = criterionPoints(icp, facts, result, year, notes, book);
  const covered = new Set(fromCriteria.map((c) => c.point.fact));
  // Most specific first, so ties in `pairSentences` favour them.
  const open = notes
    .filter((n) => !covered.has(n.fact))
    .sort((a, b) => b.specificity - a.specificity);
  const pairs = pairSentences(open, sentences);
  const fromFacts: Candidate[] = [];
  for (const note of open) {
    const sentence = pairs.get(note);
    if (!sentence) continue;
    const said = factWords(book, note.data);
    const text = book.point(said.sentence, sentence.kind, tidy(sentence.text, MAX_TEXT));
    fromFacts.push({
      point: { text, basis: said.basis, fact: note.fact },
      specificity: note.specificity,
      note,
      sentence,
    });
  }
  const ranked = [...fromCriteria, ...fromFacts]
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.specificity - a.c.specificity || a.order - b.order)
    .map(({ c }) => c)
    .slice(0, MAX_POINTS);
  const points = ranked.map(({ point }) => ({
    ...point,
    text: clip(point.text, MAX_TEXT),
    basis: clip(point.basis, MAX_BASIS),
  }));
  const top = ranked.find((c) => c.note);
  return { language, points, openingLine: openingLine(icp, facts, top, notes, book) };
}
