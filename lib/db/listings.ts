import Dexie from 'dexie';
import { type ListedCompany, listingOf } from '../lists/listing';
import type { ListingBucketRecord, ListingRecord, ScoreRecord } from '../records';
import {
  type BucketStore,
  bucketOf,
  editRows,
  getRows,
  groupRows,
  preparePutRows,
  putRows,
  readBuckets,
} from './buckets';
import type { IcpLensDb } from './schema';

/*
 * The one home of listings, where a company's score per ICP lives (since v8 there is no scores
 * table). Since v9 the listings of an ICP are stored in buckets (see buckets.ts), one record per
 * ICP and bucket (`listingBuckets`, key `[icpId+bucket]`), the bucket given by the company id
 * (`listingBucket`): an import of 100,000 rows rewrites at most `LISTING_BUCKETS` records per ICP
 * and batch instead of writing 100,000. Every score goes through `putScores` (page visits,
 * corrections, imports, restores), every change of a company's record through
 * `refreshListings`, every removed company or ICP through `dropListings…`; reads go through
 * `getListings` and `readIcpListings`. Callers run these inside a transaction that includes
 * `listingBuckets` when they need atomicity.
 */

/**
 * Buckets per ICP. 1,024 keeps a bucket of 100,000 companies near 100 listings (about 35 KB),
 * under the 64 KB above which Chromium stores a value as a separate blob file, and a page of the
 * Companies list (50 rows) reads at most 50 small records.
 */
export const LISTING_BUCKETS = 1024;

/** The bucket (0–1023) of a company's listing for any ICP (`bucketOf` its id). */
export const listingBucket = (companyId: string): number => bucketOf(companyId, LISTING_BUCKETS);

/** Listings of a bucket as stored: [] when the record is damaged. Items are unchecked. */
const listingsIn = (b: ListingBucketRecord): readonly ListingRecord[] =>
  Array.isArray(b.listings) ? b.listings : [];

const store = (db: IcpLensDb): BucketStore<ListingRecord, ListingBucketRecord> => ({
  table: db.listingBuckets,
  bucketOf: listingBucket,
  rowsOf: listingsIn,
  companyIdOf: (l) => l.companyId,
  record: (icpId, bucket, listings) => ({ icpId, bucket, listings }),
});

/** A score to store with the tier's position in the ICP (which `ScoreRecord` does not keep). */
export type ScoreToStore = ScoreRecord & { tierIndex?: number };

/**
 * Stores the listing of each score's (ICP, company) in bulk, replacing older ones. `companies`
 * gives the company record of each score by id; a score whose company is not given is not stored
 * (no such company: nothing to list). Returns the listings.
 */
export async function putScores(
  db: IcpLensDb,
  scores: readonly ScoreToStore[],
  companies: ReadonlyMap<string, ListedCompany>,
): Promise<ListingRecord[]> {
  const listings = listingsOf(scores, companies);
  await writeListings(db, listings);
  return listings;
}

/**
 * `putScores` in two steps (`preparePutRows`): reads and merges the listing buckets now, returns
 * their write. For an import, which asks for its companies' writes in between; both steps in the
 * caller's transaction, which must include `listingBuckets`.
 */
export function prepareScores(
  db: IcpLensDb,
  scores: readonly ScoreToStore[],
  companies: ReadonlyMap<string, ListedCompany>,
): Promise<() => Promise<void>> {
  return preparePutRows(store(db), icpOf, listingsOf(scores, companies));
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

const icpOf = (l: ListingRecord) => l.icpId;

/** Stores listings, each replacing the one of the same ICP and company. */
function writeListings(db: IcpLensDb, listings: readonly ListingRecord[]): Promise<void> {
  return putRows(store(db), icpOf, listings);
}

/**
 * The stored listings of `(icpId, companyId)` pairs, in the order asked (undefined where none),
 * as stored: unchecked (see `readListing` in listing-read.ts). One read per bucket.
 */
export function getListings(
  db: IcpLensDb,
  keys: readonly (readonly [icpId: string, companyId: string])[],
): Promise<(ListingRecord | undefined)[]> {
  return getRows(store(db), icpOf, keys);
}

/**
 * Every stored listing of one ICP, as stored (unchecked), bucket by bucket, `each` called per
 * bucket's listings; between reads it stops with `signal`'s reason once aborted.
 */
export async function readIcpListings(
  db: IcpLensDb,
  icpId: string,
  each: (listings: readonly unknown[]) => void,
  signal?: AbortSignal,
): Promise<void> {
  await readBuckets(db.listingBuckets, icpId, {
    step: 128,
    signal,
    each: (b) => {
      each(listingsIn(b));
      return false;
    },
  });
}

/** The stored ICPs' ids: a company has at most one listing per ICP. */
function icpIds(db: IcpLensDb): Promise<string[]> {
  return db.icps.toCollection().primaryKeys();
}

/**
 * Copies a company's changed record (name, domain, firmographics, sources, sightings) into its
 * listings for every ICP, keeping their scores. Reads only that company's buckets (one per stored
 * ICP); the caller's transaction must include `icps` and `listingBuckets`.
 */
export async function refreshListings(db: IcpLensDb, company: ListedCompany): Promise<void> {
  const keys = (await icpIds(db)).map((icpId) => [icpId, company.id] as const);
  const old = (await getListings(db, keys)).filter((l) => l !== undefined);
  if (old.length === 0) return;
  await writeListings(
    db,
    old.map((l) => listingOf(company, { ...l, at: l.updatedAt })),
  );
}

/** Removes the listings of `(icpId, companyId)` pairs (absent ones are ignored). */
function removeListings(
  db: IcpLensDb,
  keys: readonly (readonly [icpId: string, companyId: string])[],
): Promise<void> {
  return editRows(store(db), icpOf, keys, () => undefined);
}

/**
 * Removes the listings of companies that no longer exist (joined into another one, or removed by
 * a cancelled import), for every stored ICP; the caller's transaction must include `icps` and
 * `listingBuckets`.
 */
export async function dropCompanyListings(
  db: IcpLensDb,
  companyIds: readonly string[],
): Promise<void> {
  if (companyIds.length === 0) return;
  const ids = await icpIds(db);
  await removeListings(
    db,
    ids.flatMap((icpId) => companyIds.map((c) => [icpId, c] as const)),
  );
}

/** Removes every listing of a deleted ICP. */
export async function dropIcpListings(db: IcpLensDb, icpId: string): Promise<void> {
  await db.listingBuckets
    .where('[icpId+bucket]')
    .between([icpId, Dexie.minKey], [icpId, Dexie.maxKey], true, true)
    .delete();
}

/**
 * Listings grouped into their bucket records (pure; the v9 upgrade and a restore use it), in
 * company id order; a later listing of the same ICP and company replaces an earlier one.
 */
export function listingBucketsOf(listings: Iterable<ListingRecord>): ListingBucketRecord[] {
  return groupRows(
    listings,
    (l) => l.icpId,
    (l) => l.companyId,
    listingBucket,
  ).map(({ owner, bucket, rows }) => ({ icpId: owner, bucket, listings: rows }));
}
