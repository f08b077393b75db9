import type en from '../../public/_locales/en/messages.json';
import { type IcpFileKey, icpProblemIn } from '../icp/problem-words';
import type { BinaryKind, CsvProblem } from './problems';

/**
 * Account-file problems (`RowError.problem`) worded in any language of the catalogs
 * (`public/_locales/<locale>/messages.json`, keys `csvfile_…`; a JSON syntax problem with the ICP
 * file's `icpfile_…` words), through a {@link CsvProblemLanguage}: the list import panel, the CRM
 * snapshot and the customers file pass the UI language (`components/lists/file-problem-words.ts`),
 * the command line its `--lang` (`lib/cli/reading-words.ts`). In English the words equal
 * `csvProblemText` (but "and 1 more problem" in the singular).
 */

/** A catalog message that words account-file problems. */
export type CsvFileKey = Extract<keyof typeof en, `csvfile_${string}`>;

/** How one language says things: its messages, numbers and plurals, how it isolates file text. */
export interface CsvProblemLanguage {
  /** The message `key` with `$1`… filled from `subs`. */
  t(key: CsvFileKey | IcpFileKey, ...subs: string[]): string;
  /**
   * A number in the language's digits: grouped from five digits, always when `grouped` is true,
   * never when it is false (line and byte positions, as the reader's English writes them).
   */
  number(n: number, grouped?: boolean): string;
  /** The CLDR plural category of `n` ("one", "other"…). */
  plural(n: number): Intl.LDMLPluralRule;
  /** Text from the file or the engine, made to read right inside the language's sentences. */
  isolate(text: string): string;
}

const BINARY_KEYS: Readonly<Record<BinaryKind, CsvFileKey>> = {
  zip: 'csvfile_binary_zip',
  xls: 'csvfile_binary_xls',
  pdf: 'csvfile_binary_pdf',
  png: 'csvfile_binary_png',
  jpeg: 'csvfile_binary_jpeg',
  gzip: 'csvfile_binary_gzip',
};

/** Papa Parse's error codes (papaparse.com/docs#errors) the reader meets, worded in the catalogs. */
const PAPA_KEYS: ReadonlyMap<string, CsvFileKey> = new Map([
  ['InvalidQuotes', 'csvfile_quote_malformed'],
  ['MissingQuotes', 'csvfile_quote_unterminated'],
]);

/**
 * One account-file problem in `w`'s language, e.g. "4 ô nhưng chỉ có 3 cột: các ô thừa bị bỏ
 * qua" (vi). Numbers through `w.number`; the engine's own English (`reason`) through `w.isolate`.
 */
export function csvProblemIn(w: CsvProblemLanguage, p: CsvProblem): string {
  const { t, isolate } = w;
  const num = (n: number) => w.number(n);
  const position = (n: number) => w.number(n, false);
  /** Column names from the file, each isolated, joined as the language joins a list. */
  const joined = (items: readonly string[]) =>
    items.map(isolate).reduce((all, next) => t('icpfile_value_join', all, next));
  switch (p.code) {
    case 'empty-file':
      return t('csvfile_empty_file');
    case 'binary':
      return t(BINARY_KEYS[p.kind]);
    case 'not-text':
      return t('csvfile_not_text');
    case 'too-big':
      return t('csvfile_too_big', num(p.maxMb));
    case 'not-json':
      return icpProblemIn(w, {
        code: 'not-json',
        reason: p.reason,
        ...(p.syntax && { syntax: p.syntax }),
      });
    case 'not-a-list':
      return t('csvfile_not_a_list');
    case 'empty-list':
      return t('csvfile_empty_list');
    case 'unreadable':
      return t('csvfile_unreadable', isolate(p.reason));
    case 'no-header':
      return t('csvfile_no_header');
    case 'no-known-column': {
      const found = p.found.length > 0 ? joined(p.found) : t('csvfile_found_none');
      return t('csvfile_no_known_column', found, joined(p.examples));
    }
    case 'people-without-company':
      return t('csvfile_people_without_company', joined(p.found));
    case 'row-not-object':
      return t('csvfile_row_not_object');
    case 'no-company-data':
      return t('csvfile_no_company_data');
    case 'extra-cells':
      return t('csvfile_extra_cells', num(p.cells), num(p.columns));
    case 'no-company-named':
      return t('csvfile_no_company_named');
    case 'more-problems':
      return t(
        w.plural(p.count) === 'one' ? 'csvfile_more_problems_one' : 'csvfile_more_problems_other',
        w.number(p.count, true),
      );
    case 'unclosed-quote':
      return t(
        w.plural(p.rest) === 'one' ? 'csvfile_unclosed_quote_one' : 'csvfile_unclosed_quote_other',
        position(p.line),
        position(p.rest),
      );
    case 'unclosed-quote-near':
      return t('csvfile_unclosed_quote_near', position(p.line));
    case 'row-too-long':
      return t('csvfile_row_too_long', num(p.maxMb));
    case 'not-utf8-after':
      return t('csvfile_not_utf8_after', position(p.byte));
    case 'cell-too-long':
      return t('csvfile_cell_too_long', num(p.cell), num(p.mb));
    case 'csv-syntax': {
      const key = PAPA_KEYS.get(p.papa);
      return key ? t(key) : t('csvfile_csv_syntax', isolate(p.message));
    }
    case 'size-made-date':
      return t('csvfile_size_made_date', isolate(p.column), isolate(p.cell));
    case 'invalid-fact':
      return icpProblemIn(w, p.issue);
    case 'crm-no-identity-column':
      return t('csvfile_crm_no_identity_column');
    case 'crm-no-identity':
      return t('csvfile_crm_no_identity');
  }
}

/**
 * A reader's message in `w`'s language: its `problem` worded when it has one, else its English
 * `message` as the reader wrote it (isolated), for the problems that have no code yet.
 */
export function rowErrorIn(
  w: CsvProblemLanguage,
  error: { message: string; problem?: CsvProblem },
): string {
  return error.problem ? csvProblemIn(w, error.problem) : w.isolate(error.message);
}
