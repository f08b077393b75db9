import { bucketOf } from '../../lib/db/buckets';
import { LISTING_BUCKETS } from '../../lib/db/listings';
import { MEMBER_BUCKETS } from '../../lib/db/members';

/**
 * JavaScript for a page script that seeds or reads the extension's IndexedDB directly: defines
 * `memberBucket(companyId)` and `listingBucket(companyId)` exactly as lib/db does (built from
 * `bucketOf`'s own source, so the two cannot drift apart), and `putBuckets(db, store, owner,
 * rows)`, which stores rows (each with `companyId`) in the bucket records of `owner` (a list or
 * ICP id) as lib/db/members.ts and listings.ts read them.
 */
export const BUCKETS_JS = `
  const bucketOf = ${bucketOf.toString()};
  const memberBucket = (id) => bucketOf(id, ${MEMBER_BUCKETS});
  const listingBucket = (id) => bucketOf(id, ${LISTING_BUCKETS});
  const putBuckets = (db, store, owner, rows) => new Promise((ok, fail) => {
    const member = store === 'memberBuckets';
    const groups = new Map();
    for (const row of rows) {
      const b = member ? memberBucket(row.companyId) : listingBucket(row.companyId);
      if (!groups.has(b)) groups.set(b, []);
      groups.get(b).push(row);
    }
    const tx = db.transaction(store, 'readwrite');
    for (const [bucket, group] of groups) {
      group.sort((a, c) => (a.companyId < c.companyId ? -1 : a.companyId > c.companyId ? 1 : 0));
      tx.objectStore(store).put(member
        ? { listId: owner, bucket, members: group }
        : { icpId: owner, bucket, listings: group });
    }
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
`;
