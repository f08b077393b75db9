import type { z } from 'zod';
import { companyFactsSchema } from '../facts-schema';
import { fieldPath } from '../format';
import { jsonSyntaxOf } from '../icp/json-syntax';
import { icpProblemOf } from '../icp/parse';
import {
  type CompaniesFile,
  type CompanyRow,
  fileError,
  type RowError,
  readRecords,
  rowError,
} from './records';

const MAX_JSON_CHARS = 200 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ value, source, evidence }` objects: the element is CompanyFacts, not a flat record. */
const looksLikeFacts = (v: Record<string, unknown>) =>
  Object.values(v).some((f) => isObject(f) && 'value' in f && 'source' in f);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join(', ');
  if (typeof value === 'object') return '';
  return String(value);
}

/**
 * Reads companies from JSON: an array (or `{ "companies": [...] }`) whose elements are either
 * flat records with the same keys as CSV columns (`{ "Company": "Acme", "# Employees": "51-200" }`)
 * or CompanyFacts (`{ "name": { "value": "Acme", "source": "csv", "evidence": "…" } }`), or
 * objects holding them under `facts` (saved extractions). Row numbers are 1-based positions in
 * the array. Never throws.
 */
export function readCompaniesJson(text: string): CompaniesFile {
  try {
    if (typeof text !== 'string' || !text.trim()) return fileError({ code: 'empty-file' });
    if (text.length > MAX_JSON_CHARS)
      return fileError({ code: 'too-big', maxMb: MAX_JSON_CHARS / 1024 / 1024 });
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const syntax = jsonSyntaxOf(text);
      return fileError({ code: 'not-json', reason, ...(syntax && { syntax }) });
    }
    const list = Array.isArray(json)
      ? json
      : isObject(json) && Array.isArray(json.companies)
        ? json.companies
        : isObject(json)
          ? [json]
          : undefined;
    if (!list) return fileError({ code: 'not-a-list' });
    return readList(list);
  } catch (error) {
    return fileError({ code: 'unreadable', reason: String(error).slice(0, 200) });
  }
}

function readList(list: readonly unknown[]): CompaniesFile {
  const companies: CompanyRow[] = [];
  const errors: RowError[] = [];
  const flat: { row: number; record: Record<string, unknown> }[] = [];
  list.forEach((element, i) => {
    const row = i + 1;
    const candidate = isObject(element) && isObject(element.facts) ? element.facts : element;
    if (!isObject(candidate)) {
      errors.push(rowError(row, { code: 'row-not-object' }));
    } else if (looksLikeFacts(candidate)) {
      const parsed = companyFactsSchema.safeParse(candidate);
      if (parsed.success) companies.push({ row, facts: parsed.data });
      else {
        const issue = parsed.error.issues[0] as z.core.$ZodIssue;
        errors.push(
          rowError(row, {
            code: 'invalid-fact',
            path: fieldPath(issue.path),
            detail: issue.message,
            issue: icpProblemOf(issue, candidate),
          }),
        );
      }
    } else flat.push({ row, record: candidate });
  });
  if (flat.length === 0) {
    if (companies.length === 0 && errors.length === 0) return fileError({ code: 'empty-list' });
    return { companies, usedColumns: [], ignoredColumns: [], errors };
  }
  // Flat records go through the CSV reader: their keys are its column names.
  const keys = [...new Set(flat.flatMap(({ record }) => Object.keys(record)))];
  const records = [keys, ...flat.map(({ record }) => keys.map((k) => cellText(record[k])))];
  const read = readRecords(records);
  const rowOf = (recordIndex: number) => flat[recordIndex - 2]?.row ?? 0;
  for (const c of read.companies) companies.push({ row: rowOf(c.row), facts: c.facts });
  for (const e of read.errors) errors.push({ ...e, row: e.row === 0 ? 0 : rowOf(e.row) });
  companies.sort((a, b) => a.row - b.row);
  errors.sort((a, b) => a.row - b.row);
  return { companies, usedColumns: read.usedColumns, ignoredColumns: read.ignoredColumns, errors };
}
