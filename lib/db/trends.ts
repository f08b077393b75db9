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
 * the ICP has no score for it). The whole-database chart reads counts only: per week of the
 * range, one `count()` per tier over the listings' `[icpId+tierKey+firstSeen]` index and one over
 * the companies' `firstSeen` index (unscored = companies − scored), so two years of 50,000
 * companies are a few hundred index counts, no record. A list reads its membership buckets and the
 * listing keys per tier (`tierKeysOfIcp`).
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
        : [{ at: m.addedAt, ...tierOfKey(tierOf.get(m.companyId) ?? 'unscored') }],
    );
  }
  const weeks: { lo: number; hi: number; lastWeek: boolean }[] = [];
  for (let start = weekStart(range.from); start <= range.to; start += WEEK)
    weeks.push({
      lo: Math.max(start, range.from),
      hi: Math.min(start + WEEK, range.to),
      lastWeek: start + WEEK > range.to,
    });
  const index = db.listings.where('[icpId+tierKey+firstSeen]');
  return db.transaction('r', db.listings, db.companies, () =>
    Promise.all(
      weeks.map(async ({ lo, hi, lastWeek }) => {
        const [all, ...scored] = await Promise.all([
          db.companies.where('firstSeen').between(lo, hi, true, lastWeek).count(),
          ...keys.map((key) =>
            index.between([icp.id, key, lo], [icp.id, key, hi], true, lastWeek).count(),
          ),
        ]);
        const counted = scored.reduce((sum, n) => sum + n, 0);
        const entries: TrendEntry[] = keys.map((key, i) => ({
          at: lo,
          ...tierOfKey(key),
          count: scored[i] ?? 0,
        }));
        entries.push({ at: lo, count: Math.max(0, (all ?? 0) - counted) });
        return entries.filter((e) => (e.count ?? 0) > 0);
      }),
    ).then((perWeek) => perWeek.flat()),
  );
}
