import { criterionLabel } from '../criteria/labels';
import {
  BAD_FIT,
  DEFAULT_MIN_CONFIDENCE,
  DISQUALIFIED,
  type Icp,
  NOT_ENOUGH_DATA,
} from '../criteria/schema';
import { clamp01 } from '../format';
import { DIALECT_RULES, type Dialect } from './dialects';
import { FALSE, fieldSql, type Sql } from './fields';

export { SQL_FIELDS, SqlCompileError } from './fields';

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
