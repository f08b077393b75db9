import { type TrendEntry, weekStart } from '../lists/trends';
import type { TierKind } from '../scoring/types';
import { scoredTierKeys, tierKeysOfIcp } from './listing-read';
import { membersOfList } from './members';
import { getDb, type IcpLensDb } from './schema';

const WEEK = 7 * 24 * 3600 * 1000;

/** The tier kind and position a tier key stands for (`tier:1` → tier 1). */
function tierOfKey(key: string): Pick<TrendEntry, 'tierKind' | 'tierIndex'> {
  if (key === 'unscored') return {};
  if (key.startsWith('tier:')) return { tierKind: 'tier', tierIndex: Number(key.slice(5)) };
  return { tierKind: key as TierKind };
}

/**
 * The entries of the fit-over-time chart for one ICP between `from` and `to` (epoch ms, both
 * inclusive), weighted (`count`), for `weeklyFit`: every company at its first sighting, or with
 * `listId` every company of that list at the time it was added, with its tier (`unscored` when
 * the ICP has no score for it). Reads the ICP's listing buckets once (`tierKeysOfIcp`: tier and
 * first sighting per company) and, for the whole database, per week of the range one `count()`
 * over the companies' `firstSeen` index (unscored = companies − scored); a list reads its
 * membership buckets.
 */
export async function trendEntries(
  icp: { id: string; tiers: readonly { name: string }[] },
  listId: string | undefined,
  range: { from: number; to: number },
  db: IcpLensDb = getDb(),
): Promise<TrendEntry[]> {
  const keys = scoredTierKeys(icp.tiers.length);
  if (listId) {
    const [members, tierOf] = await Promise.all([
      membersOfList(db, listId),
      tierKeysOfIcp(db, icp.id, icp.tiers.length),
    ]);
    return members.flatMap((m) =>
      m.addedAt < range.from || m.addedAt > range.to
        ? []
        : [{ at: m.addedAt, ...tierOfKey(tierOf.get(m.companyId)?.tierKey ?? 'unscored') }],
    );
  }
  const first = weekStart(range.from);
  const weeks: { lo: number; hi: number; lastWeek: boolean }[] = [];
  for (let start = first; start <= range.to; start += WEEK)
    weeks.push({
      lo: Math.max(start, range.from),
      hi: Math.min(start + WEEK, range.to),
      lastWeek: start + WEEK > range.to,
    });
  const [tierOf, all] = await Promise.all([
    tierKeysOfIcp(db, icp.id, icp.tiers.length),
    Promise.all(
      weeks.map(({ lo, hi, lastWeek }) =>
        db.companies.where('firstSeen').between(lo, hi, true, lastWeek).count(),
      ),
    ),
  ]);
  // scored[week][key]: companies first seen that week, by tier key.
  const column = new Map(keys.map((key, i) => [key, i]));
  const scored = weeks.map(() => keys.map(() => 0));
  for (const { tierKey, firstSeen } of tierOf.values()) {
    const k = column.get(tierKey);
    if (k === undefined || firstSeen < range.from || firstSeen > range.to) continue;
    const week = scored[Math.floor((firstSeen - first) / WEEK)];
    if (week) week[k] = (week[k] ?? 0) + 1;
  }
  return weeks.flatMap(({ lo }, w) => {
    const counts = scored[w] ?? [];
    const counted = counts.reduce((sum, n) => sum + n, 0);
    const entries: TrendEntry[] = keys.map((key, i) => ({
      at: lo,
      ...tierOfKey(key),
      count: counts[i] ?? 0,
    }));
    entries.push({ at: lo, count: Math.max(0, (all[w] ?? 0) - counted) });
    return entries.filter((e) => (e.count ?? 0) > 0);
  });
}
