import { groupDigits } from '../format';
import { type CriterionKind, kind } from './kind';
import { numberMatcher } from './number-range';
import { describeRange } from './words';

/** Open roles (a buying trigger) against `min`/`max`. */
export const hiringMatcher = numberMatcher(
  (facts) => facts.hiring && { value: facts.hiring.value.openRoles, fact: facts.hiring },
  (n) => `${groupDigits(n)} open ${n === 1 ? 'role' : 'roles'}`,
);

export const hiring = kind({
  shape: 'number',
  label: 'Hiring',
  foundOn: 'website',
  matcher: hiringMatcher,
  valueKey: (facts) => (facts.hiring ? `${facts.hiring.value.openRoles}` : null),
  describeBand: (band) => `${describeRange(band.min, band.max)} open roles`,
  proposalPhrase: (label) => `have Hiring ${label}`,
} satisfies CriterionKind<number>);
