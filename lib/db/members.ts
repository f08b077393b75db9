import Dexie from 'dexie';
import type { ListMemberRecord, MemberBucketRecord } from '../records';
import type { IcpLensDb } from './schema';

/*
 * The one home of list memberships (since v9): a list's memberships are stored in buckets, one
 * record per list and bucket (`memberBuckets`, key `[listId+bucket]`), the bucket of a membership
 * given by its company id (`memberBucket`). IndexedDB in Chromium pays about 60–130 µs per record
 * written, whatever its size up to tens of KB, so an import of 100,000 rows writing one record per
 * membership spent a third of its time there; it now rewrites at most `MEMBER_BUCKETS` records
 * per batch. Every single change (add, note, status, remove) rewrites one bucket. Callers that
 * need atomicity with other tables run these inside their own transaction, which must include
 * `memberBuckets`; otherwise each call is its own transaction.
 */

/**
 * Buckets per list. 256 keeps a bucket of a 100,000-company list near 400 memberships (about
 * 50 KB), under the 64 KB above which Chromium stores a value as a separate blob file.
 */
export const MEMBER_BUCKETS = 256;

/** The bucket (0–255) of a company's membership in any list: FNV-1a (32-bit) of its id. */
export function memberBucket(companyId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < companyId.length; i++) {
    hash ^= companyId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % MEMBER_BUCKETS;
}

const bucketKey = (listId: string, companyId: string): [string, number] => [
  listId,
  memberBucket(companyId),
];
const keyText = ([listId, bucket]: [string, number]) => `${bucket} ${listId}`;

/** A list's bucket records, in bucket order; read a slice at a time when `signal` may stop it. */
function bucketsOfList(db: IcpLensDb, listId: string) {
  return db.memberBuckets
    .where('[listId+bucket]')
    .between([listId, Dexie.minKey], [listId, Dexie.maxKey], true, true);
}

/** Buckets read per step of a whole list's read (between steps an aborted signal stops it). */
const BUCKETS_PER_READ = 32;

/**
 * The memberships of one list: by bucket, in company id order within a bucket. With `limit`,
 * about the first `limit` (the buckets read until that many are found; the list page shows
 * those at once while the whole list loads). Stops with the signal's reason once aborted.
 */
export async function membersOfList(
  db: IcpLensDb,
  listId: string,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<ListMemberRecord[]> {
  const { limit, signal } = options;
  const members: ListMemberRecord[] = [];
  for (let from = 0; from < MEMBER_BUCKETS; from += BUCKETS_PER_READ) {
    signal?.throwIfAborted();
    const buckets = await db.memberBuckets
      .where('[listId+bucket]')
      .between([listId, from], [listId, from + BUCKETS_PER_READ], true, false)
      .toArray();
    for (const b of buckets) members.push(...b.members);
    if (limit !== undefined && members.length >= limit) return members.slice(0, limit);
  }
  return members;
}

/** How many companies each list holds (list id → count; 0 for a list with none). */
export async function countMembers(
  db: IcpLensDb,
  listIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const listId of listIds) {
    let n = 0;
    await bucketsOfList(db, listId).each((b) => {
      n += b.members.length;
    });
    counts.set(listId, n);
  }
  return counts;
}

/** The memberships of `(listId, companyId)` pairs, in the order asked; undefined where none. */
export async function getMembers(
  db: IcpLensDb,
  keys: readonly (readonly [listId: string, companyId: string])[],
): Promise<(ListMemberRecord | undefined)[]> {
  const wanted = new Map<string, [string, number]>();
  for (const [listId, companyId] of keys) {
    const key = bucketKey(listId, companyId);
    wanted.set(keyText(key), key);
  }
  const buckets = await db.memberBuckets.bulkGet([...wanted.values()]);
  const byKey = new Map<string, ListMemberRecord>();
  for (const b of buckets)
    for (const m of b?.members ?? []) byKey.set(`${m.listId}\n${m.companyId}`, m);
  return keys.map(([listId, companyId]) => byKey.get(`${listId}\n${companyId}`));
}

/**
 * Rewrites the buckets of the given `(listId, companyId)` pairs: `change` gets each bucket's
 * memberships by company id (and the bucket's key) and edits them in place. One read and one
 * write per bucket touched, in one transaction (the caller's, when it includes `memberBuckets`);
 * a bucket left empty is deleted.
 */
async function changeBuckets(
  db: IcpLensDb,
  touched: Iterable<readonly [listId: string, companyId: string]>,
  change: (members: Map<string, ListMemberRecord>, key: string) => void,
): Promise<void> {
  const keys = new Map<string, [string, number]>();
  for (const [listId, companyId] of touched) {
    const key = bucketKey(listId, companyId);
    keys.set(keyText(key), key);
  }
  if (keys.size === 0) return;
  await db.transaction('rw', db.memberBuckets, async () => {
    const wanted = [...keys.entries()];
    const old = await db.memberBuckets.bulkGet(wanted.map(([, key]) => key));
    const put: MemberBucketRecord[] = [];
    const gone: [string, number][] = [];
    wanted.forEach(([text, [listId, bucket]], i) => {
      const members = new Map((old[i]?.members ?? []).map((m) => [m.companyId, m]));
      change(members, text);
      if (members.size > 0) put.push({ listId, bucket, members: byCompanyId(members) });
      else if (old[i]) gone.push([listId, bucket]);
    });
    if (put.length > 0) await db.memberBuckets.bulkPut(put);
    if (gone.length > 0) await db.memberBuckets.bulkDelete(gone);
  });
}

const byCompanyId = (members: Map<string, ListMemberRecord>) =>
  [...members.values()].sort((a, b) =>
    a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0,
  );

/** Stores memberships, replacing any of the same list and company. */
export async function putMembers(
  db: IcpLensDb,
  members: readonly ListMemberRecord[],
): Promise<void> {
  const byBucket = new Map<string, ListMemberRecord[]>();
  for (const m of members) {
    const key = keyText(bucketKey(m.listId, m.companyId));
    const list = byBucket.get(key);
    if (list) list.push(m);
    else byBucket.set(key, [m]);
  }
  await changeBuckets(
    db,
    members.map((m) => [m.listId, m.companyId] as const),
    (stored, key) => {
      for (const m of byBucket.get(key) ?? []) stored.set(m.companyId, m);
    },
  );
}

/** Edits memberships in place (`edit` gets each stored one); pairs with no membership are skipped. */
export async function editMembers(
  db: IcpLensDb,
  keys: readonly (readonly [listId: string, companyId: string])[],
  edit: (member: ListMemberRecord) => ListMemberRecord,
): Promise<void> {
  const wanted = new Set(keys.map(([listId, companyId]) => `${listId}\n${companyId}`));
  await changeBuckets(db, keys, (stored) => {
    for (const [companyId, m] of stored)
      if (wanted.has(`${m.listId}\n${companyId}`)) stored.set(companyId, edit(m));
  });
}

/** Removes the memberships of some companies from one list (absent ones are ignored). */
export async function deleteMembers(
  db: IcpLensDb,
  listId: string,
  companyIds: readonly string[],
): Promise<void> {
  const gone = new Set(companyIds);
  await changeBuckets(
    db,
    companyIds.map((c) => [listId, c] as const),
    (stored) => {
      for (const c of stored.keys()) if (gone.has(c)) stored.delete(c);
    },
  );
}

/** Removes every membership of a list. */
export async function deleteMembersOfList(db: IcpLensDb, listId: string): Promise<void> {
  await bucketsOfList(db, listId).delete();
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
    await bucketsOfList(db, listId).each((b) => {
      const kept = b.members.filter((m) => m.batchId !== batchId);
      if (kept.length === b.members.length) return;
      for (const m of b.members) if (m.batchId === batchId) removed.push(m.companyId);
      if (kept.length > 0) put.push({ ...b, members: kept });
      else gone.push([b.listId, b.bucket]);
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
 * from before v9 use it). A later membership of the same list and company replaces an earlier.
 */
export function bucketsOf(members: Iterable<ListMemberRecord>): MemberBucketRecord[] {
  const buckets = new Map<
    string,
    { key: [string, number]; members: Map<string, ListMemberRecord> }
  >();
  for (const m of members) {
    const key = bucketKey(m.listId, m.companyId);
    const text = keyText(key);
    let bucket = buckets.get(text);
    if (!bucket) {
      bucket = { key, members: new Map() };
      buckets.set(text, bucket);
    }
    bucket.members.set(m.companyId, m);
  }
  return [...buckets.values()].map(({ key: [listId, bucket], members }) => ({
    listId,
    bucket,
    members: byCompanyId(members),
  }));
}
