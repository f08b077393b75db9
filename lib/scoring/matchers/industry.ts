import { isBroaderIndustry } from '../../normalize/industry-crm';
import { categoryMatcher } from './category';
import type { Matcher } from './types';

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
