import Papa from 'papaparse';
import type { CompanyFacts } from '../facts';
import { decodeAccountFile } from './decode';
import { csvLayout, readCompaniesCsv } from './read';
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

/**
 * A CRM export of current customers: each row's company facts (the same column mapping as the
 * `score` command) beside its raw cells (ARR, NPS, "Won"… are not company facts but pick the best
 * customers). Rows that name no company are left out. Never throws.
 */
export function readCustomersFile(text: string): CustomersFile {
  const read = readCompaniesCsv(text);
  const { body, delimiter } = csvLayout(typeof text === 'string' ? text : '');
  const records = new Map<number, string[]>();
  let header: string[] | undefined;
  let row = 0;
  if (read.companies.length > 0) {
    Papa.parse<string[]>(body, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      step(results) {
        row++;
        const cells = results.data;
        if (row === read.headerRow) header = cells.map((c) => c.trim());
        else if (row > (read.headerRow ?? 0)) records.set(row, cells);
      },
    });
  }
  const columns = header ?? [];
  const rows = read.companies.map(({ row: n, facts }) => {
    const cells = records.get(n) ?? [];
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) record[column] = cells[i] ?? '';
    });
    return { record, facts };
  });
  const { companies: _, ...summary } = read;
  return { ...summary, rows, columns };
}

/**
 * `readCustomersFile` from the file's bytes: decoded as `readAccountFile` decodes (UTF-8 with or
 * without BOM, UTF-16, Windows-1252), with the encoding used. No DOM: runs in a worker. Never throws.
 */
export function readCustomersBytes(bytes: Uint8Array): CustomersFile & { encoding: string } {
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
  return { ...readCustomersFile(decoded.text), encoding: decoded.encoding };
}
