import type { StoredIcp } from './db/icps';
import type { CompanyFacts } from './facts';
import type { IcpScore } from './messaging';
import { scoreCompany } from './scoring/score';
import { buildPitch } from './talking-points/build-pitch';
import type { Pitch } from './talking-points/types';

/** Scores a company against every ICP (active first) and writes the pitch for the active one. */
export function evaluateCompany(
  icps: readonly StoredIcp[],
  facts: CompanyFacts,
  now: number = Date.now(),
): { scores: IcpScore[]; pitch: Pitch | null } {
  const scores = icps.map((stored) => ({
    icpId: stored.id,
    icpName: stored.icp.name,
    active: stored.active,
    ...(stored.reviewBy !== undefined && stored.reviewBy <= now && { reviewOverdue: true }),
    result: scoreCompany(stored.icp, facts),
  }));
  const active = icps.find((s) => s.active);
  const activeScore = scores.find((s) => s.active);
  const pitch = active && activeScore ? buildPitch(active.icp, facts, activeScore.result) : null;
  return { scores, pitch };
}
