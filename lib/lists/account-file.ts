import { planCrmColumns } from '../crm/snapshot';
import { type CompaniesFile, type CompanyRow, type RowError, readCompaniesJson } from '../csv';
import { decodeAccountFile } from '../csv/decode';
import { streamCompaniesCsv } from '../csv/read';
import { type ReadSummary, rowError } from '../csv/records';
import { AccountFileStream } from '../csv/stream';
import type { ListMemberRecord } from '../records';
import { importKeys } from './import';

type CrmIds = NonNullable<ListMemberRecord['crmIds']>;

/** An account file read for import: its companies, and the CRM record id of each row that has one. */
export interface AccountFile extends CompaniesFile {
  /** The text encoding the file was read in ("utf-8", "utf-16le", "windows-1252"…). */
  encoding: string;
  /** Spreadsheet row number (header = 1) → the row's HubSpot "Record ID" or Salesforce "Account ID"/"Id". */
  crmIds: Map<number, CrmIds>;
}

/** A company row of an account file with the CRM record ids its row carries, if any. */
export type AccountRow = CompanyRow & { crmIds?: CrmIds };

/**
 * Collects the record-id column of a HubSpot or Salesforce export while the reader reads (its
 * `onHeader` and `onCells` hooks), per spreadsheet row numbered as the reader numbers them: no
 * second parse. `take(row)` hands a row's ids over and forgets them.
 */
export function crmIdCollector() {
  const ids = new Map<number, CrmIds>();
  let column: number | undefined;
  let headerRow = Number.POSITIVE_INFINITY;
  let crm: 'hubspot' | 'salesforce' = 'hubspot';
  return {
    ids,
    onHeader(cells: readonly string[], row: number) {
      const plan = planCrmColumns(cells);
      column = plan.hubspotId ?? plan.salesforceId;
      crm = plan.hubspotId !== undefined ? 'hubspot' : 'salesforce';
      headerRow = row;
    },
    onCells(cells: readonly string[], row: number) {
      if (column === undefined || row <= headerRow) return;
      const id = cells[column]?.trim();
      if (id) ids.set(row, { [crm]: id });
    },
    take(row: number): CrmIds | undefined {
      const found = ids.get(row);
      if (found) ids.delete(row);
      return found;
    },
  };
}

const isJson = (text: string) => /^\uFEFF?\s*[[{]/.test(text);

/**
 * An account file's bytes read as the command line reads them (`readAccountFile` of `lib/csv`:
 * any encoding, delimiter, Excel's `sep=` line, report titles and footers): companies with their
 * spreadsheet row numbers, the columns used and ignored, skipped and unreadable rows, the encoding;
 * plus the CRM record ids of each row, so an export back to that CRM updates the records. Decodes
 * and parses once (the ids come from the same parse). Rows that name no company (`importKeys`
 * empty) are left out and listed in `errors`. Keeps every row: the import worker streams
 * with `streamAccountRows` instead. Never throws.
 */
export function readAccountBytes(bytes: Uint8Array): AccountFile {
  const decoded = decodeAccountFile(bytes);
  const crmIds: AccountFile['crmIds'] = new Map();
  if (!decoded.ok)
    return {
      companies: [],
      usedColumns: [],
      ignoredColumns: [],
      errors: [{ row: 0, message: decoded.message, problem: decoded.problem }],
      skipped: [],
      encoding: decoded.encoding,
      crmIds,
    };
  const ids = crmIdCollector();
  const read: CompaniesFile = isJson(decoded.text)
    ? readCompaniesJson(decoded.text)
    : (() => {
        const rows: CompanyRow[] = [];
        const summary = streamCompaniesCsv(decoded.text, (c) => rows.push(c), {
          onHeader: ids.onHeader,
          onCells: ids.onCells,
        });
        return { companies: rows, ...summary };
      })();
  const companies: CompanyRow[] = [];
  const unnamed: number[] = [];
  for (const c of read.companies) {
    if (importKeys(c.facts).length > 0) companies.push(c);
    else unnamed.push(c.row);
  }
  return {
    ...read,
    companies,
    errors: withUnnamed(read.errors, unnamed),
    encoding: decoded.encoding,
    crmIds: ids.ids,
  };
}

/** The reader's row problems with the rows that name no company added, in row order. */
function withUnnamed(errors: readonly RowError[], unnamed: readonly number[]): RowError[] {
  const more = unnamed.map((row) => rowError(row, { code: 'no-company-named' }));
  return [...errors, ...more].sort((a, b) => a.row - b.row);
}

/** Bytes of the file handed to the reader at a time by `streamAccountRows`. */
const SLICE = 1 << 20;

/**
 * Streams an account file's bytes with flat memory: yields its company rows (with their CRM
 * record ids) in batches of about `batch` rows, and returns the read summary and encoding at the
 * end. CSV goes through `AccountFileStream` 1 MB of bytes at a time, so only one batch of rows is
 * held; a JSON file is read whole (as the CLI reads it) and yielded in batches. A people export
 * yields its joined companies at the end (joining needs them all). Rows that name no company
 * (`importKeys` empty) are not yielded: they are in the summary's errors. `slice`: bytes handed to the
 * reader at a time (1 MB; tests cut smaller to cross rows). Never throws on bad input: a
 * file that cannot be read yields nothing and returns its error in the summary.
 */
export function* streamAccountRows(
  bytes: Uint8Array,
  batch = 2000,
  slice = SLICE,
): Generator<AccountRow[], ReadSummary & { encoding: string }> {
  const head = decodeAccountFile(bytes.subarray(0, 1024));
  if (head.ok && isJson(head.text)) {
    const { companies, crmIds: _, ...summary } = readAccountBytes(bytes);
    for (let from = 0; from < companies.length; from += batch)
      yield companies.slice(from, from + batch);
    return summary;
  }
  const ids = crmIdCollector();
  let rows: AccountRow[] = [];
  const unnamed: number[] = [];
  const stream = new AccountFileStream(
    (company) => {
      const crmIds = ids.take(company.row);
      if (importKeys(company.facts).length === 0) unnamed.push(company.row);
      else rows.push(crmIds ? { ...company, crmIds } : company);
    },
    {},
    { onHeader: ids.onHeader, onCells: ids.onCells },
  );
  for (let at = 0; at < bytes.length; at += slice) {
    stream.push(bytes.subarray(at, at + slice));
    if (rows.length < batch) continue;
    // One slice (or the 64 KB the encoding is decided on) can hold many batches.
    const full = rows.length - (rows.length % batch);
    for (let from = 0; from < full; from += batch) yield rows.slice(from, from + batch);
    rows = rows.slice(full);
  }
  const summary = stream.end();
  for (let from = 0; from < rows.length; from += batch) yield rows.slice(from, from + batch);
  return { ...summary, errors: withUnnamed(summary.errors, unnamed) };
}
