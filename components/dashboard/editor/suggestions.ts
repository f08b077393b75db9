import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import type { CriterionField } from '@/lib/criteria/schema';
import fingerprintFile from '@/lib/extract/technologies/fingerprints.json';
import { BUSINESS_MODELS } from '@/lib/facts';
import { GROUP_OF, INDUSTRY_GROUPS } from '@/lib/normalize/industry-groups';
import { INDUSTRIES } from '@/lib/normalize/industry-names';
import { REGION_NAMES } from '@/lib/scoring/regions';

countries.registerLocale(en);

const COMPANY_TYPES = [
  'Privately Held',
  'Public Company',
  'Partnership',
  'Self-Employed',
  'Sole Proprietorship',
  'Nonprofit',
  'Educational',
  'Government Agency',
];

const FUNDING_STAGES = [
  'Pre-Seed',
  'Seed',
  'Angel',
  'Series A',
  'Series B',
  'Series C',
  'Series D',
  'Series E',
  'Private Equity',
  'Debt Financing',
  'Grant',
  'IPO',
  'Post-IPO Equity',
];

/** LinkedIn's employee bands, to fill a size band's min and max in one pick. */
export const EMPLOYEE_BAND_PRESETS: readonly { label: string; min: number; max?: number }[] = [
  { label: '1–10', min: 1, max: 10 },
  { label: '11–50', min: 11, max: 50 },
  { label: '51–200', min: 51, max: 200 },
  { label: '201–500', min: 201, max: 500 },
  { label: '501–1,000', min: 501, max: 1000 },
  { label: '1,001–5,000', min: 1001, max: 5000 },
  { label: '5,001–10,000', min: 5001, max: 10000 },
  { label: '10,001+', min: 10001 },
];

/** Technologies offered in the picker: every one the website detector knows. */
const TECHNOLOGY_NAMES = fingerprintFile.technologies
  .map((t) => t.name)
  .sort((a, b) => a.localeCompare(b));

/** Values offered for a list criterion's `in`; the user may still type others. */
export function suggestionsFor(field: CriterionField): readonly string[] {
  switch (field) {
    case 'industry':
      return INDUSTRIES;
    case 'location':
      return [...REGION_NAMES, ...Object.values(countries.getNames('en', { select: 'official' }))];
    case 'companyType':
      return COMPANY_TYPES;
    case 'businessModel':
      return BUSINESS_MODELS.map((m) =>
        m === 'saas' ? 'SaaS' : m === 'ecommerce' ? 'E-commerce' : m[0]?.toUpperCase() + m.slice(1),
      );
    case 'funding':
      return FUNDING_STAGES;
    case 'technologies':
      return TECHNOLOGY_NAMES;
    default:
      return [];
  }
}

/** Industries are hierarchical: each shows its group, and a whole group can be added. */
export function hierarchyFor(field: CriterionField): {
  optionLabel?: (value: string) => string | undefined;
  groups?: Readonly<Record<string, readonly string[]>>;
} {
  return field === 'industry'
    ? { optionLabel: (v) => GROUP_OF.get(v), groups: INDUSTRY_GROUPS }
    : {};
}
