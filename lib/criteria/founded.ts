import { type CriterionKind, kind } from './kind';
import { numberMatcher, numberTest } from './number-range';
import type { Band } from './schema';

/** The founding year against `min`/`max`. */
export const foundedMatcher = numberMatcher(
  (facts) => facts.founded && { value: facts.founded.value, fact: facts.founded },
  (year) => `founded in ${year}`,
);

function describeFounded(band: Band): string {
  const { min, max } = band;
  if (min !== undefined && max !== undefined)
    return min === max ? `founded in ${min}` : `founded ${min}–${max}`;
  if (min !== undefined) return `founded in ${min} or later`;
  if (max !== undefined) return `founded in ${max} or earlier`;
  return 'any founding year';
}

export const founded = kind({
  shape: 'number',
  label: 'Founded',
  foundOn: 'linkedin',
  matcher: foundedMatcher,
  compile: (bands) => numberTest(bands, (facts) => facts.founded?.value),
  valueKey: (facts) => (facts.founded ? `${facts.founded.value}` : null),
  describeBand: describeFounded,
  proposalPhrase: (label) => `were founded ${label}`,
  talkingPoint:
    'Founded in {founded}, you are at the stage where our best customers started working with us.',
} satisfies CriterionKind<number>);
