import { csvCell } from '../csv/write';

/** One company as it leaves for a CRM: firmographics, fit for one ICP, outreach prep, CRM ids. */
export interface ExportCompany {
  name: string;
  domain?: string;
  linkedinSlug?: string;
  industry?: string;
  /** Employees, the lower bound of the known range (CRMs take one number). */
  employees?: number;
  city?: string;
  /** ISO 3166-1 alpha-2, e.g. "US". */
  country?: string;
  icpName?: string;
  tier?: string;
  /** 0–100. */
  score?: number;
  /** 0–1. */
  confidence?: number;
  /** The deciding reasons in words, best first (the top three are exported). */
  reasons?: readonly string[];
  opening?: string;
  talkingPoints?: readonly string[];
  crmIds?: { hubspot?: string; salesforce?: string };
}

export const EXPORT_FORMATS = ['csv', 'hubspot', 'salesforce'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The columns of one format, in order; `undefined` values leave the cell empty. */
type Columns = readonly (readonly [string, (c: ExportCompany) => string | number | undefined])[];

const linkedinUrl = (c: ExportCompany) =>
  c.linkedinSlug ? `https://www.linkedin.com/company/${c.linkedinSlug}/` : undefined;
const website = (c: ExportCompany) => (c.domain ? `https://${c.domain}` : undefined);

const FIT: Columns = [
  ['ICP Name', (c) => c.icpName],
  ['ICP Tier', (c) => c.tier],
  ['ICP Score', (c) => c.score],
  [
    'ICP Confidence',
    (c) => (c.confidence === undefined ? undefined : Math.round(c.confidence * 100)),
  ],
  ['ICP Reason 1', (c) => c.reasons?.[0]],
  ['ICP Reason 2', (c) => c.reasons?.[1]],
  ['ICP Reason 3', (c) => c.reasons?.[2]],
];

/** Sequence custom fields (Apollo, HubSpot sequences, Lemlist): one column each. */
const OUTREACH: Columns = [
  ['Opening Line', (c) => c.opening],
  ['Talking Point 1', (c) => c.talkingPoints?.[0]],
  ['Talking Point 2', (c) => c.talkingPoints?.[1]],
  ['Talking Point 3', (c) => c.talkingPoints?.[2]],
];

/**
 * Column headers per format. HubSpot: the company property labels its import tool maps
 * automatically ("Company name", "Company Domain Name", "Record ID" updates the record —
 * knowledge.hubspot.com, "Set up your import files" / "Understand the import tool").
 * Salesforce: the Account field labels the Data Import Wizard matches ("Account Name",
 * "Website", "Billing City", "Account ID" — help.salesforce.com, "Field Mapping for Accounts").
 * Neither has a standard LinkedIn field on accounts in Salesforce; it goes as an extra column.
 */
const FIRMOGRAPHICS: Record<ExportFormat, Columns> = {
  csv: [
    ['Name', (c) => c.name],
    ['Domain', (c) => c.domain],
    ['LinkedIn', linkedinUrl],
    ['Industry', (c) => c.industry],
    ['Employees', (c) => c.employees],
    ['City', (c) => c.city],
    ['Country', (c) => c.country],
  ],
  hubspot: [
    ['Record ID', (c) => c.crmIds?.hubspot],
    ['Company name', (c) => c.name],
    ['Company Domain Name', (c) => c.domain],
    ['Industry', (c) => c.industry],
    ['Number of Employees', (c) => c.employees],
    ['City', (c) => c.city],
    ['Country/Region', (c) => c.country],
    ['LinkedIn Company Page', linkedinUrl],
  ],
  salesforce: [
    ['Account ID', (c) => c.crmIds?.salesforce],
    ['Account Name', (c) => c.name],
    ['Website', website],
    ['Industry', (c) => c.industry],
    ['Employees', (c) => c.employees],
    ['Billing City', (c) => c.city],
    ['Billing Country', (c) => c.country],
    ['LinkedIn Company Page', linkedinUrl],
  ],
};

/** UTF-8 byte-order mark: Excel opens the file as UTF-8 only with it. */
export const BOM = '\uFEFF';

export interface ExportOptions {
  /** Add the opening line and the top three talking points as columns. */
  outreach?: boolean;
  /** Write the record-id column ("Record ID", "Account ID"); on by default when any company has one. */
  withIds?: boolean;
}

function columnsOf(format: ExportFormat, options: ExportOptions): Columns {
  const idColumn = format === 'hubspot' ? 'Record ID' : format === 'salesforce' ? 'Account ID' : '';
  return [...FIRMOGRAPHICS[format], ...FIT, ...(options.outreach ? OUTREACH : [])].filter(
    ([name]) => name !== idColumn || options.withIds,
  );
}

/** The header line of an export (CRLF-terminated, no BOM), for writing a file row by row. */
export function exportHeader(format: ExportFormat, options: ExportOptions = {}): string {
  return `${columnsOf(format, options)
    .map(([name]) => csvCell(name))
    .join(',')}\r\n`;
}

/** One company as a line of an export (CRLF-terminated), cells guarded as `csvCell` does. */
export function exportLine(
  company: ExportCompany,
  format: ExportFormat,
  options: ExportOptions = {},
): string {
  return `${columnsOf(format, options)
    .map(([, read]) => csvCell(read(company)))
    .join(',')}\r\n`;
}

/**
 * The companies as a CSV file a CRM imports: UTF-8 with a byte-order mark (so Excel reads it
 * as UTF-8), CRLF lines, cells starting with `= + - @` (or tab/CR) prefixed with `'` (see
 * `csvCell`). The record-id column is left out when no company has one, so an import creates
 * records; when any has one, its row updates that record. With `outreach`, the opening line and
 * the top three talking points follow as columns. No companies: the header line only.
 */
export function exportCompanies(
  companies: readonly ExportCompany[],
  format: ExportFormat,
  options: { outreach?: boolean } = {},
): string {
  const withIds = companies.some((c) =>
    format === 'hubspot'
      ? c.crmIds?.hubspot
      : format === 'salesforce'
        ? c.crmIds?.salesforce
        : false,
  );
  const opts = { ...options, withIds };
  return (
    BOM + exportHeader(format, opts) + companies.map((c) => exportLine(c, format, opts)).join('')
  );
}

/** A file name for an export: "<list>-<format>-<yyyy-mm-dd>.csv", safe on every system. */
export function exportFileName(listName: string, format: ExportFormat, at: Date): string {
  const base = listName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'companies';
  return `${base}-${format}-${at.toISOString().slice(0, 10)}.csv`;
}
