import { type CsvProblemLanguage, csvProblemIn, rowErrorIn } from '@/lib/csv/problem-words';
import type { CsvProblem } from '@/lib/csv/problems';
import { isolate } from '@/lib/i18n/bidi';
import { formatNumber, pluralCategory } from '../format';
import { t } from '../i18n';

/**
 * Account-file problems in the UI language (the wording is `lib/csv/problem-words.ts`, shared with
 * the command line): numbers in the language's digits, the engine's own text isolated.
 */
const UI_LANGUAGE: CsvProblemLanguage = {
  t: (key, ...subs) => t(key, ...subs),
  number: (n, grouped) =>
    formatNumber(n, grouped === undefined ? {} : { useGrouping: grouped ? 'always' : false }),
  plural: (n) => pluralCategory(n),
  isolate,
};

/** One account-file problem in the UI language, e.g. "有 4 个单元格，但只有 3 列：多出的单元格已忽略". */
export function csvProblemWords(problem: CsvProblem): string {
  return csvProblemIn(UI_LANGUAGE, problem);
}

/**
 * A reader's problem (`RowError`, `{ row, message, problem? }`) in the UI language: its code worded,
 * or, for a problem without a code yet, the reader's English message isolated.
 */
export function rowErrorWords(error: { message: string; problem?: CsvProblem }): string {
  return rowErrorIn(UI_LANGUAGE, error);
}
