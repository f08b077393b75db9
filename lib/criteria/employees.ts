import { rangePart } from './band-parts';
import { type CriterionKind, kind } from './kind';
import { numberTest, rangeMatcher, representative } from './number-range';
import { formatRange } from './words';

/** Employees (LinkedIn's size band or a file's count), judged by the range's midpoint. */
export const employeesMatcher = rangeMatcher(
  (facts) => facts.employees,
  (range) => `${formatRange(range)} employees`,
  'employees',
);

export const employees = kind({
  shape: 'number',
  label: 'Company size',
  foundOn: 'linkedin',
  matcher: employeesMatcher,
  compile: (bands) =>
    numberTest(bands, (facts) => facts.employees && representative(facts.employees.value)),
  valueKey: (facts) => {
    const range = facts.employees?.value;
    return range ? `${range.min}|${range.max}` : null;
  },
  bandParts: (band) => rangePart(band, 'employees', true),
  talkingPoint: 'Teams of {employees} people are where our customers see the most value, fastest.',
} satisfies CriterionKind<number>);
