import { formatMoney } from '../format';
import { rangePart } from './band-parts';
import { type CriterionKind, kind } from './kind';
import { numberTest, rangeMatcher, representative } from './number-range';
import { formatRange } from './words';

/** Annual revenue in USD (a range or a number), judged by the range's midpoint. */
export const revenueMatcher = rangeMatcher(
  (facts) => facts.revenue,
  (range) => `${formatRange(range, formatMoney)} revenue`,
  'revenue',
);

export const revenue = kind({
  shape: 'number',
  label: 'Revenue',
  foundOn: 'website',
  matcher: revenueMatcher,
  compile: (bands) =>
    numberTest(bands, (facts) => facts.revenue && representative(facts.revenue.value)),
  valueKey: (facts) => {
    const range = facts.revenue?.value;
    return range ? `${range.min}|${range.max}` : null;
  },
  bandParts: (band) => rangePart(band, 'revenue', true),
} satisfies CriterionKind<number>);
