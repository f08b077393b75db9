import Papa from 'papaparse';
import { planCrmColumns } from '../crm/snapshot';
import { type CompaniesFile, readCompanies } from '../csv';
import type { ListMemberRecord } from '../db/schema';

/** An account file read for import: its companies, and the CRM record id of each row that has one. */
export interface AccountFile extends CompaniesFile {
  /** Spreadsheet row number (header = 1) → the row's HubSpot "Record ID" or Salesforce "Account ID"/"Id". */
  crmIds: Map<number, NonNullable<ListMemberRecord['crmIds']>>;
}

/**
 * An account file's bytes read as the command line reads them (the one reader in `lib/csv`):
 * companies with their spreadsheet row numbers, the columns used and ignored, unreadable rows;
 * plus the CRM record ids the reader does not keep, so an export back to that CRM updates the
 * records. The one place the import decodes bytes: swap `new TextDecoder().decode(bytes)` +
 * `readCompanies` for `readAccountFile` of `lib/csv` (any encoding) when it lands. Never throws.
 */
export function readAccountBytes(bytes: Uint8Array): AccountFile {
  const text = new TextDecoder().decode(bytes);
  return { ...readCompanies(text), crmIds: crmIdsByRow(text) };
}

/** The record-id column of a HubSpot or Salesforce export, per spreadsheet row (header = 1). */
export function crmIdsByRow(text: string): AccountFile['crmIds'] {
  const ids: AccountFile['crmIds'] = new Map();
  if (/^\uFEFF?\s*[[{]/.test(text)) return ids;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 });
  const plan = planCrmColumns(parsed.data[0] ?? []);
  const column = plan.hubspotId ?? plan.salesforceId;
  if (column === undefined) return ids;
  const crm = plan.hubspotId !== undefined ? 'hubspot' : 'salesforce';
  let row = 0;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    step: (result) => {
      row += 1;
      const id = result.data[column]?.trim();
      if (row > 1 && id) ids.set(row, { [crm]: id });
    },
  });
  return ids;
}
