import type { CompanyFacts } from '../facts';
import { decodeAccountFile } from './decode';
import { type StreamHooks, streamCompaniesCsv } from './read';
import type { CompanyRow, ReadSummary } from './records';

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
export type CustomersReadHooks = Pick<StreamHooks, 'onProgress' | 'progressEvery' | 'cancelled'>;

/**
 * A CRM export of current customers: each row's company facts (the same column mapping as the
 * `score` command) beside its raw cells (ARR, NPS, "Won"… are not company facts but pick the best
 * customers). Rows that name no company are left out. The text is parsed once: the cells are kept
 * as the company reader passes them. `hooks.onProgress` gets characters parsed of the total;
 * `hooks.cancelled` returning true stops the read (the result covers the rows read so far).
 * Never throws.
 */
export function readCustomersFile(text: string, hooks: CustomersReadHooks = {}): CustomersFile {
  const cellsByRow = new Map<number, string[]>();
  const companies: CompanyRow[] = [];
  const summary = streamCompaniesCsv(text, (company) => companies.push(company), {
    ...hooks,
    onCells: (cells, row) => cellsByRow.set(row, cells),
  });
  const headerCells =
    summary.headerRow === undefined ? undefined : cellsByRow.get(summary.headerRow);
  const columns = companies.length > 0 ? (headerCells ?? []).map((c) => c.trim()) : [];
  const rows = companies.map(({ row: n, facts }) => {
    const cells = cellsByRow.get(n) ?? [];
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) record[column] = cells[i] ?? '';
    });
    return { record, facts };
  });
  return { ...summary, rows, columns };
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
