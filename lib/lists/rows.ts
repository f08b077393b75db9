import type { CompanyFacts } from '../facts';
import { tierRank } from '../scoring/order';
import type { TierKind } from '../scoring/types';
import { fold } from '../text';
import { orderRows, type SortValue } from './row-order';

/**
 * One company as a table row shows it for one ICP: the part the Companies page and a list share
 * (read from the compact `listings` table, see `lib/lists/listing.ts`).
 */
export interface ListingRow {
  name: string;
  domain?: string;
  linkedinSlug?: string;
  tier?: string;
  tierKind?: TierKind;
  /** Position of the tier in the ICP (0 = best), when `tierKind` is "tier". */
  tierIndex?: number;
  /** 0–100. */
  score?: number;
  /** 0–1. */
  confidence?: number;
  industry?: string;
  /** Employees as the facts give them, e.g. "201–500"; `employeesMin` sorts them. */
  employees?: string;
  employeesMin?: number;
  /** Headquarters, "City, CC". */
  hq?: string;
  /** Epoch ms. */
  lastSeen: number;
}

/** One company of a list as the list table shows it, for one ICP: a listing row and its membership. */
export interface ListRow extends ListingRow {
  companyId: string;
  /** Epoch ms. */
  addedAt: number;
  note: string;
  status: string;
}

export const LIST_COLUMNS = [
  'name',
  'domain',
  'linkedinSlug',
  'tier',
  'score',
  'confidence',
  'industry',
  'employees',
  'hq',
  'addedAt',
  'lastSeen',
  'note',
  'status',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** The firmographics a list row shows, read from merged company facts. */
export function firmographicsOf(
  facts: CompanyFacts,
): Pick<ListingRow, 'industry' | 'employees' | 'employeesMin' | 'hq'> {
  const e = facts.employees?.value;
  const hq = facts.headquarters?.value;
  const place = hq ? [hq.city, hq.country].filter(Boolean).join(', ') || hq.raw : undefined;
  return {
    ...(facts.industry && { industry: facts.industry.value }),
    ...(e && {
      employees:
        e.max === undefined ? `${e.min}+` : e.min === e.max ? `${e.min}` : `${e.min}–${e.max}`,
      employeesMin: e.min,
    }),
    ...(place && { hq: place }),
  };
}

export interface ListRowView {
  /** Name or domain contains it (case and accents ignored). */
  query?: string;
  /**
   * Only rows whose tier is one of these: an ICP tier by position (`tier:0`, `tier:1`, …), or
   * `bad`, `disqualified`, `insufficient`, `unscored`. None or empty: every row.
   */
  tiers?: readonly string[];
  sort?: { column: ListColumn; direction: 'asc' | 'desc' };
}

/** The filter key of a row's tier: `tier:<index>`, `bad`, `disqualified`, `insufficient`, `unscored`. */
export function tierKey(row: Pick<ListRow, 'tierKind' | 'tierIndex'>): string {
  if (!row.tierKind) return 'unscored';
  return row.tierKind === 'tier' ? `tier:${row.tierIndex ?? 0}` : row.tierKind;
}

/** How many rows per tier key (see `tierKey`). */
export function countByTier(rows: readonly ListRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = tierKey(r);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * A list row's value in a sort column (see `orderRows`): the tier's place in the ICP order, the
 * size's lower bound, a note only when written; `name` is always the row's name (the ties read
 * it under that column).
 */
export function listSortValue(row: ListRow, column: string): SortValue {
  switch (column as ListColumn) {
    case 'tier':
      return row.tierKind
        ? tierRank({ tierKind: row.tierKind, tierIndex: row.tierIndex })
        : undefined;
    case 'employees':
      return row.employeesMin;
    case 'name':
      return row.name;
    case 'note':
      return row.note || undefined;
    default:
      return row[column as Exclude<ListColumn, 'tier' | 'employees' | 'name' | 'note'>];
  }
}

/**
 * What a search box finds: the name with case and accents ignored ("cafe" finds "Café Olé"), or
 * the domain as typed ("alpha.vn": folding would turn its "." into a space). An empty query
 * finds every row.
 */
export function searchMatcher(
  query: string | undefined,
): (row: { name: string; domain?: string }) => boolean {
  const folded = fold(query ?? '');
  const domain = (query ?? '').trim().toLowerCase();
  if (!folded && !domain) return () => true;
  return (r) =>
    (folded !== '' && fold(r.name).includes(folded)) || (r.domain ?? '').includes(domain);
}

/**
 * The rows matching `view`, sorted. Empty values sort last in both directions; ties by score
 * (highest first), then name (`tableCollator`: accents and case ignored, "Company 2" before
 * "Company 10"). Sorting by tier is by the ICP's tier order (best first when ascending). Each
 * column is ranked once per `rows` array (`orderRows`), so a second sort of 100,000 rows
 * compares numbers only; rank the text columns ahead (`seedRanks`) to keep the first one fast.
 */
export function filterAndSortRows(rows: readonly ListRow[], view: ListRowView): ListRow[] {
  const found = searchMatcher(view.query);
  const tiers = view.tiers?.length ? new Set(view.tiers) : undefined;
  const filtering = tiers !== undefined || (view.query ?? '').trim() !== '';
  return orderRows(
    rows,
    filtering ? (r) => (!tiers || tiers.has(tierKey(r))) && found(r) : undefined,
    view.sort,
    listSortValue,
  );
}
