import { CRITERIA } from '@/lib/criteria';
import type { CriterionField } from '@/lib/criteria/schema';
import { stripIsolates } from '@/lib/i18n/bidi';
import { GROUP_OF, INDUSTRY_GROUPS } from '@/lib/normalize/industry-groups';
import { companyTypeWords } from '../../company-type-words';
import { industryWords } from '../../industry-words';
import { fundingStageText, placeName } from '../../value-words';

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

const offered = new Map<CriterionField, readonly string[]>();

/** Values offered for a list criterion's `in` (the field's own, from the registry), computed once. */
export function suggestionsFor(field: CriterionField): readonly string[] {
  let values = offered.get(field);
  if (!values) {
    values = CRITERIA[field].suggestions?.() ?? [];
    offered.set(field, values);
  }
  return values;
}

/** `words` of a value, when they say more than the value itself (another language). */
const inUiLanguage = (words: (value: string) => string) => (value: string) => {
  const said = stripIsolates(words(value));
  return said !== value ? said : undefined;
};

/**
 * What the editor shows beside each suggestion: industries are hierarchical (each shows its
 * group, and a whole group can be added); industries, company types, places and funding rounds
 * show their names in the UI language, in the list, the groups and their chips ("北美 (North
 * America)", "软件开发 (Software Development)"), while the value the ICP stores stays as the file
 * writes it.
 */
export function hierarchyFor(field: CriterionField): {
  optionLabel?: (value: string) => string | undefined;
  valueLabel?: (value: string) => string | undefined;
  groups?: Readonly<Record<string, readonly string[]>>;
  groupLabel?: (group: string) => string;
} {
  if (field === 'industry') {
    const name = inUiLanguage(industryWords);
    const groupLabel = (group: string) => stripIsolates(industryWords(group));
    return {
      optionLabel: (v) => {
        const group = GROUP_OF.get(v);
        const said = name(v);
        return said && group ? `${said} · ${groupLabel(group)}` : (said ?? group);
      },
      valueLabel: name,
      groups: INDUSTRY_GROUPS,
      groupLabel,
    };
  }
  if (field === 'companyType') {
    const label = inUiLanguage(companyTypeWords);
    return { optionLabel: label, valueLabel: label };
  }
  if (field === 'location') {
    const label = inUiLanguage(placeName);
    return { optionLabel: label, valueLabel: label };
  }
  if (field === 'funding') {
    const label = inUiLanguage(fundingStageText);
    return { optionLabel: label, valueLabel: label };
  }
  return {};
}
