import { broaderIndustries } from '../criteria/industry';
import { criterionLabel } from '../criteria/labels';
import { placeSet } from '../criteria/location';
import {
  BAD_FIT,
  type Band,
  CRITERION_FIELDS,
  type Criterion,
  type CriterionField,
  DEFAULT_MIN_CONFIDENCE,
  DISQUALIFIED,
  type Icp,
  NOT_ENOUGH_DATA,
} from '../criteria/schema';
import { fold, UNSPACED_SCRIPT } from '../format';
import { DIALECT_RULES, type Dialect } from './dialects';
import { keywordForm } from './table';

export class SqlCompileError extends Error {}

interface Sql {
  str(text: string): string;
  num(n: number): string;
}

const FALSE = '1 = 0';
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
interface FieldSql {
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

function fieldSql(criterion: Criterion, sql: Sql): FieldSql {
  const { field } = criterion;
  const compile = FIELD_SQL[field];
  if (typeof compile === 'function') return compile(criterion.bands, sql);
  throw new SqlCompileError(
    `The ${field} criterion ("${criterionLabel(criterion)}") cannot run in SQL: the company table has no ${field} column (${compile.refused}). SQL knows ${SQL_FIELDS.join(', ')}.`,
  );
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/**
 * Compiles an ICP into one SELECT over the normalised company table (`COMPANY_COLUMNS`, written by
 * `icp-lens normalize`) that gives, per company, what `scoreCompany` gives: `tier`, `tier_kind`
 * (tier, bad, disqualified, insufficient), `score` (0–100, rounded half up like Math.round),
 * `confidence` (0–1), `score_min`/`score_max`, `disqualified_by` (the criterion's label). Band
 * order, unknowns, require/exclude and the tier rule are those of DESIGN.md ("ICP file") and
 * `decideTier` (nothing known, confidence 0, is "Not enough data" even at minConfidence 0; a
 * company filed under a coarse industry group that holds a wanted industry is unknown, not a
 * miss, when no band matches); regions
 * are expanded to country lists and text is compared in the engine's folded form, so the SQL
 * needs no functions beyond CASE, IN, LIKE and FLOOR. All arithmetic is in double precision.
 * No ORDER BY (sorting 10M rows costs memory): add one, or read `source_row`.
 * @throws SqlCompileError for a criterion field the table does not hold (businessModel and
 * hiringFor: read from websites, not exports).
 */
export function compileIcpToSql(icp: Icp, dialect: Dialect, table = 'companies'): string {
  const rules = DIALECT_RULES[dialect];
  const sql: Sql = {
    str: (text) => `'${rules.escape(text)}'`,
    num: (n) => `CAST(${Number.isFinite(n) ? n : 0} AS ${rules.double})`,
  };
  const unknownCredit = clamp01(icp.unknownCredit);
  const judged: string[] = [];
  const earned: string[] = [];
  const known: string[] = [];
  const knownEarned: string[] = [];
  const disqualify: string[] = [];
  let totalWeight = 0;
  icp.criteria.forEach((criterion, i) => {
    const { known: isKnown, bands, undecided } = fieldSql(criterion, sql);
    const cases = bands.map((b, j) => `WHEN ${b} THEN ${j}`).join(' ');
    const unsettled = undecided ? ` WHEN ${undecided} THEN -2` : '';
    judged.push(`CASE WHEN NOT (${isKnown}) THEN -2 ${cases}${unsettled} ELSE -1 END AS b${i}`);
    const weight = Number.isFinite(criterion.weight) && criterion.weight > 0 ? criterion.weight : 0;
    if (criterion.mode === 'score') {
      totalWeight += weight;
      const credits = criterion.bands
        .map((b, j) => `WHEN ${j} THEN ${sql.num(clamp01(b.credit ?? 1))}`)
        .join(' ');
      const credit = `CASE b${i} WHEN -2 THEN ${sql.num(unknownCredit)} ${credits} ELSE ${sql.num(0)} END`;
      earned.push(`${sql.num(weight)} * ${credit}`);
      known.push(`CASE WHEN b${i} = -2 THEN ${sql.num(0)} ELSE ${sql.num(weight)} END`);
      knownEarned.push(
        `CASE WHEN b${i} = -2 THEN ${sql.num(0)} ELSE ${sql.num(weight)} * ${credit} END`,
      );
    } else {
      const fires = criterion.mode === 'require' ? `b${i} = -1` : `b${i} >= 0`;
      disqualify.push(`WHEN ${fires} THEN ${sql.str(criterionLabel(criterion))}`);
    }
  });
  const sum = (terms: string[]) => (terms.length === 0 ? sql.num(0) : `(${terms.join(' + ')})`);
  const percent = (expr: string) =>
    totalWeight > 0
      ? `FLOOR(${sql.num(100)} * ${expr} / ${sql.num(totalWeight)} + ${sql.num(0.5)})`
      : sql.num(0);
  const minConfidence = clamp01(icp.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  const tiers = icp.tiers
    .map((t) => `WHEN score >= ${sql.num(t.minScore)} THEN ${sql.str(t.name)}`)
    .join(' ');
  const tierKinds =
    icp.tiers.length > 0
      ? `WHEN score >= ${sql.num(Math.min(...icp.tiers.map((t) => t.minScore)))} THEN 'tier'`
      : '';
  const columns = 'source_row, name, domain';
  return `-- ICP Lens: "${icp.name.replace(/[\r\n]+/g, ' ')}" compiled for ${dialect}
WITH judged AS (
  SELECT ${columns},
    ${judged.join(',\n    ')}
  FROM ${rules.table(table)}
), summed AS (
  SELECT ${columns},
    ${sum(earned)} AS earned,
    ${sum(known)} AS known_weight,
    ${sum(knownEarned)} AS known_earned,
    CASE ${disqualify.join(' ') || `WHEN ${FALSE} THEN ''`} ELSE NULL END AS disqualified_by
  FROM judged
), scored AS (
  SELECT ${columns}, disqualified_by,
    ${percent('earned')} AS score,
    ${totalWeight > 0 ? `known_weight / ${sql.num(totalWeight)}` : sql.num(1)} AS confidence,
    ${percent('known_earned')} AS score_min,
    ${percent(`(known_earned + ${sql.num(totalWeight)} - known_weight)`)} AS score_max
  FROM summed
)
SELECT ${columns},
  CASE WHEN disqualified_by IS NOT NULL THEN ${sql.str(DISQUALIFIED)}
    WHEN confidence < ${sql.num(minConfidence)} OR confidence <= ${sql.num(0)} THEN ${sql.str(NOT_ENOUGH_DATA)}
    ${tiers} ELSE ${sql.str(BAD_FIT)} END AS tier,
  CASE WHEN disqualified_by IS NOT NULL THEN 'disqualified'
    WHEN confidence < ${sql.num(minConfidence)} OR confidence <= ${sql.num(0)} THEN 'insufficient'
    ${tierKinds} ELSE 'bad' END AS tier_kind,
  score, confidence, score_min, score_max, disqualified_by
FROM scored
`;
}
