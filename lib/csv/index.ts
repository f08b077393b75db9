export { type CompaniesFile, type CompanyRow, type RowError, readCompaniesCsv } from './read';
export { readCompaniesJson } from './read-json';
export { csvCell, toCsv } from './write';

import type { CompaniesFile } from './read';
import { readCompaniesCsv } from './read';
import { readCompaniesJson } from './read-json';

/** A company list of either kind: JSON when it starts with `[` or `{`, else CSV. */
export function readCompanies(text: string): CompaniesFile {
  return /^\uFEFF?\s*[[{]/.test(text) ? readCompaniesJson(text) : readCompaniesCsv(text);
}
