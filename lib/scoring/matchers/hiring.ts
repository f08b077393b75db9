import { groupDigits } from '../../format';
import { numberMatcher } from './number-range';

/** Open roles (a buying trigger) against `min`/`max`. */
export const hiringMatcher = numberMatcher(
  (facts) => facts.hiring && { value: facts.hiring.value.openRoles, fact: facts.hiring },
  (n) => `${groupDigits(n)} open ${n === 1 ? 'role' : 'roles'}`,
);
