import type { Range } from '../facts';

/** The job families a company's open roles are grouped into, most telling first. */
export type RoleFamily = 'sales' | 'security' | 'engineering' | 'marketing' | 'customer';

/**
 * One fact worth a talking point, as structured values (no sentence): each phrasebook writes it
 * in its language. Page text in it (names, titles, industries, quotes) is tidied, not isolated;
 * the phrasebook isolates it where it puts it in a sentence.
 */
export type NoteData =
  | {
      fact: 'hiring';
      /** Open roles the page counts (≥ 1). */
      openRoles: number;
      /** The family most of the listed job titles belong to, with those titles. */
      roles?: { family: RoleFamily; titles: string[] };
    }
  | {
      fact: 'funding';
      stage?: string;
      /** Amount raised in US dollars. */
      amountUsd?: number;
      date?: string;
      /** The stage is a plain round name ("Seed", "Series B") that reads as "a … round". */
      simpleStage: boolean;
    }
  /**
   * `where`: the page field the keyword was found in ("description", "specialties", "tagline"…);
   * `quote`: the page's text around it, as written.
   */
  | { fact: 'keywords'; keyword: string; where: string; quote: string }
  | { fact: 'specialties'; items: string[]; foreign: boolean }
  | { fact: 'technologies'; items: string[] }
  | { fact: 'tagline'; text: string; foreign: boolean }
  | { fact: 'employees'; range: Range }
  | { fact: 'industry'; industry: string }
  | { fact: 'revenue'; range: Range }
  /** `age` in whole years (year of the pitch − founding year). */
  | { fact: 'founded'; year: number; age: number }
  /** `country` is an ISO 3166 alpha-2 code. */
  | { fact: 'headquarters'; city?: string; country?: string };

/** The fact name of one {@link NoteData} variant. */
export type NoteFact = NoteData['fact'];

/** The {@link NoteData} variant of fact `F`. */
export type NoteOf<F extends NoteFact> = Extract<NoteData, { fact: F }>;

/** The ICP's own sentences a fact can be paired with. */
export type IcpSentenceKind = 'pains' | 'goals' | 'valueProps';
