import type { JsonSyntax } from '../icp/json-syntax';
import { notJsonText } from '../icp/problems';

/** What a file that is not text turns out to be, by its first bytes (magic numbers). */
export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'png' | 'jpeg' | 'gzip';

/**
 * Something the account-file reader found wrong with a whole file (`RowError.row` 0) or a row, as a
 * code with its parameters (no sentence): the UI words it in its language
 * (`components/lists/file-problem-words.ts`), the command line under `--lang`
 * (`lib/cli/reading-words.ts`); {@link csvProblemText} gives the reader's English message.
 * `maxMb`: megabytes; `cells`, `columns`, `count`: counts.
 */
export type CsvProblem =
  | { code: 'empty-file' }
  | { code: 'binary'; kind: BinaryKind }
  | { code: 'not-text' }
  | { code: 'too-big'; maxMb: number }
  | {
      code: 'not-json';
      /** The JS engine's own message (English): shown only without `syntax`. */
      reason: string;
      syntax?: JsonSyntax;
    }
  | { code: 'not-a-list' }
  | { code: 'empty-list' }
  | { code: 'unreadable'; reason: string }
  | { code: 'no-header' }
  /** `found`: the first row's cells (at most 8), as written; `examples`: column names we know. */
  | { code: 'no-known-column'; found: readonly string[]; examples: readonly string[] }
  | { code: 'row-not-object' }
  | { code: 'no-company-data' }
  | { code: 'extra-cells'; cells: number; columns: number }
  | { code: 'no-company-named' }
  | { code: 'more-problems'; count: number };

/** The codes of {@link CsvProblem}. */
export type CsvProblemCode = CsvProblem['code'];

const BINARY: Readonly<Record<BinaryKind, string>> = {
  zip: 'This is a zipped file (an Excel .xlsx workbook?). Save it as CSV first.',
  xls: 'This is an old Excel .xls workbook. Save it as CSV first.',
  pdf: 'This is a PDF, not a CSV export.',
  png: 'This is a PNG image, not a CSV export.',
  jpeg: 'This is a JPEG image, not a CSV export.',
  gzip: 'This is a gzip archive. Unpack it first.',
};

/**
 * A problem as the reader says it in English (the command line's default output and `message`
 * of every `RowError`, unchanged byte for byte), e.g. "4 cells but 3 columns: extra cells ignored".
 */
export function csvProblemText(p: CsvProblem): string {
  switch (p.code) {
    case 'empty-file':
      return 'The file is empty.';
    case 'binary':
      return BINARY[p.kind];
    case 'not-text':
      return 'This does not look like a text file: is it a CSV export?';
    case 'too-big':
      return `The file is too big (over ${p.maxMb} MB).`;
    case 'not-json':
      return notJsonText(p.reason, p.syntax);
    case 'not-a-list':
      return 'Expected a JSON array of companies.';
    case 'empty-list':
      return 'The list is empty.';
    case 'unreadable':
      return `Could not read the file: ${p.reason}`;
    case 'no-header':
      return 'The file has no header row: it holds no data.';
    case 'no-known-column':
      return `No column this reader knows: found ${p.found.join(', ') || 'none'}. Expected a company list with columns such as ${p.examples.join(', ')}.`;
    case 'row-not-object':
      return 'not an object';
    case 'no-company-data':
      return 'no company data in the columns used';
    case 'extra-cells':
      return `${p.cells} cells but ${p.columns} columns: extra cells ignored`;
    case 'no-company-named':
      return 'names no company (no name, domain or LinkedIn page): not imported';
    case 'more-problems':
      return `and ${p.count} more problems`;
  }
}
