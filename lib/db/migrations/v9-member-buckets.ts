import type { Transaction } from 'dexie';
import type { ListMemberRecord, MemberBucketRecord } from '../../records';
import { bucketsOf } from '../members';

/*
 * Dexie version 9: list memberships move from one record each (`listMembers`) into bucket records
 * (`memberBuckets`). Unlike the earlier upgrades this one uses the live bucketing (`bucketsOf`):
 * the buckets must be exactly where lib/db/members.ts looks for them, so a change of bucketing
 * needs an upgrade of its own.
 */

/**
 * Groups every stored membership into its bucket. Rows without a string `listId` and `companyId`
 * are dropped (they could never be read); the others are kept whole, fields and all.
 */
export async function bucketMembersV9(tx: Transaction): Promise<void> {
  const members: ListMemberRecord[] = [];
  await tx
    .table<ListMemberRecord, [string, string]>('listMembers')
    .toCollection()
    .each((m) => {
      if (typeof m?.listId === 'string' && typeof m.companyId === 'string') members.push(m);
    });
  if (members.length === 0) return;
  await tx.table<MemberBucketRecord, [string, number]>('memberBuckets').bulkPut(bucketsOf(members));
}
