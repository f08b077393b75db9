import type { CompanyFacts } from '../facts';
import { planColumns } from './column-plan';
import { decodeAccountFile } from './decode';
import { type StreamHooks, streamCompaniesCsv } from './read';
import type { ReadSummary } from './records';
import { AccountFileStream } from './stream';

export interface CustomerRow {
  /** The row's cells by column header, for choosing the best customers and outcomes. */
  record: Record<string, string>;
  facts: CompanyFacts;
}

export interface CustomersFile extends ReadSummary {
  rows: CustomerRow[];
  /** Every column header, in file order. */
  columns: string[];
}

/** Progress and cancel for reading a customers file (see `StreamHooks`). */
export type CustomersReadHooks = Pick<
  StreamHooks,
  'onProgress' | 'progressEvery' | 'cancelled' | 'evidence'
>;

/**
 * A CRM export of current customers: each row's company facts (the same column mapping as the
 * `score` command) beside its raw cells (ARR, NPS, "Won"… are not company facts but pick the best
 * customers). Rows that name no company are left out. The text is parsed once: the cells are kept
 * as the company reader passes them. The builder and the back-test read fact values only, so the
 * facts carry no evidence text (about half a row's memory; `hooks.evidence: true` keeps it), and a
 * row's cells are dropped as soon as its record is built (a people export keeps them until its
 * companies are joined, at the end). `hooks.onProgress` gets characters parsed of the total;
 * `hooks.cancelled` returning true stops the read (the result covers the rows read so far).
 * Never throws.
 */
export function readCustomersFile(text: string, hooks: CustomersReadHooks = {}): CustomersFile {
  const cellsByRow = new Map<number, string[]>();
  let header: string[] = [];
  const rows: CustomerRow[] = [];
  const summary = streamCompaniesCsv(
    text,
    ({ row, facts }) => {
      const cells = cellsByRow.get(row) ?? [];
      cellsByRow.delete(row);
      const record: Record<string, string> = {};
      header.forEach((column, i) => {
        if (column) record[column] = cells[i] ?? '';
      });
      rows.push({ record, facts });
    },
    {
      ...hooks,
      evidence: hooks.evidence === true,
      onHeader: (cells) => {
        header = cells.map((c) => c.trim());
      },
      onCells: (cells, row) => cellsByRow.set(row, cells),
    },
  );
  return { ...summary, rows, columns: rows.length > 0 ? header : [] };
}

/**
 * `readCustomersFile` from the file's bytes: decoded as `readAccountFile` decodes (UTF-8 with or
 * without BOM, UTF-16, Windows-1252), with the encoding used. No DOM: runs in a worker. Never throws.
 */
export function readCustomersBytes(
  bytes: Uint8Array,
  hooks: CustomersReadHooks = {},
): CustomersFile & { encoding: string } {
  const decoded = decodeAccountFile(bytes);
  if (!decoded.ok)
    return {
      rows: [],
      columns: [],
      usedColumns: [],
      ignoredColumns: [],
      errors: [{ row: 0, message: decoded.message, problem: decoded.problem }],
      encoding: decoded.encoding,
    };
  return { ...readCustomersFile(decoded.text, hooks), encoding: decoded.encoding };
}

/** What streaming a customers file says at its end: `CustomersFile` without the rows. */
export type CustomersStreamSummary = Omit<CustomersFile, 'rows'> & {
  /** Customers (company rows) handed on. */
  rowCount: number;
  encoding: string;
};

/**
 * A customers file read in chunks of bytes (`push`, then `end`), with flat memory: each customer
 * is handed to `onRow` as soon as its row is read (the same record and fact values as
 * `readCustomersBytes` gives, without evidence text) and nothing is kept, so a 200,000-row file
 * can be read again for each question asked of it instead of being held. Decoding, delimiters,
 * report titles and footers as `AccountFileStream` (the list import's reader) reads them. Only
 * the last row's cells are held until its record is built; a people export holds each row's
 * cells until its companies are joined, at the end (the reader holds the companies until then).
 */
export class CustomersFileStream {
  private header: string[] = [];
  private people = false;
  private readonly cellsByRow = new Map<number, string[]>();
  private rowCount = 0;
  private readonly stream: AccountFileStream;

  constructor(onRow: (row: CustomerRow) => void) {
    this.stream = new AccountFileStream(
      ({ row, facts }) => {
        const cells = this.cellsByRow.get(row) ?? [];
        this.cellsByRow.delete(row);
        const record: Record<string, string> = {};
        this.header.forEach((column, i) => {
          if (column) record[column] = cells[i] ?? '';
        });
        this.rowCount++;
        onRow({ record, facts });
      },
      { evidence: false },
      {
        onHeader: (cells) => {
          this.header = cells.map((c) => c.trim());
          this.people = planColumns(cells).people;
        },
        onCells: (cells, row) => {
          // A row that is no customer (a total, a blank line) leaves its cells behind: drop them.
          if (!this.people) this.cellsByRow.clear();
          this.cellsByRow.set(row, cells);
        },
      },
    );
  }

  /** The next chunk of the file's bytes. */
  push(bytes: Uint8Array): void {
    this.stream.push(bytes);
  }

  /** The end of the file: its last rows, then what was read. */
  end(): CustomersStreamSummary {
    const summary = this.stream.end();
    this.cellsByRow.clear();
    const { rowCount } = this;
    return { ...summary, columns: rowCount > 0 ? this.header : [], rowCount };
  }
}
