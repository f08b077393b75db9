import { rangePart } from './band-parts';
import { type CriterionKind, kind } from './kind';
import { numberMatcher, numberTest } from './number-range';

/** The founding year against `min`/`max`. */
export const foundedMatcher = numberMatcher(
  (facts) => facts.founded && { value: facts.founded.value, fact: facts.founded },
  (year) => `founded in ${year}`,
  'year',
);

export const founded = kind({
  shape: 'number',
  label: 'Founded',
  foundOn: 'linkedin',
  matcher: foundedMatcher,
  compile: (bands) => numberTest(bands, (facts) => facts.founded?.value),
  valueKey: (facts) => (facts.founded ? `${facts.founded.value}` : null),
  bandParts: (band) => rangePart(band, 'year', true),
  talkingPoint:
    'Founded in {founded}, you are at the stage where our best customers started working with us.',
} satisfies CriterionKind<number>);
