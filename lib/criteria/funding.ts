import type { Funding } from '../facts';
import { fold, formatMoney } from '../format';
import { rangePart, type ValuePart, valuesPart } from './band-parts';
import { foldedValues } from './category';
import { type CriterionKind, evidenceOf, kind, type Matcher } from './kind';
import { inBand } from './number-range';
import { proposalOf } from './proposal';

/** Funding stages offered in the editor. */
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

interface FundingValue extends Funding {
  foldedStage?: string;
}

/** "Series B, $40M raised, 2024-03". */
export function describeFunding(funding: Funding): string {
  const parts = [];
  if (funding.stage) parts.push(funding.stage);
  if (funding.amountUsd !== undefined) parts.push(`${formatMoney(funding.amountUsd)} raised`);
  if (funding.date) parts.push(funding.date);
  return parts.join(', ');
}

/**
 * Funding bands: `in` lists stages ("Seed", "Series A"), `min`/`max` bound the amount raised in
 * USD. A band that gives both needs both. Known means a stage or an amount is known.
 */
export const fundingMatcher: Matcher<FundingValue> = {
  read(facts) {
    const fact = facts.funding;
    if (!fact) return undefined;
    const { stage, amountUsd } = fact.value;
    const hasStage = Boolean(stage?.trim());
    const hasAmount = amountUsd !== undefined && Number.isFinite(amountUsd);
    if (!hasStage && !hasAmount) return undefined;
    const value: FundingValue = Object.assign({}, fact.value);
    if (hasStage) value.foldedStage = fold(stage as string);
    // The stage and amount as parts, for the UI to word (the date stays in `shown` only).
    const parts: ValuePart[] = [];
    if (hasStage) parts.push({ kind: 'values', as: 'stage', values: [stage as string] });
    if (hasAmount) parts.push({ kind: 'range', of: 'raised', min: amountUsd, max: amountUsd });
    return { value, shown: describeFunding(fact.value), parts, evidence: evidenceOf(fact) };
  },
  match(reading, band) {
    const { foldedStage, amountUsd } = reading.value;
    if (band.in && !(foldedStage !== undefined && foldedValues(band).has(foldedStage)))
      return undefined;
    if (band.min !== undefined || band.max !== undefined) {
      if (amountUsd === undefined || !inBand(amountUsd, band)) return undefined;
    }
    return band.in || band.min !== undefined || band.max !== undefined ? reading : undefined;
  },
};

export const funding = kind({
  shape: 'both',
  label: 'Funding',
  foundOn: 'website',
  matcher: fundingMatcher,
  valueKey: (facts) => {
    const f = facts.funding?.value;
    return f ? `${f.stage}|${f.amountUsd}` : null;
  },
  bandParts: (band) => [...valuesPart(band, 'stage'), ...rangePart(band, 'raised')],
  talkingPoint:
    'Your last round ({funding}) is when our best customers started with us: targets grow faster than the team.',
  proposalValues: (facts) => proposalOf(facts.funding?.value?.stage),
  suggestions: () => FUNDING_STAGES,
} satisfies CriterionKind<FundingValue>);
