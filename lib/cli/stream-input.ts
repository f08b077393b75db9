import type { ReadOptions } from '../csv/facts';
import { streamCompaniesCsv } from '../csv/read';
import { readCompaniesJson } from '../csv/read-json';
import type { CompanyRow, ReadSummary } from '../csv/records';
import { type CliIo, readAccountText, streamAccountInput } from './io';

/** The CLI's outside world, with streaming where the platform has it (Node: see `nodeIo`). */
export interface FileIo extends CliIo {
  /** A transient progress line ("\r…"), only when stderr is a terminal. */
  progress?(text: string): void;
}

const isJson = (head: string, path: string) =>
  /\.json$/i.test(path) || (!/\.(csv|tsv|txt)$/i.test(path) && /^\uFEFF?\s*[[{]/.test(head));

/**
 * Every company of an account file, handed to `onCompany` as soon as it is read; resolves to what
 * was read besides the companies, with the encoding used. A CSV export is streamed in chunks with
 * flat memory through `streamAccountInput` (lib/csv's `AccountFileStream`: any encoding,
 * delimiter, report rows); a JSON list, or any file when the io cannot read chunks (tests), is
 * read whole and decoded the same way. A file that cannot be read is an `InputError` naming it.
 * `options.evidence: false` leaves the facts' evidence text empty (CSV; a JSON list keeps it).
 */
export async function eachCompanyInFile(
  io: FileIo,
  path: string,
  onCompany: (company: CompanyRow) => void,
  options: ReadOptions = {},
): Promise<ReadSummary & { encoding: string }> {
  const streamed = streamAccountInput(io, path, 'company list', onCompany, options);
  if (streamed) return streamed;
  const { text, encoding } = readAccountText(io, path, 'company list');
  if (isJson(text, path)) {
    const { companies, ...summary } = readCompaniesJson(text);
    for (const company of companies) onCompany(company);
    return { ...summary, encoding };
  }
  return { ...streamCompaniesCsv(text, onCompany, options), encoding };
}
