import type { JsonSyntax } from '../icp/json-syntax';
import { type IcpFileProblem, notJsonText } from '../icp/problems';

/** What a file that is not text turns out to be, by its first bytes (magic numbers). */
export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'png' | 'jpeg' | 'gzip';

/**
 * Something the account-file reader found wrong with a whole file (`RowError.row` 0) or a row, as a
 * code with its parameters (no sentence): the UI words it in its language
 * (`components/lists/file-problem-words.ts`), the command line under `--lang`
 * (`lib/cli/reading-words.ts`); {@link csvProblemText} gives the reader's English message.
 * `maxMb`, `mb`: megabytes; `cells`, `columns`, `count`: counts; `line`: a line of the file
 * (1-based), `rest`: lines from there to the end; `byte`: a byte offset (0-based); `cell`: a
 * cell's position in its row (1-based).
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
  /** A people export with no column naming the company; `found`: its person columns (at most 8). */
  | { code: 'people-without-company'; found: readonly string[] }
  | { code: 'row-not-object' }
  | { code: 'no-company-data' }
  | { code: 'extra-cells'; cells: number; columns: number }
  | { code: 'no-company-named' }
  | { code: 'more-problems'; count: number }
  /** A quote never closed (whole-text reader): the rest of the file is not read as rows. */
  | { code: 'unclosed-quote'; line: number; rest: number }
  /** The same, found by the chunked reader (`AccountFileStream`), which knows the line only roughly. */
  | { code: 'unclosed-quote-near'; line: number }
  /** One row longer than `maxMb` (the chunked reader's limit): nothing past it is read. */
  | { code: 'row-too-long'; maxMb: number }
  /** Bytes that are not UTF-8 from `byte` on, in a file begun as UTF-8: read as Windows-1252. */
  | { code: 'not-utf8-after'; byte: number }
  /** Cell `cell` holds `mb` megabytes (one decimal) of text: left out. */
  | { code: 'cell-too-long'; cell: number; mb: number }
  /**
   * What the CSV parser (Papa Parse) reported for a row: `papa` its error code ("InvalidQuotes",
   * "MissingQuotes"…), `message` its English message (the reader's message, as Papa wrote it).
   */
  | { code: 'csv-syntax'; papa: string; message: string }
  /** A cell Excel turned into a date (e.g. "10-Jan" for 1-10 employees): which band is lost. */
  | { code: 'size-made-date'; column: string; cell: string }
  /**
   * A JSON entry of company facts the facts schema rejects: `path` (e.g. `employees.value.min`),
   * zod's English `detail`, and the same as an ICP-file problem (`icpProblemOf`) to word it.
   */
  | { code: 'invalid-fact'; path: string; detail: string; issue: IcpFileProblem }
  /** A CRM export with neither a company name nor a domain column. */
  | { code: 'crm-no-identity-column' }
  /** A CRM export's row with neither a company name nor a domain. */
  | { code: 'crm-no-identity' };

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
    case 'people-without-company':
      return `This is a people export (found ${p.found.join(', ')}) with no company column: export it with each person's company name or website, or export companies instead.`;
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
    case 'unclosed-quote':
      return `a quote opened on line ${p.line} is never closed, so the rest of the file (${p.rest} ${p.rest === 1 ? 'line' : 'lines'}) cannot be read as rows: close the quote or remove it, then read the file again`;
    case 'unclosed-quote-near':
      return `a quote opened near line ${p.line} is never closed: the rest of the file cannot be read as rows`;
    case 'row-too-long':
      return `a row longer than ${p.maxMb} MB (an unclosed quote?): the file cannot be read past it`;
    case 'not-utf8-after':
      return `Not UTF-8 after byte ${p.byte}: read from there as Windows-1252.`;
    case 'cell-too-long':
      return `cell ${p.cell} holds ${p.mb.toFixed(1)} MB of text: far too long for a company value, left out`;
    case 'csv-syntax':
      return p.message;
    case 'size-made-date':
      return `${p.column}: "${p.cell}" is a date Excel made of a size band, and which band cannot be told: left out`;
    case 'invalid-fact':
      return `${p.path}: ${p.detail}`;
    case 'crm-no-identity-column':
      return 'No company name or domain column: is this a companies export?';
    case 'crm-no-identity':
      return 'No company name or domain on this row.';
  }
}

/**
 * A cell's size as {@link CsvProblem} `cell-too-long` gives it: `chars` characters in megabytes
 * (2^20), rounded to one decimal as `toFixed(1)` rounds it (the size is an exact binary fraction).
 */
export function megabytes(chars: number): number {
  return Math.round((chars * 10) / 1_048_576) / 10;
}
