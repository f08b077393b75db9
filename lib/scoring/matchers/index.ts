import type { CriterionField } from '../../criteria/schema';
import { businessModelMatcher } from './business-model';
import { companyTypeMatcher } from './company-type';
import { fundingMatcher } from './funding';
import { hiringMatcher } from './hiring';
import { industryMatcher } from './industry';
import { keywordsMatcher } from './keywords';
import { locationMatcher } from './location';
import { employeesMatcher, foundedMatcher, revenueMatcher } from './number-range';
import { technologiesMatcher } from './technologies';
import { type AnyMatcher, erase } from './types';

/** One matcher per criterion field: a field without one is a compile error. */
export const MATCHERS: Readonly<Record<CriterionField, AnyMatcher>> = {
  industry: erase(industryMatcher),
  employees: erase(employeesMatcher),
  revenue: erase(revenueMatcher),
  location: erase(locationMatcher),
  technologies: erase(technologiesMatcher),
  keywords: erase(keywordsMatcher),
  founded: erase(foundedMatcher),
  companyType: erase(companyTypeMatcher),
  hiring: erase(hiringMatcher),
  funding: erase(fundingMatcher),
  businessModel: erase(businessModelMatcher),
};
