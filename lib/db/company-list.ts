import { orderRows, type SortValue } from '../lists/row-order';
import { type ListingRow, searchMatcher, tierKey } from '../lists/rows';
import { tierRank } from '../scoring/order';
import type { TierKind } from '../scoring/types';
import { companiesNotIn, firstCompanies } from './company-store';
import { type ListedRow, listingRowsOfIcp, rowsOfCompanies, unscoredRowOf } from './listing-read';
import { getDb, type IcpLensDb } from './schema';

/** One stored company as the Companies page lists it for one ICP (a listing row, see `ListingRow`). */
export interface CompanyRow extends ListingRow {
  id: string;
  /** Where it was seen: extractor ids joined by " + " ("linkedin-company + website"; see `sourceKey`). */
  source: string;
}

/**
 * The "source" column's value from a company's `sources`: its extractor ids ("account-file",
 * "linkedin-company", "website"), sorted and joined by " + ", "" when none is known. It sorts the
 * column; the page words it in the UI language (`sourcesText` in components/labels).
 */
export function sourceKey(sources: readonly string[] | undefined): string {
  return [...new Set(sources ?? [])].sort().join(' + ');
}

/** A listed row as the Companies page shows it. */
function companyRow({ companyId, sources, ...row }: ListedRow): CompanyRow {
  return { id: companyId, ...row, source: sourceKey(sources) };
}

/**
 * Every stored company as a listing row with its latest score for `icpId`, read from the compact
 * listings (never whole company records, observations or scores); only when some companies have
 * no listing for that ICP (unscored) are the company records read (`companiesNotIn`). Rows come
 * in id order; `filterAndSort` orders them. With `limit`, the first `limit` companies in bucket
 * order (`firstCompanies`) with their listings: the dashboard shows those at once while the
 * whole list loads, and sorts them as it sorts the whole list.
 */
export async function listCompanyRows(
  icpId: string,
  db: IcpLensDb = getDb(),
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<CompanyRow[]> {
  const { limit, signal } = options;
  if (limit !== undefined) {
    const ids = (await firstCompanies(db, limit)).map((c) => c.id);
    const found = await rowsOfCompanies(db, icpId, ids);
    return ids.flatMap((id) => {
      const row = found.get(id);
      return row ? [companyRow(row)] : [];
    });
  }
  const listed = await listingRowsOfIcp(db, icpId, signal);
  const have = new Set(listed.map((r) => r.companyId));
  const unscored = (await companiesNotIn(db, have, signal)).map(unscoredRowOf);
  const rows = [...listed, ...unscored].map(companyRow);
  return unscored.length > 0 ? rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : rows;
}

/** The Companies page's sort columns, `name` first (every sort's ties read it; ranked first). */
export const COMPANY_SORT_COLUMNS = [
  'name',
  'tier',
  'score',
  'confidence',
  'lastSeen',
  'source',
] as const;
export type SortColumn = (typeof COMPANY_SORT_COLUMNS)[number];

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

/** A company row's value in a sort column: the tier's place in the ICP order, else the field. */
export function companySortValue(row: CompanyRow, column: string): SortValue {
  if (column === 'tier')
    return row.tierKind
      ? tierRank({ tierKind: row.tierKind, tierIndex: row.tierIndex })
      : undefined;
  return row[column as Exclude<SortColumn, 'tier'>];
}

/**
 * The rows matching a search (name or domain, case and accents ignored), filtered and sorted the
 * way a list sorts (`orderRows`): empty values last in both directions, ties by score (highest
 * first), then name (numbers in names by value). Each column is ranked once per `rows` array.
 */
export function filterAndSort(rows: readonly CompanyRow[], view: ListView): CompanyRow[] {
  const found = searchMatcher(view.query);
  const kinds = view.tierKinds?.length ? new Set(view.tierKinds) : undefined;
  const tiers = view.tiers?.length ? new Set(view.tiers) : undefined;
  const filtering = kinds !== undefined || tiers !== undefined || (view.query ?? '').trim() !== '';
  return orderRows(
    rows,
    filtering
      ? (r) =>
          (!kinds || (r.tierKind !== undefined && kinds.has(r.tierKind))) &&
          (!tiers || tiers.has(tierKey(r))) &&
          found(r)
      : undefined,
    view.sort,
    companySortValue,
  );
}
