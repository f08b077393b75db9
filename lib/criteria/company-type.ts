import { valuesPart } from './band-parts';
import { categoryMatcher, categoryTest } from './category';
import { type CriterionKind, kind } from './kind';
import { proposalOf } from './proposal';

/** LinkedIn's company types, offered in the editor. */
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

/** LinkedIn's company type against the band's list, e.g. "Privately Held", "Public Company". */
export const companyTypeMatcher = categoryMatcher((facts) => facts.companyType);

export const companyType = kind({
  shape: 'list',
  label: 'Company type',
  foundOn: 'linkedin',
  matcher: companyTypeMatcher,
  compile: (bands) => categoryTest(bands, (facts) => facts.companyType),
  valueKey: (facts) => (facts.companyType ? `${facts.companyType.value}` : null),
  bandParts: (band) => valuesPart(band, 'category'),
  proposalValues: (facts) => proposalOf(facts.companyType?.value),
  suggestions: () => COMPANY_TYPES,
} satisfies CriterionKind<string>);
