import { categoryMatcher } from './category';

/** LinkedIn's company type against the band's list, e.g. "Privately Held", "Public Company". */
export const companyTypeMatcher = categoryMatcher((facts) => facts.companyType);
