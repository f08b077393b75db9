/**
 * The criterion registry: one `CriterionKind` per criterion field, each in its own file beside
 * this one. The record type makes a field without a kind a compile error; the lists of number
 * and list fields, the field labels, the scorer's matchers, the ranker's and impact preview's fast
 * paths, the band descriptions, the builder's proposals and the editor's suggestions all read it.
 */
import { businessModel } from './business-model';
import { companyType } from './company-type';
import { employees } from './employees';
import { founded } from './founded';
import { funding } from './funding';
import { hiring } from './hiring';
import { hiringFor } from './hiring-for';
import { industry } from './industry';
import { keywords } from './keywords';
import { type AnyCriterionKind, type BandTest, matcherTest } from './kind';
import { location } from './location';
import { revenue } from './revenue';
import type { Band, CriterionField } from './schema';
import { technologies } from './technologies';

export const CRITERIA: Readonly<Record<CriterionField, AnyCriterionKind>> = {
  industry,
  employees,
  revenue,
  location,
  technologies,
  keywords,
  founded,
  companyType,
  hiring,
  funding,
  businessModel,
  hiringFor,
};

/**
 * A criterion's bands compiled into a test of one company (`BandTest`): the field's fast path
 * when it has one, else its matcher. Same answer as `judgeCriterion`'s band and verdict.
 */
export function compileBandTest(field: CriterionField, bands: readonly Band[]): BandTest {
  const criterion = CRITERIA[field];
  return criterion.compile?.(bands) ?? matcherTest(criterion.matcher, bands);
}
