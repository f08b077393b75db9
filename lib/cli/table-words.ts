import { FIELD_LABELS } from '../criteria/labels';
import type { CriterionField } from '../criteria/schema';
import type { CriterionResult, ScoreResult, Verdict } from '../scoring/types';
import type { CliKey, CliText } from './text';

/** Each criterion field's name in the catalogs: a field without one is a compile error. */
const FIELD_KEYS: Readonly<Record<CriterionField, CliKey>> = {
  industry: 'field_industry',
  employees: 'field_employees',
  revenue: 'field_revenue',
  location: 'field_location',
  technologies: 'field_technologies',
  keywords: 'field_keywords',
  founded: 'field_founded',
  companyType: 'field_company_type',
  hiring: 'field_hiring',
  funding: 'field_funding',
  businessModel: 'field_business_model',
  hiringFor: 'field_hiring_for',
};

const MARK: Readonly<Record<Verdict, string>> = {
  matched: '✓',
  partial: '~',
  missed: '✗',
  unknown: '?',
};

/** The tier as the table shows it: the ICP's own tier names as written, the engine's in `text`. */
export function tierIn(result: Pick<ScoreResult, 'tier' | 'tierKind'>, text: CliText): string {
  if (result.tierKind === 'disqualified') return text.t('tier_disqualified');
  if (result.tierKind === 'bad') return text.t('tier_bad_fit');
  if (result.tierKind === 'insufficient') return text.t('tier_not_enough_data');
  return result.tier;
}

/** A criterion's name: the ICP's own label when it has one, else the field's, in `text`. */
function criterionIn(c: Pick<CriterionResult, 'field' | 'label'>, text: CliText): string {
  const custom = c.label?.trim();
  return custom && custom !== FIELD_LABELS[c.field] ? custom : text.t(FIELD_KEYS[c.field]);
}

/**
 * One reason in `text`'s language: "✓ Industry: Computer and Network Security", "? Company size
 * unknown", "⛔ …" for a disqualifying rule. The value is what the engine read: in English as the
 * engine says it, in another language from its structured parts ("320 nhân viên", "Hoa Kỳ"); page
 * words (an industry as the file wrote it) as written.
 */
export function reasonIn(c: CriterionResult, text: CliText): string {
  const name = criterionIn(c, text);
  if (c.verdict === 'unknown') return `? ${text.t('cli_reason_unknown', name)}`;
  const mark = c.disqualifies ? '⛔' : MARK[c.verdict];
  // English keeps the engine's own words; another language words the value's parts.
  const value =
    (text.locale === 'en' ? c.value : text.values().criterionValueText(c)) ?? c.evidence?.text;
  return `${mark} ${text.t('reason_value', name, value ?? '')}`;
}

/**
 * The reasons worth reading first, as `topReasons` in lib/scoring orders them (what disqualified
 * the company, then the `score` criteria in `order`), in `text`'s language, at most `limit`.
 */
export function topReasonsIn(
  result: ScoreResult,
  limit: number,
  order: readonly number[],
  text: CliText,
): string[] {
  const chosen = result.criteria.filter((c) => c.disqualifies);
  for (const i of order) {
    const c = result.criteria[i];
    if (c) chosen.push(c);
  }
  return chosen.slice(0, limit).map((c) => reasonIn(c, text));
}
