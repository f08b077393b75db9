/**
 * Each criterion field's SQL over the normalised company table (`COMPANY_COLUMNS`): when the
 * field is known and when each band matches, or why the table cannot answer the field.
 */

import { broaderIndustries } from '../criteria/industry';
import { criterionLabel } from '../criteria/labels';
import { placeSet } from '../criteria/location';
import {
  type Band,
  CRITERION_FIELDS,
  type Criterion,
  type CriterionField,
} from '../criteria/schema';
import { fold, UNSPACED_SCRIPT } from '../format';
import { keywordForm } from './table';

/** A criterion field the company table cannot answer (businessModel, hiringFor). */
export class SqlCompileError extends Error {}

/** String and number literals in the dialect at hand. */
export interface Sql {
  str(text: string): string;
  num(n: number): string;
}

export const FALSE = '1 = 0';
const TRUE = '1 = 1';
const any = (parts: string[]) => (parts.length === 0 ? FALSE : `(${parts.join(' OR ')})`);

function inList(column: string, values: Iterable<string>, sql: Sql): string {
  const list = [...values].map(sql.str);
  return list.length === 0 ? FALSE : `${column} IN (${list.join(', ')})`;
}

function numberBand(expr: string, band: Band, sql: Sql): string {
  if (band.min === undefined && band.max === undefined) return FALSE;
  const parts: string[] = [];
  if (band.min !== undefined) parts.push(`${expr} >= ${sql.num(band.min)}`);
  if (band.max !== undefined) parts.push(`${expr} <= ${sql.num(band.max)}`);
  return parts.join(' AND ');
}

const middle = (min: string, max: string) =>
  `(CASE WHEN ${max} IS NULL THEN ${min} ELSE (${min} + ${max}) / 2 END)`;

/** When the field is known, for each band when it matches, and, when no band matches, when the
 * criterion is still unknown (`undecided`, a band answered `unknown`) (SQL boolean expressions). */
export interface FieldSql {
  known: string;
  bands: string[];
  undecided?: string;
}

const folded = (band: Band) => new Set((band.in ?? []).map(fold));

function numberField(field: 'employees' | 'revenue') {
  return (bands: readonly Band[], sql: Sql): FieldSql => {
    const expr = middle(`${field}_min`, `${field}_max`);
    return { known: `${field}_min IS NOT NULL`, bands: bands.map((b) => numberBand(expr, b, sql)) };
  };
}

/**
 * Each criterion field's SQL over the company table (`COMPANY_COLUMNS`), or, for a field the
 * table does not hold, why not (the compiler refuses it with `SqlCompileError`). Keyed by field:
 * a new field is a compile error here until it says which.
 */
const FIELD_SQL: Readonly<
  Record<CriterionField, ((bands: readonly Band[], sql: Sql) => FieldSql) | { refused: string }>
> = {
  industry: (bands, sql) => {
    // A coarse group (a CRM's "Technology") that contains a wanted industry is unknown, not a
    // miss, when no band matches (`industryMatcher`, `isBroaderIndustry`: exact names).
    const groups = [...new Set(bands.flatMap((b) => [...broaderIndustries(b)]))].sort();
    return {
      known: 'industry_key IS NOT NULL',
      bands: bands.map((b) => inList('industry_key', folded(b), sql)),
      ...(groups.length > 0 && { undecided: inList('industry', groups, sql) }),
    };
  },
  companyType: (bands, sql) => ({
    known: 'company_type_key IS NOT NULL',
    bands: bands.map((b) => inList('company_type_key', folded(b), sql)),
  }),
  employees: numberField('employees'),
  revenue: numberField('revenue'),
  founded: (bands, sql) => ({
    known: 'founded IS NOT NULL',
    bands: bands.map((b) => numberBand('founded', b, sql)),
  }),
  location: (bands, sql) => ({
    known: 'country IS NOT NULL',
    bands: bands.map((band) => {
      const set = placeSet(band);
      if (set.worldwide) return TRUE;
      const parts: string[] = [];
      if (set.countries.size > 0) parts.push(inList('country', [...set.countries].sort(), sql));
      if (set.subdivisions.size > 0)
        parts.push(inList('region', [...set.subdivisions].sort(), sql));
      return any(parts);
    }),
  }),
  hiring: (bands, sql) => ({
    known: 'open_roles IS NOT NULL',
    bands: bands.map((b) => numberBand('open_roles', b, sql)),
  }),
  funding: (bands, sql) => ({
    known: '(funding_stage_key IS NOT NULL OR funding_amount_usd IS NOT NULL)',
    bands: bands.map((b) => {
      const parts: string[] = [];
      if (b.in)
        parts.push(
          `(funding_stage_key IS NOT NULL AND ${inList('funding_stage_key', folded(b), sql)})`,
        );
      if (b.min !== undefined || b.max !== undefined)
        parts.push(
          `(funding_amount_usd IS NOT NULL AND ${numberBand('funding_amount_usd', b, sql)})`,
        );
      return parts.length === 0 ? FALSE : parts.join(' AND ');
    }),
  }),
  technologies: (bands, sql) => ({
    known: 'technology_keys IS NOT NULL',
    bands: bands.map((b) =>
      any([...folded(b)].map((t) => `technology_keys LIKE ${sql.str(`%|${t}|%`)}`)),
    ),
  }),
  keywords: (bands, sql) => ({
    known: 'keywords_text IS NOT NULL',
    bands: bands.map((b) =>
      any(
        (b.in ?? [])
          .filter((k) => fold(k) !== '')
          .map((k) => {
            const form = keywordForm(k);
            const pattern = UNSPACED_SCRIPT.test(form) ? `%${form}%` : `% ${form} %`;
            return `keywords_text LIKE ${sql.str(pattern)}`;
          }),
      ),
    ),
  }),
  businessModel: { refused: 'it is read from websites, not from account files' },
  hiringFor: { refused: 'it is read from the job titles on careers pages, not from account files' },
};

/** The criterion fields the SQL compiler knows; others are refused with `SqlCompileError`. */
export const SQL_FIELDS: readonly CriterionField[] = CRITERION_FIELDS.filter(
  (field) => typeof FIELD_SQL[field] === 'function',
);

export function fieldSql(criterion: Criterion, sql: Sql): FieldSql {
  const { field } = criterion;
  const compile = FIELD_SQL[field];
  if (typeof compile === 'function') return compile(criterion.bands, sql);
  throw new SqlCompileError(
    `The ${field} criterion ("${criterionLabel(criterion)}") cannot run in SQL: the company table has no ${field} column (${compile.refused}). SQL knows ${SQL_FIELDS.join(', ')}.`,
  );
}
