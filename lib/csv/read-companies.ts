import { readCompaniesCsv } from './read';
import { readCompaniesJson } from './read-json';
import type { CompaniesFile } from './records';

/** A company list of either kind: JSON when it starts with `[` or `{`, else CSV. */
export function readCompanies(text: string): CompaniesFile {
  return /^\uFEFF?\s*[[{]/.test(text) ? readCompaniesJson(text) : readCompaniesCsv(text);
}
