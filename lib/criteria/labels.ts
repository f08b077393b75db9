import { bandInEnglish } from './band-parts';
import { CRITERIA } from './index';
import { type Band, CRITERION_FIELDS, type Criterion, type CriterionField } from './schema';

/** Plain-English names of the criterion fields (English only: the CLI and default labels). */
export const FIELD_LABELS: Readonly<Record<CriterionField, string>> = Object.fromEntries(
  CRITERION_FIELDS.map((field) => [field, CRITERIA[field].label]),
) as Record<CriterionField, string>;

/** The name to show for a criterion: its own `label`, else the field's. */
export function criterionLabel(criterion: Pick<Criterion, 'field' | 'label'>): string {
  return criterion.label ?? FIELD_LABELS[criterion.field];
}

export { describeRange, formatRange, listOf } from './words';

/** A band in plain English, without its credit: "500–5,000 employees", "in US or Canada". */
export function describeBand(field: CriterionField, band: Band): string {
  return bandInEnglish(CRITERIA[field].bandParts(band));
}

const percent = (credit: number) => `${Math.round(credit * 100)}%`;

/**
 * A criterion in one line: "Company size (weight 3): 500–5,000 employees → 100%; 200–499
 * employees → 70%", "Require Company size: 50+ employees", "Exclude Industry: Staffing and
 * Recruiting".
 */
export function describeCriterion(criterion: Criterion): string {
  const label = criterionLabel(criterion);
  if (criterion.mode === 'score') {
    const bands = criterion.bands.map(
      (b) => `${describeBand(criterion.field, b)} → ${percent(b.credit)}`,
    );
    return `${label} (weight ${criterion.weight}): ${bands.join('; ')}`;
  }
  const bands = criterion.bands.map((b) => describeBand(criterion.field, b)).join('; or ');
  return `${criterion.mode === 'require' ? 'Require' : 'Exclude'} ${label}: ${bands}`;
}
