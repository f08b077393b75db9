import { type TrendEntry, weekStart } from '../lists/trends';
import type { TierKind } from '../scoring/types';
import { companiesNotIn } from './company-store';
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
 * first sighting per company); the whole database's unscored companies are the stored ones
 * with no listing there (`unlistedSightings`); a list reads its membership buckets.
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
  const weeks: number[] = [];
  for (let start = first; start <= range.to; start += WEEK) weeks.push(Math.max(start, range.from));
  const weekOf = (at: number) =>
    at < range.from || at > range.to ? undefined : Math.floor((at - first) / WEEK);
  const tierOf = await tierKeysOfIcp(db, icp.id, icp.tiers.length);
  // scored[week][key]: companies first seen that week, by tier key; unscored[week]: the others.
  const column = new Map(keys.map((key, i) => [key, i]));
  const scored = weeks.map(() => keys.map(() => 0));
  for (const { tierKey, firstSeen } of tierOf.values()) {
    const k = column.get(tierKey);
    const w = weekOf(firstSeen);
    const week = w === undefined ? undefined : scored[w];
    if (k !== undefined && week) week[k] = (week[k] ?? 0) + 1;
  }
  const unscored = weeks.map(() => 0);
  for (const firstSeen of await unlistedSightings(db, tierOf)) {
    const w = weekOf(firstSeen);
    if (w !== undefined && w < unscored.length) unscored[w] = (unscored[w] ?? 0) + 1;
  }
  return weeks.flatMap((lo, w) => {
    const counts = scored[w] ?? [];
    const entries: TrendEntry[] = keys.map((key, i) => ({
      at: lo,
      ...tierOfKey(key),
      count: counts[i] ?? 0,
    }));
    entries.push({ at: lo, count: unscored[w] ?? 0 });
    return entries.filter((e) => (e.count ?? 0) > 0);
  });
}

/**
 * The first sightings (epoch ms) of the stored companies not in `listed` (for an ICP: unscored):
 * a database with as many companies as `listed` reads no company record (`companiesNotIn`).
 */
async function unlistedSightings(
  db: IcpLensDb,
  listed: ReadonlyMap<string, unknown>,
): Promise<number[]> {
  const sightings: number[] = [];
  for (const company of await companiesNotIn(db, listed))
    if (typeof company?.firstSeen === 'number') sightings.push(company.firstSeen);
  return sightings;
}
