import { canonicalIndustry, INDUSTRIES } from '../../normalize/industry';
import { fold } from '../../text';
import { linkedInWords, WORD_KINDS } from './words-l10n';

/** Every language's words, by kind (in `WORD_KINDS` order): read once, when first loaded. */
const [
  website = [],
  industry = [],
  size = [],
  headquarters = [],
  founded = [],
  type = [],
  specialties = [],
  followers = [],
  employees = [],
  members = [],
  jobs = [],
  about = [],
  funding = [],
  ...companyTypes
] = linkedInWords();

/**
 * The words LinkedIn's UI writes around company facts, in its UI languages: en, fr, it, es, pt,
 * de, nl, pl, tr, ru, uk, cs, ro, sv, da, no (nb), fi, el, hu, ar, he, fa, ja, ko, zh-CN, zh-TW,
 * th, id, ms, vi, hi, mr, bn, te, pa, tl. Written from LinkedIn's own interface strings as they
 * appear on company pages; a label is matched whole (after `fold`), a count word as a whole word
 * (see `wordMatcher`); the words live in `words-l10n`, one table per language. Background
 * and CLI only: the content script carries no language table.
 */
export type AboutField =
  | 'website'
  | 'industry'
  | 'size'
  | 'headquarters'
  | 'founded'
  | 'type'
  | 'specialties';

/** The About tab's definition labels, every language's (see `words-l10n`). */
const LABELS: Record<AboutField, string[]> = {
  website,
  industry,
  size,
  headquarters,
  founded,
  type,
  specialties,
};

const BY_LABEL = new Map<string, AboutField>(
  (Object.entries(LABELS) as [AboutField, string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [fold(label), field] as const),
  ),
);

/**
 * The field a definition label names, in any UI language ("Company size", "Quy mô công ty:",
 * "اندازه شرکت"): the whole label after `fold`, a trailing colon allowed. Never a part of a
 * longer text, so a value that happens to contain a label word is not a label.
 */
export function aboutField(label: string): AboutField | undefined {
  return label.length > 40 ? undefined : BY_LABEL.get(fold(label.replace(/[:：]\s*$/, '')));
}

/** Scripts written without spaces between words: a word there is bounded by a number instead. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Letters, marks and digits: what may not touch a word that is matched as a word. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Before a count word of those scripts: a number, then at most a few classifiers ("3.6万 位"). */
const AFTER_NUMBER = '(?<=[\\d万萬千亿億][\\s个個名位人件の数數]{0,3})';
/** After one: spaces, a colon or Thai words ("สมาชิกที่เกี่ยวข้อง 29 คน"), then a number. */
const BEFORE_NUMBER = '(?=[\\s:：\\p{Script=Thai}\\p{M}のはが数數]{0,20}\\d)';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test that finds one of `words` as a whole word or phrase, case-insensitive. A word ending in
 * "*" is a stem (Russian "сотрудник*" also finds "сотрудников"). In scripts written without
 * spaces (Chinese, Japanese, Thai) a word counts only next to its number ("12 个职位",
 * "フォロワー 1,234人", "3.6万 位关注者"), never inside a name or on its own.
 */
export function wordMatcher(words: readonly string[]): (text: string) => boolean {
  const spaced: string[] = [];
  const unspaced: string[] = [];
  for (const w of words) {
    const stem = w.endsWith('*');
    const body = escapeRegExp(stem ? w.slice(0, -1) : w).replace(/ /g, '\\s+');
    if (UNSPACED.test(w)) unspaced.push(body);
    else spaced.push(stem ? `${body}${WORD_CHAR}*` : body);
  }
  const parts: string[] = [];
  if (spaced.length) parts.push(`(?<!${WORD_CHAR})(?:${spaced.join('|')})(?!${WORD_CHAR})`);
  if (unspaced.length) {
    const u = unspaced.join('|');
    parts.push(`${AFTER_NUMBER}(?:${u})|(?:${u})${BEFORE_NUMBER}`);
  }
  const re = new RegExp(parts.join('|'), 'iu');
  return (text) => re.test(text.normalize('NFC'));
}

/** "12,345 followers", "4.812 Follower", "3.6万 位关注者", "۸٬۴۱۲ دنبال‌کننده". */
export const isFollowers = wordMatcher(followers);

/** "1,001-5,000 employees", "201–500 Beschäftigte", "51-200 名员工", "View all 2,431 employees". */
export const isEmployees = wordMatcher(employees);

/** The line under Company size: "12,345 associated members", "318 zugehörige Mitglieder". */
export const isMembers = wordMatcher(members);

/** "See all 47 jobs", "Alle 12 Jobs anzeigen", "Xem 9 việc làm", "12 个职位", "۵ شغل". */
export const isJobs = wordMatcher(jobs);

/** Any count word: a text holding one is a count, never an industry or a place. */
export const isCount = (text: string): boolean =>
  isFollowers(text) || isEmployees(text) || isJobs(text) || isMembers(text);

/** Headings of the Overview tab's modules, by what they hold. */
const MODULES = { about, funding };

const MODULE_BY_HEADING = new Map<string, 'about' | 'funding'>(
  (Object.entries(MODULES) as ['about' | 'funding', string[]][]).flatMap(([kind, headings]) =>
    headings.map((h) => [fold(h), kind] as const),
  ),
);

/** What an Overview-tab module holds, from its heading ("About", "Giới thiệu", "融资"). */
export function moduleKind(heading: string): 'about' | 'funding' | undefined {
  return heading.length > 40 ? undefined : MODULE_BY_HEADING.get(fold(heading));
}

/**
 * LinkedIn's company types in its UI languages → its English names. English spellings first;
 * variants seen for one language side by side.
 */
const FIRST_TYPE = WORD_KINDS.indexOf('type:Privately Held');
const COMPANY_TYPES: Record<string, string[]> = Object.fromEntries(
  companyTypes.map((labels, i) => [WORD_KINDS[FIRST_TYPE + i]?.slice('type:'.length), labels]),
);

const TYPE_BY_LABEL = new Map<string, string>(
  Object.entries(COMPANY_TYPES).flatMap(([type, labels]) =>
    labels.map((label) => [fold(label), type] as const),
  ),
);

/** LinkedIn's English company type for its label in any UI language; undefined when unknown. */
export function linkedInCompanyType(label: string): string | undefined {
  return TYPE_BY_LABEL.get(fold(label));
}

/**
 * "and" in the languages whose industry names have a comma ("Technology, Information and
 * Internet", "प्रौद्योगिकी, सूचना और इंटरनेट"); Hebrew writes it as the prefix ו ("מידע ואינטרנט").
 */
export const AND =
  /\s(and|und|et|e|y|en|och|og|ja|és|și|ve|dan|và|at|и|і|та|a|i|και|و|और|आणि|এবং|మరియు|ਅਤੇ)\s|\sו(?=\p{L})|&|和|與|及|と|및/iu;

/**
 * LinkedIn's current English name for an industry the page names in any of its UI languages
 * ("ソフトウェア開発" → "Software Development"), or undefined when it is no LinkedIn industry. The
 * names live in `normalize/industry-l10n`, one table per language, shared with file import.
 */
export function linkedInIndustry(name: string): string | undefined {
  const english = canonicalIndustry(name);
  return KNOWN_INDUSTRIES.has(english) ? english : undefined;
}

const KNOWN_INDUSTRIES = new Set<string>(INDUSTRIES);
