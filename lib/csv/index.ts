export { type AccountFile, readAccountFile } from './account-file';
export { type DecodedFile, decodeAccountFile } from './decode';
export { type CompaniesFile, type CompanyRow, type RowError, readCompaniesCsv } from './read';
export { readCompanies } from './read-companies';
export { readCompaniesJson } from './read-json';
export { csvCell, toCsv } from './write';
