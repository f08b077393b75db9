import { ar } from './ar';
import { bn } from './bn';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fi } from './fi';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { hu } from './hu';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { mr } from './mr';
import { ms } from './ms';
import { nl } from './nl';
import { no } from './no';
import { pa } from './pa';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sv } from './sv';
import { te } from './te';
import { th } from './th';
import { tl } from './tl';
import { tr } from './tr';
import { uk } from './uk';
import { vi } from './vi';
import { zhCN } from './zh-cn';
import { zhTW } from './zh-tw';

/**
 * What each line of a language's table holds, in order: the About tab's definition labels
 * (`label:`), the count words (`count:`, matched as words next to a number), the Overview tab's
 * module headings (`module:`) and LinkedIn's company types (`type:` and its English name).
 */
export const WORD_KINDS = [
  'label:website',
  'label:industry',
  'label:size',
  'label:headquarters',
  'label:founded',
  'label:type',
  'label:specialties',
  'count:followers',
  'count:employees',
  'count:members',
  'count:jobs',
  'module:about',
  'module:funding',
  'type:Privately Held',
  'type:Public Company',
  'type:Self-Employed',
  'type:Partnership',
  'type:Nonprofit',
  'type:Educational',
  'type:Government Agency',
  'type:Sole Proprietorship',
  'type:Self-Owned',
] as const;

/** One line of the tables ("label:size", "type:Nonprofit"). */
export type WordKind = (typeof WORD_KINDS)[number];

/**
 * The words LinkedIn's UI writes around company facts, one table per UI language, one line per
 * `WORD_KINDS` entry: line i holds the words of `WORD_KINDS[i]`, variants separated by "|"; an
 * empty line means none written. Written from LinkedIn's own interface strings as they appear on
 * company pages; a word several languages share is written once, in the first of them in this
 * order. Kept as plain text so the tables weigh little in the bundle, the way
 * `normalize/industry-l10n` holds industry names. Background worker and CLI only: the content
 * script carries no language table.
 */
export const LINKEDIN_WORD_TABLES = {
  en,
  fr,
  it,
  es,
  pt,
  de,
  nl,
  pl,
  tr,
  ru,
  uk,
  cs,
  ro,
  sv,
  da,
  no,
  fi,
  el,
  hu,
  ar,
  he,
  fa,
  ja,
  ko,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  th,
  id,
  ms,
  vi,
  hi,
  mr,
  bn,
  te,
  pa,
  tl,
} as const satisfies Readonly<Record<string, string>>;

/** A LinkedIn UI language with a table ("ja", "zh-TW"). */
export type LinkedInWordLanguage = keyof typeof LINKEDIN_WORD_TABLES;

/**
 * One language's table as rows: `rows[i]` holds the words of `WORD_KINDS[i]`. Every table has
 * one line per kind (test/unit/extract/linkedin-words-l10n.test.ts holds them to it: a line added
 * or lost would shift every kind after it).
 */
export function linkedInWordRows(lang: LinkedInWordLanguage): string[][] {
  return LINKEDIN_WORD_TABLES[lang]
    .slice(1, -1)
    .split('\n')
    .map((line) => (line ? line.split('|') : []));
}

/**
 * Every language's words of each kind, language after language in `LINKEDIN_WORD_TABLES` order:
 * `words[i]` holds the words of `WORD_KINDS[i]` (for "count:jobs": "job", "jobs", …, "emplois",
 * …). Built on each call; callers index it once.
 */
export function linkedInWords(): string[][] {
  const words: string[][] = WORD_KINDS.map(() => []);
  for (const lang of Object.keys(LINKEDIN_WORD_TABLES) as LinkedInWordLanguage[]) {
    linkedInWordRows(lang).forEach((row, i) => {
      words[i]?.push(...row);
    });
  }
  return words;
}
