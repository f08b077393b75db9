import type { Range } from '../facts';
import { formatMoney, groupDigits } from '../format';
import type { Band, Criterion, CriterionField } from './schema';

/** Plain-English names of the criterion fields (English only: the CLI and default labels). */
export const FIELD_LABELS: Readonly<Record<CriterionField, string>> = {
  industry: 'Industry',
  employees: 'Company size',
  revenue: 'Revenue',
  location: 'Location',
  technologies: 'Technologies',
  keywords: 'Keywords',
  founded: 'Founded',
  companyType: 'Company type',
  hiring: 'Hiring',
  funding: 'Funding',
  businessModel: 'Business model',
};

/** The name to show for a criterion: its own `label`, else the field's. */
export function criterionLabel(criterion: Pick<Criterion, 'field' | 'label'>): string {
  return criterion.label ?? FIELD_LABELS[criterion.field];
}

/** "200–499", "500+", "up to 10", with `unit` formatting each number. */
export function describeRange(
  min: number | undefined,
  max: number | undefined,
  unit: (n: number) => string = groupDigits,
): string {
  if (min !== undefined && max !== undefined)
    return min === max ? unit(min) : `${unit(min)}–${unit(max)}`;
  if (min !== undefined) return `${unit(min)}+`;
  if (max !== undefined) return `up to ${unit(max)}`;
  return 'any';
}

/** A company's range as text: "201–500", "10,001+". */
export function formatRange(range: Range, unit: (n: number) => string = groupDigits): string {
  return describeRange(range.min, range.max, unit);
}

/** "A, B or C", "A, B, C, D, E or 7 more". */
export function listOf(items: readonly string[], joiner = 'or', shown = 5): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > shown)
    return `${items.slice(0, shown).join(', ')} ${joiner} ${items.length - shown} more`;
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

function describeFounded(band: Band): string {
  const { min, max } = band;
  if (min !== undefined && max !== undefined)
    return min === max ? `founded in ${min}` : `founded ${min}–${max}`;
  if (min !== undefined) return `founded in ${min} or later`;
  if (max !== undefined) return `founded in ${max} or earlier`;
  return 'any founding year';
}

/** A band in plain English, without its credit: "500–5,000 employees", "in US or Canada". */
export function describeBand(field: CriterionField, band: Band): string {
  const values = band.in ?? [];
  switch (field) {
    case 'employees':
      return `${describeRange(band.min, band.max)} employees`;
    case 'revenue':
      return `${describeRange(band.min, band.max, formatMoney)} revenue`;
    case 'founded':
      return describeFounded(band);
    case 'hiring':
      return `${describeRange(band.min, band.max)} open roles`;
    case 'funding': {
      const parts = [];
      if (values.length > 0) parts.push(`last round ${listOf(values)}`);
      if (band.min !== undefined || band.max !== undefined)
        parts.push(`raised ${describeRange(band.min, band.max, formatMoney)}`);
      return parts.join(', ');
    }
    case 'location':
      return `in ${listOf(values)}`;
    case 'technologies':
      return `uses ${listOf(values)}`;
    case 'keywords':
      return `mentions ${listOf(values.map((v) => `"${v}"`))}`;
    case 'industry':
    case 'companyType':
    case 'businessModel':
      return listOf(values);
  }
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
