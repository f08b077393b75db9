import { searchMatcher, tierKey } from '../lists/rows';
import { tierRank } from '../scoring/order';
import type { TierKind } from '../scoring/types';
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

/** The "source" column from a company's `sources` (extractor ids): "—" when none is known. */
export function sourceLabel(sources: readonly string[] | undefined): string {
  const names = [...new Set((sources ?? []).map((s) => SOURCE_NAMES[s] ?? s))].sort();
  if (names.length === 2 && names[0] === 'LinkedIn' && names[1] === 'Website')
    return 'LinkedIn + website';
  return names.length > 0 ? names.join(' + ') : '—';
}

/** Companies read per bulk read of the whole list. */
const PAGE = 2000;

type Score = Pick<CompanyRow, 'tier' | 'tierKind' | 'tierIndex' | 'score' | 'confidence'>;

/**
 * Only what a row shows of a stored score. Parsed on read: a damaged score reads as no score.
 */
function scoreOf(record: unknown): [string, Score] | undefined {
  const parsed = scoreRecordSchema.safeParse(record);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  return [
    s.companyId,
    { tier: s.tier, tierKind: s.tierKind, score: s.score, confidence: s.confidence },
  ];
}

/**
 * The listing row of one stored company; only the fields a row shows are kept, so the record
 * (with its facts) can be collected as soon as the row is made.
 */
function rowOf(record: unknown, score: Score | undefined): CompanyRow {
  // Parsed on read: a damaged record (a name that is an object) lists by its id, not blank.
  const c = companyListingSchema.parse(record);
  return {
    id: c.id,
    name: c.name ?? c.domain ?? c.linkedinSlug ?? c.id,
    ...(c.domain && { domain: c.domain }),
    ...(c.linkedinSlug && { linkedinSlug: c.linkedinSlug }),
    ...(score && {
      tier: score.tier,
      tierKind: score.tierKind,
      score: score.score,
      confidence: score.confidence,
    }),
    lastSeen: c.lastSeen,
    source: sourceLabel(c.sources),
  };
}

/**
 * Every stored company as a listing row with its latest score for `icpId`. Reads the companies
 * in pages of 2,000 by id (no array of every whole record with its facts is held) and that ICP's
 * scores, never the observations: the "source" column comes from each company's `sources`.
 * With `limit`, only the `limit` most recently seen companies (by the `lastSeen` index, newest
 * first) and their scores by key: the dashboard shows those at once while the whole list loads.
 * Rows of the whole list come in storage (id) order; `filterAndSort` orders them.
 */
export async function listCompanyRows(
  icpId: string,
  db: IcpLensDb = getDb(),
  options: { limit?: number } = {},
): Promise<CompanyRow[]> {
  const { limit } = options;
  if (limit !== undefined) {
    const some = await db.companies.orderBy('lastSeen').reverse().limit(limit).toArray();
    const found = await db.scores.bulkGet(some.map((c) => [icpId, c.id] as [string, string]));
    return some.map((record, i) => rowOf(record, found[i] && scoreOf(found[i])?.[1]));
  }
  const scores = new Map<string, Score>();
  for (const record of await db.scores.where('icpId').equals(icpId).toArray()) {
    const s = scoreOf(record);
    if (s) scores.set(s[0], s[1]);
  }
  // Pages of PAGE companies by primary key (one bulk read each; cursors step per record and are
  // slow): only one page of whole records is held at a time.
  const rows: CompanyRow[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined
      ? db.companies.orderBy(':id')
      : db.companies.where(':id').above(after)
    )
      .limit(PAGE)
      .toArray();
    for (const record of page) rows.push(rowOf(record, scores.get(record.id)));
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id;
  }
  return rows;
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
