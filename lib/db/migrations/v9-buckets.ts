import type { Transaction } from 'dexie';
import type {
  ListingBucketRecord,
  ListingRecord,
  ListMemberRecord,
  MemberBucketRecord,
} from '../../records';
import { listingBucketsOf } from '../listings';
import { bucketsOf } from '../members';

/*
 * Dexie version 9: list memberships and listings move from one record each (`listMembers`,
 * `listings`) into bucket records (`memberBuckets`, `listingBuckets`). Unlike the earlier
 * upgrades this one uses the live bucketing (`bucketsOf`, `listingBucketsOf`): the buckets must
 * be exactly where lib/db/members.ts and listings.ts look for them, so a change of bucketing
 * needs an upgrade of its own.
 */

/**
 * Groups every stored membership and listing into its bucket. Rows without their string keys
 * (`listId` and `companyId`; `icpId` and `companyId`) are dropped: nothing could read them. The
 * others are kept whole, fields and all.
 */
export async function bucketRowsV9(tx: Transaction): Promise<void> {
  const members: ListMemberRecord[] = [];
  await tx
    .table<ListMemberRecord, [string, string]>('listMembers')
    .toCollection()
    .each((m) => {
      if (typeof m?.listId === 'string' && typeof m.companyId === 'string') members.push(m);
    });
  if (members.length > 0)
    await tx
      .table<MemberBucketRecord, [string, number]>('memberBuckets')
      .bulkPut(bucketsOf(members));
  const listings: ListingRecord[] = [];
  await tx
    .table<ListingRecord, [string, string]>('listings')
    .toCollection()
    .each((l) => {
      if (typeof l?.icpId === 'string' && typeof l.companyId === 'string') listings.push(l);
    });
  if (listings.length > 0)
    await tx
      .table<ListingBucketRecord, [string, number]>('listingBuckets')
      .bulkPut(listingBucketsOf(listings));
}
