import { searchMatcher, tierKey } from '../lists/rows';
import { tierRank } from '../scoring/order';
import type { TierKind } from '../scoring/types';
import { fold } from '../text';
import { companyListingSchema, scoreRecordSchema } from './records-schema';
import { getDb, type IcpLensDb } from './schema';

/** One stored company as the dashboard lists it for one ICP. */
export interface CompanyRow {
  id: string;
  name: string;
  domain?: string;
  linkedinSlug?: string;
  tier?: string;
  tierKind?: TierKind;
  /** Position of the tier in the ICP (0 = best), when `tierKind` is "tier". */
  tierIndex?: number;
  score?: number;
  confidence?: number;
  lastSeen: number;
  /** Where it was seen: "LinkedIn", "Website", "LinkedIn + website". */
  source: string;
}

const SOURCE_NAMES: Record<string, string> = { 'linkedin-company': 'LinkedIn', website: 'Website' };

/**
 * Every stored company with its latest score for `icpId`, in bulk reads (companies, that ICP's
 * scores, the observations). With `limit`, only the most recently seen companies: the dashboard
 * shows those at once while the whole list loads.
 */
export async function listCompanyRows(
  icpId: string,
  db: IcpLensDb = getDb(),
  options: { limit?: number } = {},
): Promise<CompanyRow[]> {
  const { limit } = options;
  const [companies, scores, observations] =
    limit === undefined
      ? await Promise.all([
          db.companies.toArray(),
          db.scores.where('icpId').equals(icpId).toArray(),
          db.observations.toArray(),
        ])
      : await db.companies
          .orderBy('lastSeen')
          .reverse()
          .limit(limit)
          .toArray()
          .then(async (some) => {
            const ids = some.map((c) => c.id);
            const [found, seen] = await Promise.all([
              db.scores.bulkGet(ids.map((id) => [icpId, id] as [string, string])),
              db.observations.where('companyId').anyOf(ids).toArray(),
            ]);
            return [some, found.filter((s) => s !== undefined), seen] as const;
          });
  // Parsed on read: a damaged score reads as no score, a damaged observation as no source.
  const scoreOf = new Map(
    scores.flatMap((s) => {
      const parsed = scoreRecordSchema.safeParse(s);
      return parsed.success ? [[parsed.data.companyId, parsed.data] as const] : [];
    }),
  );
  const sources = new Map<string, Set<string>>();
  for (const o of observations) {
    if (typeof o.extractor !== 'string' || typeof o.companyId !== 'string') continue;
    const set = sources.get(o.companyId) ?? new Set<string>();
    set.add(SOURCE_NAMES[o.extractor] ?? o.extractor);
    sources.set(o.companyId, set);
  }
  return companies.map((record) => {
    // Parsed on read: a damaged record (a name that is an object) lists by its id, not blank.
    const c = companyListingSchema.parse(record);
    const s = scoreOf.get(c.id);
    const seen = [...(sources.get(c.id) ?? [])].sort();
    return {
      id: c.id,
      name: c.name ?? c.domain ?? c.linkedinSlug ?? c.id,
      ...(c.domain && { domain: c.domain }),
      ...(c.linkedinSlug && { linkedinSlug: c.linkedinSlug }),
      ...(s && { tier: s.tier, tierKind: s.tierKind, score: s.score, confidence: s.confidence }),
      lastSeen: c.lastSeen,
      source: seen.length === 2 ? 'LinkedIn + website' : (seen[0] ?? '—'),
    };
  });
}

export type SortColumn = 'name' | 'tier' | 'score' | 'confidence' | 'lastSeen' | 'source';

export interface ListView {
  query?: string;
  /** Only these tier kinds (an empty list or none: all). */
  tierKinds?: readonly TierKind[];
  /**
   * Only these tiers, each separately: `tier:<index>` for a tier of the ICP, or a kind (`bad`,
   * `disqualified`, `insufficient`, `unscored`). An empty list or none: all. See `tierKey`.
   */
  tiers?: readonly string[];
  sort?: { column: SortColumn; direction: 'asc' | 'desc' };
}

const compare = (a: unknown, b: unknown) => {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));
};

/** The rows matching a search (name or domain, case and accents ignored), filtered and sorted. */
export function filterAndSort(rows: readonly CompanyRow[], view: ListView): CompanyRow[] {
  const found = searchMatcher(view.query);
  const kinds = view.tierKinds?.length ? new Set(view.tierKinds) : undefined;
  const tiers = view.tiers?.length ? new Set(view.tiers) : undefined;
  const kept = rows.filter(
    (r) =>
      (!kinds || (r.tierKind !== undefined && kinds.has(r.tierKind))) &&
      (!tiers || tiers.has(tierKey(r))) &&
      found(r),
  );
  const sort = view.sort;
  if (!sort) return kept;
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Unscored companies sort last either way.
  const key = (r: CompanyRow) =>
    sort.column === 'tier'
      ? r.tierKind && tierRank({ tierKind: r.tierKind, tierIndex: r.tierIndex })
      : r[sort.column];
  return kept.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === undefined || y === undefined) return compare(x, y);
    return sign * compare(x, y) || a.name.localeCompare(b.name);
  });
}
