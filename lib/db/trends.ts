import type { TrendEntry } from '../lists/trends';
import type { TierKind } from '../scoring/types';
import { getDb, type IcpLensDb } from './schema';

/**
 * The entries of the fit-over-time chart for one ICP: every company at its first sighting, or
 * with `listId` every company of that list at the time it was added, with its tier. Reads index
 * keys and that ICP's scores only, never whole company records (50,000 companies stay light).
 */
export async function trendEntries(
  icp: { id: string; tiers: readonly { name: string }[] },
  listId: string | undefined,
  db: IcpLensDb = getDb(),
): Promise<TrendEntry[]> {
  const [times, ids] = listId
    ? await db.listMembers
        .where('listId')
        .equals(listId)
        .toArray()
        .then((ms) => [ms.map((m) => m.addedAt), ms.map((m) => m.companyId)] as const)
    : await Promise.all([
        db.companies.orderBy('firstSeen').keys() as Promise<number[]>,
        db.companies.orderBy('firstSeen').primaryKeys() as Promise<string[]>,
      ]);
  const scores = await db.scores.where('icpId').equals(icp.id).toArray();
  const names = icp.tiers.map((t) => t.name);
  const tierOf = new Map<string, { tierKind: TierKind; tierIndex?: number }>();
  for (const s of scores) {
    const index = s.tierKind === 'tier' ? names.indexOf(s.tier) : -1;
    tierOf.set(s.companyId, { tierKind: s.tierKind, ...(index >= 0 && { tierIndex: index }) });
  }
  return ids.map((id, i) => ({ at: times[i] ?? 0, ...tierOf.get(id) }));
}
