import type { CompanyFacts } from '../facts';
import { EXAMPLE_COLUMNS } from './columns';
import { planColumns, rowReader } from './facts';

export interface CompanyRow {
  /** The row as a spreadsheet numbers it: the header is row 1 (when it is the first line). */
  row: number;
  facts: CompanyFacts;
}

export interface RowError {
  /** Spreadsheet row number; 0 for a problem with the whole file. */
  row: number;
  message: string;
}

/** What reading a file says besides the companies: columns used and ignored, problems. */
export interface ReadSummary {
  usedColumns: { column: string; field: string }[];
  ignoredColumns: string[];
  errors: RowError[];
}

export interface CompaniesFile extends ReadSummary {
  companies: CompanyRow[];
}

const MAX_ERRORS = 200;

function isBlank(cells: readonly string[], from = 0): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]?.trim()) return false;
  return true;
}

export function fileError(message: string): CompaniesFile {
  return { companies: [], usedColumns: [], ignoredColumns: [], errors: [{ row: 0, message }] };
}

/**
 * Takes records (arrays of cells) one at a time: the first non-blank one is the header, which
 * decides the columns; each later one becomes a company passed to `onCompany` right away, so a
 * large file never has to be held as facts all at once.
 */
export class RecordSink {
  private read: ((cells: readonly string[]) => CompanyFacts) | undefined;
  private width = 0;
  private dropped = 0;
  private noColumns = false;
  readonly summary: ReadSummary = { usedColumns: [], ignoredColumns: [], errors: [] };

  constructor(private readonly onCompany: (company: CompanyRow) => void) {}

  report(row: number, message: string): void {
    if (this.summary.errors.length < MAX_ERRORS) this.summary.errors.push({ row, message });
    else this.dropped++;
  }

  /** One record; `row` is its 1-based position in the file. */
  record(cells: readonly string[], row: number): void {
    if (this.noColumns || isBlank(cells)) return;
    if (!this.read) {
      this.header(cells);
      return;
    }
    const facts = this.read(cells);
    let known = false;
    for (const _ in facts) {
      known = true;
      break;
    }
    if (known) this.onCompany({ row, facts });
    else this.report(row, 'no company data in the columns used');
    if (cells.length > this.width && !isBlank(cells, this.width))
      this.report(row, `${cells.length} cells but ${this.width} columns: extra cells ignored`);
  }

  private header(cells: readonly string[]): void {
    const { plan, usedColumns, ignoredColumns } = planColumns(cells);
    this.summary.usedColumns = usedColumns;
    this.summary.ignoredColumns = ignoredColumns;
    this.width = cells.length;
    if (usedColumns.length === 0) {
      this.noColumns = true;
      const found = ignoredColumns.slice(0, 8).join(', ') || 'none';
      this.report(
        0,
        `No column this reader knows: found ${found}. Expected a company list with columns such as ${EXAMPLE_COLUMNS.join(', ')}.`,
      );
      return;
    }
    this.read = rowReader(plan);
  }

  /** The summary, once every record was given. */
  finish(): ReadSummary {
    if (!this.read && !this.noColumns)
      this.report(0, 'The file has no header row: it holds no data.');
    if (this.dropped > 0)
      this.summary.errors.push({ row: 0, message: `and ${this.dropped} more problems` });
    this.dropped = 0;
    return this.summary;
  }
}

/** All records at once (JSON, tests): the companies and the summary. */
export function readRecords(records: readonly (readonly string[])[]): CompaniesFile {
  const companies: CompanyRow[] = [];
  const sink = new RecordSink((company) => companies.push(company));
  for (let i = 0; i < records.length; i++) sink.record(records[i] ?? [], i + 1);
  return { companies, ...sink.finish() };
}
