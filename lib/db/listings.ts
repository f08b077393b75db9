import Dexie from 'dexie';
import { type ListedCompany, listingOf } from '../lists/listing';
import type { ListingRecord, ScoreRecord } from '../records';
import type { IcpLensDb } from './schema';

/*
 * The one write path of the compact `listings` table, where a company's score per ICP lives
 * (since v8 there is no separate scores table): every score goes through `putScores` (page
 * visits, corrections, imports, restores), every change of a company's record through
 * `refreshListings`, every removed company or ICP through `dropListings…`. Callers run these
 * inside a transaction that includes `listings` when they need atomicity.
 */

/** A score to store with the tier's position in the ICP (which `ScoreRecord` does not keep). */
export type ScoreToStore = ScoreRecord & { tierIndex?: number };

/**
 * Stores the listing of each score's (ICP, company) in bulk (`bulkPut`, replacing older ones).
 * `companies` gives the company record of each score by id; a score whose company is not given
 * is not stored (no such company: nothing to list). Returns the listings.
 */
export async function putScores(
  db: IcpLensDb,
  scores: readonly ScoreToStore[],
  companies: ReadonlyMap<string, ListedCompany>,
): Promise<ListingRecord[]> {
  const listings = listingsOf(scores, companies);
  await db.listings.bulkPut(listings);
  return listings;
}

/** The listings of `scores` for the companies given (pure; see `putScores`). */
export function listingsOf(
  scores: readonly ScoreToStore[],
  companies: ReadonlyMap<string, ListedCompany>,
): ListingRecord[] {
  return scores.flatMap((s) => {
    const company = companies.get(s.companyId);
    return company ? [listingOf(company, s)] : [];
  });
}

/** The stored ICPs' ids: a company has at most one listing per ICP (read by key, no index). */
function icpIds(db: IcpLensDb): Promise<string[]> {
  return db.icps.toCollection().primaryKeys();
}

/**
 * Copies a company's changed record (name, domain, firmographics, sources, sightings) into its
 * listings for every ICP, keeping their scores. Reads only that company's listings (by key, one
 * per stored ICP); the caller's transaction must include `icps` and `listings`.
 */
export async function refreshListings(db: IcpLensDb, company: ListedCompany): Promise<void> {
  const keys = (await icpIds(db)).map((icpId) => [icpId, company.id] as [string, string]);
  const old = (await db.listings.bulkGet(keys)).filter((l) => l !== undefined);
  if (old.length === 0) return;
  await db.listings.bulkPut(old.map((l) => listingOf(company, { ...l, at: l.updatedAt })));
}

/**
 * Removes the listings of companies that no longer exist (joined into another one), for every
 * stored ICP; the caller's transaction must include `icps` and `listings`.
 */
export async function dropCompanyListings(
  db: IcpLensDb,
  companyIds: readonly string[],
): Promise<void> {
  if (companyIds.length === 0) return;
  const ids = await icpIds(db);
  await db.listings.bulkDelete(
    ids.flatMap((icpId) => companyIds.map((c) => [icpId, c] as [string, string])),
  );
}

/** Removes every listing of a deleted ICP. */
export async function dropIcpListings(db: IcpLensDb, icpId: string): Promise<void> {
  await db.listings
    .where('[icpId+companyId]')
    .between([icpId, Dexie.minKey], [icpId, Dexie.maxKey], true, true)
    .delete();
}
