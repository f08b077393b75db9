import type { CompanyFacts } from '../facts';
import { fold } from '../text';
import { planColumns } from './column-plan';
import { EXAMPLE_COLUMNS, isPeopleHeader, isPersonHeader } from './columns';
import { type ReadOptions, rowReader } from './facts';
import { nonCompanyRow, rowPreview, type SkipReason } from './non-company';
import { type CsvProblem, csvProblemText, megabytes } from './problems';

export interface CompanyRow {
  /** The row as a spreadsheet numbers it: the header is row 1 (when it is the first line). */
  row: number;
  facts: CompanyFacts;
  /**
   * Set when the row names the company (name, website, domain or LinkedIn page) but says nothing
   * an ICP judges it by: report it as unknown, never give it a fit tier.
   */
  nothingKnown?: true;
  /** In a people export: how many people (rows) of this company the file lists. */
  contacts?: number;
}

const IDENTITY = new Set(['name', 'website', 'domain', 'linkedinSlug']);

/** True when the facts only say who the company is, nothing about it. */
export function onlyIdentity(facts: CompanyFacts): boolean {
  for (const key in facts) if (!IDENTITY.has(key)) return false;
  return true;
}

export interface RowError {
  /** Spreadsheet row number; 0 for a problem with the whole file. */
  row: number;
  /** The problem in English (the command line's default output). */
  message: string;
  /** The same as a code with parameters, for the UI and `--lang` to word; absent for the few
   * problems that have no code yet (their English `message` is shown as written). */
  problem?: CsvProblem;
}

/** A row's (or, at row 0, the file's) problem: its code and its English message. */
export function rowError(row: number, problem: CsvProblem): RowError {
  return { row, message: csvProblemText(problem), problem };
}

/** A row that was read but is not a company, and why (never scored). */
export interface SkippedRow {
  row: number;
  reason: SkipReason;
  /** The row's filled cells, shortened, so the user recognises it. */
  text: string;
}

/** What reading a file says besides the companies: columns used and ignored, problems. */
export interface ReadSummary {
  usedColumns: { column: string; field: string }[];
  ignoredColumns: string[];
  errors: RowError[];
  /** Rows that are not companies: titles above the header, totals, footers, rows with no data. */
  skipped?: SkippedRow[];
  /** The row that held the column names (1 unless a report title stands above it). */
  headerRow?: number;
  /** Set for a people export: its rows were joined into companies (see `CompanyRow.contacts`). */
  people?: { rows: number; companies: number };
}

export interface CompaniesFile extends ReadSummary {
  companies: CompanyRow[];
}

const MAX_ERRORS = 200;
const MAX_SKIPPED = 1000;
/** Rows above the header a report may print (title, filters, date) before we give up. */
const MAX_TITLE_ROWS = 10;
/** A longer cell is no company value (a pasted document, a hostile file): it is left out. */
const MAX_CELL = 1_000_000;

function isBlank(cells: readonly string[], from = 0): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]?.trim()) return false;
  return true;
}

/** A file that could not be read at all, and why (a code, or an English message). */
export function fileError(why: CsvProblem | string): CompaniesFile {
  return {
    companies: [],
    usedColumns: [],
    ignoredColumns: [],
    errors: [typeof why === 'string' ? { row: 0, message: why } : rowError(0, why)],
    skipped: [],
  };
}

/**
 * Takes records (arrays of cells) one at a time: the first non-blank one is the header, which
 * decides the columns; each later one becomes a company passed to `onCompany` right away, so a
 * large file never has to be held as facts all at once. `options` as `rowReader` takes them.
 */
export class RecordSink {
  private reader: ReturnType<typeof rowReader> | undefined;
  private width = 0;
  private dropped = 0;
  private noColumns = false;
  /** People exports: companies joined by domain, LinkedIn page or name, in first-seen order. */
  private grouped: Map<string, CompanyRow> | undefined;
  private peopleRows = 0;
  /** Non-blank rows before the header: report titles, or a file with no known column. */
  private pending: { row: number; cells: readonly string[] }[] = [];
  readonly summary: ReadSummary = { usedColumns: [], ignoredColumns: [], errors: [], skipped: [] };
  /** Called once with the header's cells and row number when the header is found. */
  onHeader?: (cells: readonly string[], row: number) => void;

  constructor(
    private readonly onCompany: (company: CompanyRow) => void,
    private readonly options: ReadOptions = {},
  ) {}

  /** A problem of `row` (0: the whole file): an English message, or a code worded later. */
  report(row: number, why: string | CsvProblem): void {
    if (this.summary.errors.length < MAX_ERRORS)
      this.summary.errors.push(
        typeof why === 'string' ? { row, message: why } : rowError(row, why),
      );
    else this.dropped++;
  }

  /** A row that is not a company, listed as skipped. */
  skip(row: number, reason: SkipReason, cells: readonly string[]): void {
    const skipped = this.summary.skipped ?? [];
    if (skipped.length < MAX_SKIPPED) skipped.push({ row, reason, text: rowPreview(cells) });
  }

  /** One record; `row` is its 1-based position in the file. */
  record(input: readonly string[], row: number): void {
    if (this.noColumns) return;
    const cells = this.clipCells(input, row);
    // One look at the cells tells a blank row, a total or a footer.
    const kind = nonCompanyRow(cells);
    if (kind === 'blank') {
      if (this.reader) this.skip(row, 'blank', cells);
      return;
    }
    if (!this.reader) {
      this.header(cells, row);
      return;
    }
    if (kind) {
      this.skip(row, kind, cells);
      return;
    }
    const facts = this.reader.read(cells);
    for (const problem of this.reader.problems()) this.report(row, problem);
    // One pass over the facts: any at all, and only who the company is (`onlyIdentity`)?
    let known = false;
    let identity = true;
    for (const name in facts) {
      known = true;
      if (!IDENTITY.has(name)) {
        identity = false;
        break;
      }
    }
    if (known && this.grouped) this.join(row, facts);
    else if (known) this.onCompany(identity ? { row, facts, nothingKnown: true } : { row, facts });
    else {
      this.skip(row, 'no-data', cells);
      this.report(row, { code: 'no-company-data' });
    }
    if (cells.length > this.width && !isBlank(cells, this.width))
      this.report(row, { code: 'extra-cells', cells: cells.length, columns: this.width });
  }

  /** One person's row of a people export: joined to the company it names. */
  private join(row: number, facts: CompanyFacts): void {
    this.peopleRows++;
    const grouped = this.grouped as Map<string, CompanyRow>;
    const key =
      (facts.domain && `d:${facts.domain.value}`) ||
      (facts.linkedinSlug && `li:${facts.linkedinSlug.value}`) ||
      (facts.name && `n:${fold(facts.name.value)}`) ||
      `row:${row}`;
    const seen = grouped.get(key);
    if (!seen) {
      grouped.set(key, { row, facts, contacts: 1 });
      return;
    }
    seen.contacts = (seen.contacts ?? 1) + 1;
    // A later person's row may know what the first one's left empty.
    for (const name in facts) {
      const k = name as keyof CompanyFacts;
      if (!seen.facts[k]) (seen.facts as Record<string, unknown>)[k] = facts[k];
    }
  }

  /** Cells over 1 MB are left out, with a message naming the row and the size. */
  private clipCells(cells: readonly string[], row: number): readonly string[] {
    let out: string[] | undefined;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (cell.length <= MAX_CELL) continue;
      out ??= [...cells];
      out[i] = '';
      this.report(row, { code: 'cell-too-long', cell: i + 1, mb: megabytes(cell.length) });
    }
    return out ?? cells;
  }

  private header(cells: readonly string[], row: number): void {
    const { plan, usedColumns, ignoredColumns, people } = planColumns(cells);
    if (usedColumns.length === 0) {
      // A report's title or filter line above the header: remember it and keep looking.
      this.pending.push({ row, cells });
      if (this.pending.length >= MAX_TITLE_ROWS) this.giveUp();
      return;
    }
    for (const title of this.pending) this.skip(title.row, 'title', title.cells);
    this.pending = [];
    this.summary.usedColumns = usedColumns;
    this.summary.ignoredColumns = ignoredColumns;
    this.width = cells.length;
    this.summary.headerRow = row;
    this.onHeader?.(cells, row);
    if (people) this.grouped = new Map();
    this.reader = rowReader(plan, this.options);
  }

  /** No row near the top names a column we know: one message naming the first row's columns. */
  private giveUp(): void {
    this.noColumns = true;
    const first = this.pending[0]?.cells ?? [];
    const { ignoredColumns } = planColumns(first);
    this.summary.ignoredColumns = ignoredColumns;
    if (isPeopleHeader(first)) {
      const found = first.filter(isPersonHeader).slice(0, 8);
      this.report(0, { code: 'people-without-company', found });
      return;
    }
    this.report(0, {
      code: 'no-known-column',
      found: ignoredColumns.slice(0, 8),
      examples: EXAMPLE_COLUMNS,
    });
  }

  /** The summary, once every record was given. */
  finish(): ReadSummary {
    if (this.grouped) {
      for (const company of this.grouped.values())
        this.onCompany(onlyIdentity(company.facts) ? { ...company, nothingKnown: true } : company);
      this.summary.people = { rows: this.peopleRows, companies: this.grouped.size };
      this.grouped = undefined;
    }
    if (!this.reader && !this.noColumns) {
      if (this.pending.length > 0) this.giveUp();
      // No header because the file is not text or is empty: that problem, already said, is all.
      else if (!this.summary.errors.some((e) => e.row === 0)) this.report(0, { code: 'no-header' });
    }
    if (this.dropped > 0)
      this.summary.errors.push(rowError(0, { code: 'more-problems', count: this.dropped }));
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
