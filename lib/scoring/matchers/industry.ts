import { isBroaderIndustry } from '../../normalize/industry-crm';
import { INDUSTRY_GROUPS } from '../../normalize/industry-groups';
import { categoryMatcher } from './category';
import { type Matcher, perBand } from './types';

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
