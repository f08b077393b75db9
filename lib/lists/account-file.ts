import { type CompaniesFile, readCompanies } from '../csv';

/**
 * An account file's bytes read as the command line reads them (the one reader in `lib/csv`):
 * companies with their spreadsheet row numbers, the columns used and ignored, unreadable rows.
 * The one place the import decodes bytes: swap for `readAccountFile` of `lib/csv` (any encoding)
 * when it lands. Never throws.
 */
export function readAccountBytes(bytes: Uint8Array): CompaniesFile {
  return readCompanies(new TextDecoder().decode(bytes));
}
