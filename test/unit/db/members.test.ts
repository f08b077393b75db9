import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bucketsOf,
  deleteBatchMembers,
  deleteMembers,
  editMembers,
  getMembers,
  listIdsWithCompany,
  MEMBER_BUCKETS,
  memberBucket,
  membersOfList,
  putMembers,
} from '@/lib/db/members';
import { IcpLensDb } from '@/lib/db/schema';
import { newMember } from '@/lib/lists/membership';
import { BUCKETS_JS } from '../../harness/buckets';

let db: IcpLensDb;
beforeEach(async () => {
  db = new IcpLensDb(`members-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ids = (n: number, prefix = 'domain:m') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}.example`);

describe('memberBucket', () => {
  it('spreads company ids over every bucket, the same id always to the same bucket', () => {
    const buckets = ids(20_000).map(memberBucket);
    expect(new Set(buckets).size).toBe(MEMBER_BUCKETS);
    expect(Math.max(...buckets)).toBe(MEMBER_BUCKETS - 1);
    expect(memberBucket('li:acme')).toBe(memberBucket('li:acme'));
    // FNV-1a of "a" is 0xe40c292c; 0xe40c292c % 256 = 0x2c.
    expect(memberBucket('a')).toBe(0x2c);
  });

  it("the page scripts' copy agrees with it", () => {
    const copy = new Function(`${BUCKETS_JS} return memberBucket;`)() as (s: string) => number;
    for (const id of [...ids(500), 'li:công-ty', 'name:北京云图', ''])
      expect(copy(id)).toBe(memberBucket(id));
  });
});

describe('list memberships in buckets', () => {
  it('reads back every membership of a big list once, in far fewer records', async () => {
    const all = ids(3000).map((c, i) => newMember('L1', c, i));
    await putMembers(db, all);
    await putMembers(db, [newMember('L2', 'domain:m1.example', 5)]);
    const read = await membersOfList(db, 'L1');
    expect(read).toHaveLength(3000);
    expect(new Set(read.map((m) => m.companyId))).toEqual(new Set(all.map((m) => m.companyId)));
    expect(await db.memberBuckets.count()).toBeLessThanOrEqual(MEMBER_BUCKETS + 1);
    expect(await membersOfList(db, 'L1', { limit: 10 })).toHaveLength(10);
  });

  it('replaces a membership of the same list and company, never doubles it', async () => {
    await putMembers(db, [newMember('L1', 'li:a', 1)]);
    await putMembers(db, [newMember('L1', 'li:a', 2, { note: 'second' })]);
    expect(await membersOfList(db, 'L1')).toEqual([newMember('L1', 'li:a', 2, { note: 'second' })]);
  });

  it('gets, edits and removes single memberships; an emptied bucket is deleted', async () => {
    await putMembers(db, [newMember('L1', 'li:a', 1), newMember('L1', 'li:b', 1)]);
    expect(
      (
        await getMembers(db, [
          ['L1', 'li:b'],
          ['L1', 'li:x'],
          ['L2', 'li:a'],
        ])
      ).map((m) => m?.companyId),
    ).toEqual(['li:b', undefined, undefined]);
    await editMembers(db, [['L1', 'li:a']], (m) => ({ ...m, status: 'replied', note: 'yes' }));
    const [a] = await getMembers(db, [['L1', 'li:a']]);
    expect(a).toMatchObject({ status: 'replied', note: 'yes', addedAt: 1 });
    await deleteMembers(db, 'L1', ['li:a', 'li:b', 'li:never']);
    expect(await membersOfList(db, 'L1')).toEqual([]);
    expect(await db.memberBuckets.count()).toBe(0);
  });

  it('finds the lists that hold a company', async () => {
    await putMembers(db, [
      newMember('L1', 'li:a', 1),
      newMember('L3', 'li:a', 1),
      newMember('L2', 'li:b', 1),
    ]);
    expect(await listIdsWithCompany(db, ['L1', 'L2', 'L3'], 'li:a')).toEqual(['L1', 'L3']);
  });

  it("removes one import batch's memberships only and says whose they were", async () => {
    await putMembers(db, [
      newMember('L1', 'li:kept', 1),
      ...ids(600).map((c) => newMember('L1', c, 2, { batchId: 'b1' })),
      newMember('L2', 'domain:m1.example', 3, { batchId: 'b1' }),
    ]);
    const removed = await deleteBatchMembers(db, 'L1', 'b1');
    expect(removed.sort()).toEqual(ids(600).sort());
    expect((await membersOfList(db, 'L1')).map((m) => m.companyId)).toEqual(['li:kept']);
    expect(await membersOfList(db, 'L2')).toHaveLength(1);
  });

  it('bucketsOf groups memberships where the reads look, the later of a pair winning', () => {
    const buckets = bucketsOf([
      newMember('L1', 'li:a', 1),
      newMember('L1', 'li:a', 2),
      newMember('L2', 'li:a', 3),
    ]);
    expect(buckets).toEqual([
      { listId: 'L1', bucket: memberBucket('li:a'), members: [newMember('L1', 'li:a', 2)] },
      { listId: 'L2', bucket: memberBucket('li:a'), members: [newMember('L2', 'li:a', 3)] },
    ]);
  });
});
