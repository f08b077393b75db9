import Papa from 'papaparse';
import type { CsvProblem } from './problems';
import { type CompaniesFile, type CompanyRow, type ReadSummary, RecordSink } from './records';

export type { CompaniesFile, CompanyRow, ReadSummary, RowError } from './records';
export { fileError } from './records';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Why this text cannot be a CSV file (binary, a spreadsheet, empty), as a code, or undefined. */
export function notTextReason(text: string): CsvProblem | undefined {
  if (!/\S/.test(text)) return { code: 'empty-file' };
  const head = text.slice(0, 4096);
  if (head.startsWith('PK\u0003\u0004')) return { code: 'binary', kind: 'zip' };
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0') || head.startsWith('\ufffd\ufffd\u0011\ufffd'))
    return { code: 'binary', kind: 'xls' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for binary bytes on purpose
  const binary = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (binary > head.length / 100 || head.includes('\u0000')) return { code: 'not-text' };
  return undefined;
}

/** The delimiter used most in the header line, outside quotes; "," when none. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts.size > 0) break;
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Optional hooks of `streamCompaniesCsv`, for callers that need more than the companies. */
export interface StreamHooks {
  /** Every parsed row's raw cells with its row number (1-based, as `CompanyRow.row`), before it is read. */
  onCells?: (cells: string[], row: number) => void;
  /** Called about every `progressEvery` rows (default 5000): characters parsed of the total. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked with each progress call; true stops the parse (the summary covers the rows read). */
  cancelled?: () => boolean;
  /** `false`: facts without evidence text, for runs that only rank (see `ReadOptions`). */
  evidence?: boolean;
  /** The header's cells and row number, once, when the reader finds it (before any company). */
  onHeader?: (cells: readonly string[], row: number) => void;
}

/**
 * Reads a CSV export of companies one row at a time, passing each company to `onCompany` as
 * soon as it is read (for very large files: nothing is kept). Returns what `readCompaniesCsv`
 * returns besides the companies. Never throws.
 */
export function streamCompaniesCsv(
  text: string,
  onCompany: (company: CompanyRow) => void,
  hooks: StreamHooks = {},
): ReadSummary {
  const every = Math.max(1, hooks.progressEvery ?? 5000);
  const sink = new RecordSink(onCompany, { evidence: hooks.evidence !== false });
  sink.onHeader = hooks.onHeader;
  try {
    const { body, delimiter, lineOffset } = csvLayout(typeof text === 'string' ? text : '');
    const problem = notTextReason(body);
    if (problem) {
      sink.report(0, problem);
      return sink.summary;
    }
    const lines = new LineCounter(body, lineOffset);
    let row = 0;
    Papa.parse<string[]>(body, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      dynamicTyping: false,
      step(results, parser) {
        row++;
        if (row % every === 0) {
          hooks.onProgress?.(results.meta.cursor, body.length);
          if (hooks.cancelled?.()) {
            parser.abort();
            return;
          }
        }
        hooks.onCells?.(results.data, row);
        const line = lines.startOfNext(results.meta.cursor);
        const unterminated = results.errors.find((e) => e.code === 'MissingQuotes');
        if (unterminated) {
          sink.report(row, { code: 'unclosed-quote', line, rest: lines.total - line + 1 });
          return;
        }
        for (const e of results.errors) sink.report(row, csvSyntaxProblem(e));
        const atEnd = results.meta.cursor >= body.length;
        // The line break that ends the last line is not a blank row.
        if (atEnd && results.data.length === 1 && results.data[0] === '') return;
        sink.record(results.data, row);
      },
    });
  } catch (error) {
    sink.report(0, { code: 'unreadable', reason: String(error).slice(0, 200) });
  }
  return sink.finish();
}

/** A row's parse error as Papa Parse reports it (its code and English message), as a problem. */
export function csvSyntaxProblem(error: Papa.ParseError): CsvProblem {
  return { code: 'csv-syntax', papa: error.code, message: error.message };
}

/**
 * Excel's `sep=;` first line (written by Excel, read by Excel, naming the delimiter) and the
 * BOM removed; the delimiter from that line, else detected from the header.
 */
export function csvLayout(text: string): { body: string; delimiter: string; lineOffset: number } {
  const unmarked = text.replace(/^\uFEFF/, '');
  const sep = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r)/i.exec(unmarked);
  if (sep?.[1] && sep[1] !== '"') {
    const body = unmarked.slice(sep[0].length);
    return { body, delimiter: sep[1], lineOffset: 1 };
  }
  return { body: unmarked, delimiter: detectDelimiter(unmarked), lineOffset: 0 };
}

/** Line numbers of records: counts line breaks as the parser's cursor moves, once over the text. */
class LineCounter {
  private at = 0;
  private line: number;
  readonly total: number;

  constructor(
    private readonly text: string,
    offset: number,
  ) {
    this.line = 1 + offset;
    const trailing = /(\r\n|\n|\r)$/.test(text) ? 1 : 0;
    this.total = offset + 1 + countBreaks(text, 0, text.length) - trailing;
  }

  /** The line the record that ends at `cursor` started on; moves past it. */
  startOfNext(cursor: number): number {
    const start = this.line;
    const end = Math.min(cursor, this.text.length);
    this.line += countBreaks(this.text, this.at, end);
    this.at = end;
    return start;
  }
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Reads a list of companies from a CSV export (Apollo, HubSpot, Salesforce, Sales Navigator,
 * Clearbit, ZoomInfo and the like): recognises the columns by name, reads each row into facts
 * (source "csv", evidence "Column: cell"), and reports the columns used and ignored. Delimiter
 * (`,` `;` tab `|`) and a BOM are handled; cells are only ever text (a cell "=cmd|…" stays that
 * string). Never throws: a file that is not a CSV of companies gives an error with row 0.
 */
export function readCompaniesCsv(text: string): CompaniesFile {
  const companies: CompanyRow[] = [];
  const summary = streamCompaniesCsv(text, (company) => companies.push(company));
  return { companies, ...summary };
}
