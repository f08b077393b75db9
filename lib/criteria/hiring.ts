import { groupDigits } from '../format';
import { rangePart } from './band-parts';
import { type CriterionKind, kind } from './kind';
import { numberMatcher } from './number-range';

/** Open roles (a buying trigger) against `min`/`max`. */
export const hiringMatcher = numberMatcher(
  (facts) => facts.hiring && { value: facts.hiring.value.openRoles, fact: facts.hiring },
  (n) => `${groupDigits(n)} open ${n === 1 ? 'role' : 'roles'}`,
  'open-roles',
);

export const hiring = kind({
  shape: 'number',
  label: 'Hiring',
  foundOn: 'website',
  matcher: hiringMatcher,
  valueKey: (facts) => (facts.hiring ? `${facts.hiring.value.openRoles}` : null),
  bandParts: (band) => rangePart(band, 'open-roles', true),
} satisfies CriterionKind<number>);
