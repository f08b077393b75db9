import { isBroaderIndustry } from '../normalize/industry-crm';
import { INDUSTRY_GROUPS } from '../normalize/industry-groups';
import { INDUSTRIES } from '../normalize/industry-names';
import { valuesPart } from './band-parts';
import { categoryMatcher, categoryTest } from './category';
import {
  type BandTest,
  type CriterionKind,
  kind,
  type Matcher,
  NO_BAND,
  perBand,
  UNKNOWN_BAND,
} from './kind';
import { proposalOf } from './proposal';
import type { Band } from './schema';

const exact = categoryMatcher((facts) => facts.industry);

/**
 * LinkedIn's industry name against the band's list, e.g. "Computer and Network Security". A
 * company filed under a whole group (a CRM's coarse "Technology", read as "Technology,
 * Information and Media") that contains a band's industry is neither a match nor a miss: the
 * band answers `unknown`, with the reason shown.
 */
export const industryMatcher: Matcher<string> = {
  read: exact.read,
  match(reading, band) {
    const hit = exact.match(reading, band);
    if (hit) return hit;
    const inside = (band.in ?? []).filter((wanted) => isBroaderIndustry(reading.shown, wanted));
    if (inside.length === 0) return undefined;
    return {
      evidence: reading.evidence,
      shown: `${reading.shown} (broader than ${inside.slice(0, 2).join(', ')}${inside.length > 2 ? '…' : ''})`,
      unknown: true,
    };
  },
};

/**
 * The industry values (group names, exactly as written) that `industryMatcher` calls broader than
 * one of the band's industries: a company filed under one of them answers `unknown` for the band.
 * For the fast ranker and the SQL compiler, which test the value against this set instead.
 */
export const broaderIndustries = perBand((band): ReadonlySet<string> => {
  const groups = new Set<string>();
  for (const wanted of band.in ?? [])
    for (const group of Object.keys(INDUSTRY_GROUPS))
      if (isBroaderIndustry(group, wanted)) groups.add(group);
  return groups;
});

/**
 * The fast test, as `industryMatcher` and `judgeCriterion` judge: the first band whose list holds
 * the industry decides; when none does but the company's value is a coarse group containing an
 * industry some band wants (a CRM's "Technology" against "Computer and Network Security"), the
 * criterion is unknown, not a miss.
 */
function industryTest(bands: readonly Band[]): BandTest {
  const exactTest = categoryTest(bands, (facts) => facts.industry);
  const broader = new Set<string>();
  for (const band of bands) for (const group of broaderIndustries(band)) broader.add(group);
  if (broader.size === 0) return exactTest;
  return (facts) => {
    const band = exactTest(facts);
    return band === NO_BAND && broader.has((facts.industry?.value ?? '').trim())
      ? UNKNOWN_BAND
      : band;
  };
}

export const industry = kind({
  shape: 'list',
  label: 'Industry',
  foundOn: 'linkedin',
  matcher: industryMatcher,
  compile: industryTest,
  valueKey: (facts) => (facts.industry ? `${facts.industry.value}` : null),
  bandParts: (band) => valuesPart(band, 'category'),
  talkingPoint:
    'Our best customers are {industry} companies like {name}; we know the problems your team runs into.',
  proposalValues: (facts) => proposalOf(facts.industry?.value),
  suggestions: () => INDUSTRIES,
} satisfies CriterionKind<string>);
