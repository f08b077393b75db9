import { getListings } from '../../lib/db/listings';
import type { IcpLensDb, ListingRecord } from '../../lib/db/schema';

/** Every stored listing, bucket by bucket (tests read what lib/db/listings.ts stored). */
export async function allListings(db: IcpLensDb): Promise<ListingRecord[]> {
  return (await db.listingBuckets.toArray()).flatMap((b) => b.listings);
}

/** The stored listing of one ICP and company, if any. */
export async function storedListing(
  db: IcpLensDb,
  icpId: string,
  companyId: string,
): Promise<ListingRecord | undefined> {
  const [listing] = await getListings(db, [[icpId, companyId]]);
  return listing;
}
