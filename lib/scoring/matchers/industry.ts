import { categoryMatcher } from './category';

/** LinkedIn's industry name against the band's list, e.g. "Computer and Network Security". */
export const industryMatcher = categoryMatcher((facts) => facts.industry);
