import Papa from 'papaparse';
import { linkedinSlug } from '../csv/cells';
import { decodeAccountFile } from '../csv/decode';
import { csvLayout, streamCompaniesCsv } from '../csv/read';
import { type RowError, rowError } from '../csv/records';
import { registrableDomain } from '../normalize/domain';
import type { CrmRecord } from '../records';
import { fold } from '../text';
import { crmKeys } from './match';

/** Header names per CRM column, compared folded. HubSpot and Salesforce export labels first. */
const COLUMNS = {
  hubspotId: ['record id'],
  salesforceId: ['account id', 'id', 'account id 18', 'account id casesafe'],
  name: ['company name', 'account name', 'name', 'company', 'organization', 'organisation'],
  domain: ['company domain name', 'domain', 'website', 'company website', 'web site', 'url'],
  linkedin: [
    'linkedin company page',
    'linkedin',
    'linkedin url',
    'company linkedin url',
    'linkedin page',
  ],
  owner: ['company owner', 'account owner', 'owner', 'owner name', 'account owner name'],
  stage: ['lifecycle stage', 'stage', 'type', 'account stage', 'status', 'lead status'],
  lastActivity: ['last activity date', 'last activity', 'last modified date', 'last contacted'],
} as const;
type CrmColumn = keyof typeof COLUMNS;

/** Which header index holds each CRM column (first header that matches wins). */
export function planCrmColumns(header: readonly string[]): Partial<Record<CrmColumn, number>> {
  const folded = header.map((h) => fold(h));
  const plan: Partial<Record<CrmColumn, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [CrmColumn, readonly string[]][]) {
    for (const name of names) {
      const i = folded.indexOf(name);
      if (i >= 0) {
        plan[column] = i;
        break;
      }
    }
  }
  return plan;
}

export interface CrmSnapshotFile {
  records: Omit<CrmRecord, 'id'>[];
  crm: CrmRecord['crm'];
  /** Spreadsheet rows (header = 1) that name no company; `row: 0` for the whole file. */
  errors: RowError[];
}

/**
 * Reads a CRM export (HubSpot companies, Salesforce accounts, or any CSV with a name or domain
 * column; owner, stage/lifecycle and last-activity columns optional) into CRM snapshot rows,
 * through the account-file reader (`streamCompaniesCsv`): bytes in any encoding it reads (see
 * `decodeAccountFile`), any delimiter, Excel's `sep=` line, report titles above the header.
 * HubSpot is recognised by "Record ID", Salesforce by "Account ID"/"Id" or "Account Name".
 * Row numbers are spreadsheet rows (header = 1 when it is the first line). Never throws: a file
 * without a name or domain column gives one error and no rows.
 */
export function readCrmSnapshot(input: string | Uint8Array): CrmSnapshotFile {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeAccountFile(input);
    if (!decoded.ok)
      return {
        records: [],
        crm: 'csv',
        errors: [{ row: 0, message: decoded.message, problem: decoded.problem }],
      };
    text = decoded.text;
  }
  let header: readonly string[] | undefined;
  let headerRow = 1;
  const rows: { row: number; cells: readonly string[] }[] = [];
  streamCompaniesCsv(text, () => {}, {
    evidence: false,
    onHeader: (cells, row) => {
      header = cells;
      headerRow = row;
    },
    onCells: (cells, row) => {
      if (header !== undefined && row > headerRow && cells.some((c) => c.trim()))
        rows.push({ row, cells });
    },
  });
  return header ? snapshotRows(header, rows) : unknownColumns(text);
}

/**
 * A file whose header the company reader does not know (it names none of its columns): the first
 * line is taken as the header, as a CRM export with only, say, "Organisation" and "Owner" has it.
 */
function unknownColumns(text: string): CrmSnapshotFile {
  const { body, delimiter } = csvLayout(text);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const [header = [], ...rest] = parsed.data;
  return snapshotRows(
    header,
    rest.flatMap((cells, i) => (cells.some((c) => c.trim()) ? [{ row: i + 2, cells }] : [])),
  );
}

function snapshotRows(
  header: readonly string[],
  rows: readonly { row: number; cells: readonly string[] }[],
): CrmSnapshotFile {
  const plan = planCrmColumns(header);
  const crm: CrmRecord['crm'] =
    plan.hubspotId !== undefined
      ? 'hubspot'
      : plan.salesforceId !== undefined || header.some((h) => fold(h) === 'account name')
        ? 'salesforce'
        : 'csv';
  if (plan.name === undefined && plan.domain === undefined)
    return {
      records: [],
      crm,
      errors: [rowError(0, { code: 'crm-no-identity-column' })],
    };
  const cell = (cells: readonly string[], column: CrmColumn) => {
    const i = plan[column];
    const value = i === undefined ? '' : (cells[i] ?? '').trim();
    return value || undefined;
  };
  const records: Omit<CrmRecord, 'id'>[] = [];
  const errors: CrmSnapshotFile['errors'] = [];
  for (const { row, cells } of rows) {
    const website = cell(cells, 'domain');
    const li = cell(cells, 'linkedin');
    const identity = {
      name: cell(cells, 'name'),
      domain: website ? registrableDomain(website) : undefined,
      linkedinSlug: li ? linkedinSlug(li) : undefined,
    };
    const keys = crmKeys(identity);
    if (keys.length === 0) {
      errors.push(rowError(row, { code: 'crm-no-identity' }));
      continue;
    }
    const recordId = crm === 'hubspot' ? cell(cells, 'hubspotId') : cell(cells, 'salesforceId');
    const owner = cell(cells, 'owner');
    const stage = cell(cells, 'stage');
    const lastActivity = cell(cells, 'lastActivity');
    records.push({
      name: identity.name ?? identity.domain ?? '',
      keys,
      crm,
      ...(owner && { owner }),
      ...(stage && { stage }),
      ...(lastActivity && { lastActivity }),
      ...(recordId && { recordId }),
    });
  }
  return { records, crm, errors };
}
