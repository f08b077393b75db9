import { INDUSTRIES } from '../industry-names';
import { ar } from './ar';
import { bn } from './bn';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
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
 * How LinkedIn names its industries in each of its UI languages other than English — the same
 * languages `extract/linkedin-company/words` reads labels in. One table per language, one line per
 * industry: line i names `INDUSTRIES[i]`; variants on a line are separated by "|" (the current
 * name first, then the older taxonomy's name of the same industry and spellings seen on pages);
 * an empty line means no name written yet. Written by hand after LinkedIn's interface; where
 * its exact wording could not be checked here (no network), the natural professional term of the
 * language stands in, so a page that words it differently keeps its own words until a variant is
 * added to the line.
 *
 * Kept as plain text so the tables weigh little in the bundle; they are split into names only
 * on the first lookup (`localizedIndustryNames`). Background worker, workers and CLI only: the
 * content script never imports `normalize/industry`.
 */
export const INDUSTRY_TABLES = {
  ar,
  bn,
  cs,
  da,
  de,
  el,
  es,
  fa,
  fi,
  fr,
  he,
  hi,
  hu,
  id,
  it,
  ja,
  ko,
  mr,
  ms,
  nl,
  no,
  pa,
  pl,
  pt,
  ro,
  ru,
  sv,
  te,
  th,
  tl,
  tr,
  uk,
  vi,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
} as const satisfies Readonly<Record<string, string>>;

/** A LinkedIn UI language with an industry table ("ja", "zh-TW"). */
export type IndustryLanguage = keyof typeof INDUSTRY_TABLES;

/** Every language with a table, in a fixed order (the order lookups prefer on a clash). */
export const INDUSTRY_LANGUAGES = Object.keys(INDUSTRY_TABLES) as IndustryLanguage[];

/**
 * One language's table as rows: `rows[i]` holds the names (current first, then variants) of
 * `INDUSTRIES[i]`, empty when the table has none. Throws when the table's line count is not the
 * number of industries (a line added or lost would shift every name after it).
 */
export function industryRows(lang: IndustryLanguage): string[][] {
  const lines = INDUSTRY_TABLES[lang].replace(/^\n/, '').replace(/\n$/, '').split('\n');
  if (lines.length !== INDUSTRIES.length) {
    throw new Error(
      `industry table "${lang}" has ${lines.length} lines; INDUSTRIES has ${INDUSTRIES.length}`,
    );
  }
  return lines.map((line) =>
    line
      .split('|')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

/**
 * Every localized name with its industry's current English name, language after language in
 * `INDUSTRY_LANGUAGES` order: `[name as written, English name, language]`. Built on each call;
 * callers fold and index it once.
 */
export function localizedIndustryNames(): [string, string, IndustryLanguage][] {
  return INDUSTRY_LANGUAGES.flatMap((lang) =>
    industryRows(lang).flatMap((names, i) =>
      names.map((name): [string, string, IndustryLanguage] => [
        name,
        INDUSTRIES[i] as string,
        lang,
      ]),
    ),
  );
}
