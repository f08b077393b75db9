import type { CriterionField } from '@/lib/criteria/schema';
import { BUSINESS_MODELS, type BusinessModel } from '@/lib/facts';
import { isolate } from '@/lib/i18n/bidi';
import type { BuilderNote, ProposedCriterion } from '@/lib/icp/builder';
import { formatNumber, formatPercent } from '../../format';
import { type MessageKey, t } from '../../i18n';
import { industryWords } from '../../industry-words';
import { fieldLabel } from '../../labels';
import { businessModelText, fundingStageText, placeName } from '../../value-words';

/**
 * How each field's trait is said ("… are in $VALUE$"); a field without its own sentence uses
 * `build_coverage_other` ("… have Revenue $VALUE$"). Every field is listed, so a new one is decided.
 */
const COVERAGE: Record<CriterionField, MessageKey | undefined> = {
  industry: 'build_coverage_industry',
  employees: 'build_coverage_employees',
  location: 'build_coverage_location',
  technologies: 'build_coverage_technologies',
  keywords: 'build_coverage_keywords',
  founded: 'build_coverage_founded',
  funding: 'build_coverage_funding',
  companyType: 'build_coverage_company_type',
  businessModel: 'build_coverage_business_model',
  hiringFor: 'build_coverage_hiring_for',
  revenue: undefined,
  hiring: undefined,
};

const isBusinessModel = (value: string): value is BusinessModel =>
  (BUSINESS_MODELS as readonly string[]).includes(value);

/**
 * A proposed trait's value in the UI language: a number range in its digits ("201–500",
 * "۲۰۱–۵۰۰"; years ungrouped), a place by its name in the language (a country by CLDR,
 * `Intl.DisplayNames`; a region such as "North America" → "Bắc Mỹ", "北美"), a funding round
 * ("Series B" → "B轮", "سری B") and a business model ("saas" → "SaaS") by the catalog's words,
 * else the value as the customer file wrote it (an industry, a technology, a keyword), isolated
 * when it comes from the file.
 */
export function traitValue(c: Pick<ProposedCriterion, 'field' | 'label' | 'range' | 'values'>) {
  const range = c.range;
  if (range) {
    const year = c.field === 'founded';
    const n = (v: number) => (year ? formatNumber(v, { useGrouping: false }) : formatNumber(v));
    if (range.min !== undefined && range.max !== undefined)
      return range.min === range.max ? n(range.min) : `${n(range.min)}–${n(range.max)}`;
    if (range.min !== undefined) return `${n(range.min)}+`;
    if (range.max !== undefined) return `≤ ${n(range.max)}`;
  }
  const value = c.values?.length === 1 ? c.values[0] : undefined;
  if (value !== undefined) {
    if (c.field === 'location') return placeName(value);
    if (c.field === 'industry') return industryWords(value);
    if (c.field === 'funding') return fundingStageText(value);
    if (c.field === 'businessModel' && isBusinessModel(value)) return businessModelText(value);
  }
  return c.label;
}

/** "62% of your best customers are 201–500 employees", the value isolated (FSI…PDI). */
export function coverageSentence(c: ProposedCriterion): string {
  const percent = formatPercent(c.coverage);
  const value = isolate(traitValue(c));
  const key = COVERAGE[c.field];
  return key
    ? t(key, percent, value)
    : t('build_coverage_other', percent, fieldLabel(c.field), value);
}

/** "2.1× as common as among all your customers" (one decimal, the language's digits). */
export function liftSentence(lift: number): string {
  return t(
    'build_lift',
    formatNumber(lift, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  );
}

/** Why nothing is proposed, in the UI language. */
export function noteSentence(note: BuilderNote): string {
  if (note.code === 'no-customers') return t('build_note_no_customers');
  if (note.code === 'no-best-customers') return t('build_note_no_best');
  const percent = formatPercent(note.minCoverage);
  return note.comparedWithAll
    ? t('build_note_no_trait_lift', percent)
    : t('build_note_no_trait', percent);
}
