import Papa from 'papaparse';
import { readCompaniesCsv } from '../csv';
import { detectDelimiter } from '../csv/read';
import type { ReadSummary } from '../csv/records';
import type { CompanyFacts } from '../facts';

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
  const body = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  const records = new Map<number, string[]>();
  let header: string[] | undefined;
  let row = 0;
  if (read.companies.length > 0) {
    Papa.parse<string[]>(body, {
      delimiter: detectDelimiter(body),
      header: false,
      skipEmptyLines: false,
      step(results) {
        row++;
        const cells = results.data;
        if (!header) {
          if (cells.some((c) => c.trim())) header = cells.map((c) => c.trim());
          return;
        }
        records.set(row, cells);
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
