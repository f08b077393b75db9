import Dexie from 'dexie';
import type { ListMemberRecord, MemberBucketRecord } from '../records';
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
 * The one home of list memberships (since v9): a list's memberships are stored in buckets (see
 * buckets.ts), one record per list and bucket (`memberBuckets`, key `[listId+bucket]`), the
 * bucket of a membership given by its company id (`memberBucket`): an import of 100,000 rows
 * rewrites at most `MEMBER_BUCKETS` records per batch instead of writing 100,000. Every single
 * change (add, note, status, remove) rewrites one bucket. Callers that need atomicity with other
 * tables run these inside their own transaction, which must include `memberBuckets`; otherwise
 * each call is its own transaction.
 */

/**
 * Buckets per list. 256 keeps a bucket of a 100,000-company list near 400 memberships (about
 * 50 KB), under the 64 KB above which Chromium stores a value as a separate blob file.
 */
export const MEMBER_BUCKETS = 256;

/** The bucket (0–255) of a company's membership in any list (`bucketOf` its id). */
export const memberBucket = (companyId: string): number => bucketOf(companyId, MEMBER_BUCKETS);

const store = (db: IcpLensDb): BucketStore<ListMemberRecord, MemberBucketRecord> => ({
  table: db.memberBuckets,
  bucketOf: memberBucket,
  rowsOf: (b) => (Array.isArray(b.members) ? b.members : []),
  companyIdOf: (m) => m.companyId,
  record: (listId, bucket, members) => ({ listId, bucket, members }),
});

/**
 * The memberships of one list: by bucket, in company id order within a bucket. With `limit`,
 * the first `limit` of them (the list page shows those at once while the whole list loads).
 * Stops with the signal's reason once aborted.
 */
export async function membersOfList(
  db: IcpLensDb,
  listId: string,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<ListMemberRecord[]> {
  const { limit, signal } = options;
  const members: ListMemberRecord[] = [];
  const rowsOf = store(db).rowsOf;
  await readBuckets(db.memberBuckets, listId, {
    // A page's first rows need one or two buckets; a whole list reads 32 at a time.
    step: limit === undefined ? 32 : 2,
    signal,
    each: (b) => {
      members.push(...rowsOf(b));
      return limit !== undefined && members.length >= limit;
    },
  });
  return limit === undefined ? members : members.slice(0, limit);
}

const listOf = (m: ListMemberRecord) => m.listId;

/** The memberships of `(listId, companyId)` pairs, in the order asked; undefined where none. */
export function getMembers(
  db: IcpLensDb,
  keys: readonly (readonly [listId: string, companyId: string])[],
): Promise<(ListMemberRecord | undefined)[]> {
  return getRows(store(db), listOf, keys);
}

/** Stores memberships, replacing any of the same list and company. */
export function putMembers(db: IcpLensDb, members: readonly ListMemberRecord[]): Promise<void> {
  return putRows(store(db), listOf, members);
}

/**
 * `putMembers` in two steps (`preparePutRows`): reads and merges the membership buckets now,
 * returns their write. Both steps in the caller's transaction, which must include
 * `memberBuckets`.
 */
export function preparePutMembers(
  db: IcpLensDb,
  members: readonly ListMemberRecord[],
): Promise<() => Promise<void>> {
  return preparePutRows(store(db), listOf, members);
}

/** Edits memberships in place (`edit` gets each stored one); pairs with no membership are skipped. */
export function editMembers(
  db: IcpLensDb,
  keys: readonly (readonly [listId: string, companyId: string])[],
  edit: (member: ListMemberRecord) => ListMemberRecord,
): Promise<void> {
  return editRows(store(db), listOf, keys, edit);
}

/** Removes the memberships of some companies from one list (absent ones are ignored). */
export function deleteMembers(
  db: IcpLensDb,
  listId: string,
  companyIds: readonly string[],
): Promise<void> {
  return editRows(
    store(db),
    listOf,
    companyIds.map((c) => [listId, c] as const),
    () => undefined,
  );
}

/** Removes every membership of a list. */
export async function deleteMembersOfList(db: IcpLensDb, listId: string): Promise<void> {
  await db.memberBuckets
    .where('[listId+bucket]')
    .between([listId, Dexie.minKey], [listId, Dexie.maxKey], true, true)
    .delete();
}

/**
 * Removes the memberships import batch `batchId` added to a list; returns their company ids.
 * Reads and rewrites the list's buckets (the caller's transaction must include
 * `memberBuckets`, or this runs in its own).
 */
export async function deleteBatchMembers(
  db: IcpLensDb,
  listId: string,
  batchId: string,
): Promise<string[]> {
  const removed: string[] = [];
  await db.transaction('rw', db.memberBuckets, async () => {
    const put: MemberBucketRecord[] = [];
    const gone: [string, number][] = [];
    await readBuckets(db.memberBuckets, listId, {
      each: (b) => {
        const kept = b.members.filter((m) => m.batchId !== batchId);
        if (kept.length === b.members.length) return false;
        for (const m of b.members) if (m.batchId === batchId) removed.push(m.companyId);
        if (kept.length > 0) put.push({ ...b, members: kept });
        else gone.push([b.listId, b.bucket]);
        return false;
      },
    });
    if (put.length > 0) await db.memberBuckets.bulkPut(put);
    if (gone.length > 0) await db.memberBuckets.bulkDelete(gone);
  });
  return removed;
}

/** The ids of the lists (among `listIds`) that hold a company. */
export async function listIdsWithCompany(
  db: IcpLensDb,
  listIds: readonly string[],
  companyId: string,
): Promise<string[]> {
  const found = await getMembers(
    db,
    listIds.map((l) => [l, companyId] as const),
  );
  return listIds.filter((_, i) => found[i] !== undefined);
}

/**
 * Memberships grouped into their bucket records (pure; the v9 upgrade and a restore of a backup
 * from before v9 use it), in company id order. A later membership of the same list and company
 * replaces an earlier one.
 */
export function bucketsOf(members: Iterable<ListMemberRecord>): MemberBucketRecord[] {
  return groupRows(
    members,
    (m) => m.listId,
    (m) => m.companyId,
    memberBucket,
  ).map(({ owner, bucket, rows }) => ({ listId: owner, bucket, members: rows }));
}
