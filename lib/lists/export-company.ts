import type { Icp } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { topReasons } from '../scoring/reasons';
import { scoreCompany } from '../scoring/score';
import type { ScoreResult } from '../scoring/types';
import { buildPitch } from '../talking-points/build-pitch';
import type { ExportCompany } from './export';

/** What an export needs of one stored company. */
export interface ExportSource {
  name?: string;
  domain?: string;
  linkedinSlug?: string;
  facts: CompanyFacts;
  crmIds?: ExportCompany['crmIds'];
}

/**
 * One company as an export row: firmographics from its facts, its fit for `icp` (tier, score,
 * confidence, the top three reasons as the CLI words them) and, with `outreach`, the opening line
 * and talking points the popup shows. Employees export as the lower bound of the known range.
 * `options.result`: the company's score for `icp` when already computed (not scored again).
 */
export function exportCompanyOf(
  source: ExportSource,
  icp: Icp | undefined,
  options: { outreach?: boolean; result?: ScoreResult } = {},
): ExportCompany {
  const { facts } = source;
  const hq = facts.headquarters?.value;
  const result = options.result ?? (icp ? scoreCompany(icp, facts) : undefined);
  const pitch = icp && result && options.outreach ? buildPitch(icp, facts, result) : undefined;
  const name = source.name ?? facts.name?.value ?? source.domain ?? source.linkedinSlug ?? '';
  return {
    name,
    ...(source.domain && { domain: source.domain }),
    ...(source.linkedinSlug && { linkedinSlug: source.linkedinSlug }),
    ...(facts.industry && { industry: facts.industry.value }),
    ...(facts.employees && { employees: facts.employees.value.min }),
    ...(hq?.city && { city: hq.city }),
    ...(hq?.country && { country: hq.country }),
    ...(icp &&
      result && {
        icpName: icp.name,
        tier: result.tier,
        score: result.score,
        confidence: result.confidence,
        reasons: topReasons(result, 3),
      }),
    ...(pitch && {
      opening: pitch.openingLine,
      talkingPoints: pitch.points.slice(0, 3).map((p) => p.text),
    }),
    ...(source.crmIds && { crmIds: source.crmIds }),
  };
}
