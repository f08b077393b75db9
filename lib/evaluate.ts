import { type FactTimes, withoutStaleFacts } from './company/corrections';
import type { StoredIcp } from './db/icps';
import type { CompanyFacts } from './facts';
import type { IcpScore } from './messaging';
import { scoreCompany } from './scoring/score';
import { buildPitch } from './talking-points/build-pitch';
import type { Pitch } from './talking-points/types';

/**
 * Scores a company against every ICP (active first, as `icps` lists them), with every criterion's
 * result: what the badge and the stored scores need, without the pitch. An ICP with
 * `staleFactsUnknown` sees the facts last seen before its review period as unknown (`times` says
 * when each was last seen, in ms since the epoch; without it nothing is stale).
 */
export function scoreCompanyForIcps(
  icps: readonly StoredIcp[],
  facts: CompanyFacts,
  now: number = Date.now(),
  times?: FactTimes,
): IcpScore[] {
  return icps.map((stored) => ({
    icpId: stored.id,
    icpName: stored.icp.name,
    active: stored.active,
    ...(stored.reviewBy !== undefined && stored.reviewBy <= now && { reviewOverdue: true }),
    result: scoreCompany(stored.icp, factsFor(stored, facts, now, times)),
  }));
}

const factsFor = (stored: StoredIcp, facts: CompanyFacts, now: number, times?: FactTimes) =>
  stored.icp.staleFactsUnknown && times ? withoutStaleFacts(facts, times, now) : facts;

/**
 * Scores a company against every ICP (active first) and writes the pitch for the active one. An
 * ICP with `staleFactsUnknown` sees the facts last seen before its review period as unknown
 * (`times` says when each was last seen; without it nothing is stale).
 */
export function evaluateCompany(
  icps: readonly StoredIcp[],
  facts: CompanyFacts,
  now: number = Date.now(),
  times?: FactTimes,
): { scores: IcpScore[]; pitch: Pitch | null } {
  const scores = scoreCompanyForIcps(icps, facts, now, times);
  const active = icps.find((s) => s.active);
  const activeScore = scores.find((s) => s.active);
  const pitch =
    active && activeScore
      ? buildPitch(active.icp, factsFor(active, facts, now, times), activeScore.result)
      : null;
  return { scores, pitch };
}
