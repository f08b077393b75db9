import type { CompanyFacts } from '../facts';
import { decodeAccountFile } from './decode';
import { type StreamHooks, streamCompaniesCsv } from './read';
import type { ReadSummary } from './records';

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
      errors: [{ row: 0, message: decoded.message }],
      encoding: decoded.encoding,
    };
  return { ...readCustomersFile(decoded.text, hooks), encoding: decoded.encoding };
}
