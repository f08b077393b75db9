import Papa from 'papaparse';
import { planCrmColumns } from '../crm/snapshot';
import { type CompaniesFile, readAccountFile } from '../csv';
import { decodeAccountFile } from '../csv/decode';
import { csvLayout } from '../csv/read';
import type { ListMemberRecord } from '../records';

/** An account file read for import: its companies, and the CRM record id of each row that has one. */
export interface AccountFile extends CompaniesFile {
  /** The text encoding the file was read in ("utf-8", "utf-16le", "windows-1252"…). */
  encoding: string;
  /** Spreadsheet row number (header = 1) → the row's HubSpot "Record ID" or Salesforce "Account ID"/"Id". */
  crmIds: Map<number, NonNullable<ListMemberRecord['crmIds']>>;
}

/**
 * An account file's bytes read as the command line reads them (`readAccountFile` of `lib/csv`:
 * any encoding, delimiter, Excel's `sep=` line, report titles and footers): companies with their
 * spreadsheet row numbers, the columns used and ignored, skipped and unreadable rows, the encoding;
 * plus the CRM record ids the reader does not keep, so an export back to that CRM updates the
 * records. Never throws.
 */
export function readAccountBytes(bytes: Uint8Array): AccountFile {
  const file = readAccountFile(bytes);
  const decoded = decodeAccountFile(bytes);
  const crmIds = decoded.ok ? crmIdsByRow(decoded.text, file.headerRow ?? 1) : new Map();
  return { ...file, crmIds };
}

/**
 * The record-id column of a HubSpot or Salesforce export, per spreadsheet row numbered as the
 * reader numbers them (`headerRow` is the header's row; a `sep=` line is not a row).
 */
export function crmIdsByRow(text: string, headerRow = 1): AccountFile['crmIds'] {
  const ids: AccountFile['crmIds'] = new Map();
  if (/^\uFEFF?\s*[[{]/.test(text)) return ids;
  const { body, delimiter } = csvLayout(text);
  let row = 0;
  let column: number | undefined;
  let crm: 'hubspot' | 'salesforce' = 'hubspot';
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result) => {
      row += 1;
      if (row === headerRow) {
        const plan = planCrmColumns(result.data);
        column = plan.hubspotId ?? plan.salesforceId;
        crm = plan.hubspotId !== undefined ? 'hubspot' : 'salesforce';
        return;
      }
      const id = column === undefined || row < headerRow ? undefined : result.data[column]?.trim();
      if (id) ids.set(row, { [crm]: id });
    },
  });
  return ids;
}
