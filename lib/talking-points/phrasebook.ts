import type { Funding, Range } from '../facts';
import type { OutreachLanguage } from './language';
import type { IcpSentenceKind, NoteData, NoteFact, NoteOf } from './note-data';

/** What a phrasebook says about one fact. */
export interface FactWords {
  /** The point's first sentence, without its final full stop: "Has 37 open roles". */
  sentence: string;
  /** What on the page the point builds on: "Hiring: 37 open roles". */
  basis: string;
  /** Said right after the company's name in an opening line: "has 37 open roles". */
  opening: string;
}

/** The parts of an opening line; the phrasebook supplies the words for the missing ones. */
export interface OpeningParts {
  /** The company's name (page text, isolated by the phrasebook). */
  company?: string;
  /** The persona's title from the ICP ("CISO"). */
  persona?: string;
  /** One fact about the company, as a {@link FactWords.opening} clause. */
  clause?: string;
  /** An ICP pain, in the ICP author's words. */
  pain?: string;
}

/**
 * The words and grammar of one outreach language: how each fact, a point, an opening line and
 * the values of ICP `talkingPoint` placeholders read in it. One file per language under
 * `phrases/`; `facts` is a record over every fact, so a forgotten one is a compile error.
 */
export interface Phrasebook {
  language: OutreachLanguage;
  facts: { readonly [F in NoteFact]: (note: NoteOf<F>) => FactWords };
  /** A fact's sentence, then the ICP pain, goal or value prop it pairs with, as one point. */
  point(sentence: string, kind: IcpSentenceKind, icpText: string): string;
  /** "Hi — a note for the CISO at Acme: I saw that Acme has 37 open roles. …" */
  openingLine(parts: OpeningParts): string;
  /**
   * Words in this language (space-separated; Chinese terms matched inside the text) that make an
   * ICP pain, goal or value prop written in it relevant to a fact, e.g. hiring: "tuyển nhân sự".
   */
  topics?: Partial<Readonly<Record<NoteFact, string>>>;
  /** Values for `{placeholders}` and facts, written the language's way. */
  values: {
    count(n: number): string;
    /** Page items (isolated here) joined as the language joins "a, b and c". */
    list(items: readonly string[]): string;
    /** The country's name as it reads in a sentence ("the United States", "Hoa Kỳ"). */
    country(code: string): string;
    range(range: Range): string;
    money(usd: number): string;
    /** Stage, amount raised and date. */
    funding(funding: Funding): string;
  };
}

/** What `book` says about the fact `data` (the record's entry for that fact). */
export function factWords(book: Phrasebook, data: NoteData): FactWords {
  // `facts` pairs each fact with its variant; TypeScript cannot follow the pairing through a union.
  const write = book.facts[data.fact] as (note: NoteData) => FactWords;
  return write(data);
}
