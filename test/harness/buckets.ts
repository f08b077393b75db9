import { bucketOf } from '../../lib/db/buckets';
import { COMPANY_BUCKETS, COMPANY_OWNER } from '../../lib/db/company-store';
import { LISTING_BUCKETS } from '../../lib/db/listings';
import { MEMBER_BUCKETS } from '../../lib/db/members';

/**
 * JavaScript for a page script that seeds or reads the extension's IndexedDB directly: defines
 * `memberBucket(companyId)` and `listingBucket(companyId)` exactly as lib/db does (built from
 * `bucketOf`'s own source, so the two cannot drift apart), and `putBuckets(db, store, owner,
 * rows)`, which stores rows (each with `companyId`) in the bucket records of `owner` (a list or
 * ICP id) as lib/db/members.ts and listings.ts read them; `companyBucket(id)` and
 * `putCompanies(db, companies)`, which adds or replaces company records in their buckets (merged
 * with what is stored, with the buckets' `ids` and `keys`) as lib/db/company-store.ts reads them.
 */
export const BUCKETS_JS = `
  const bucketOf = ${bucketOf.toString()};
  const memberBucket = (id) => bucketOf(id, ${MEMBER_BUCKETS});
  const listingBucket = (id) => bucketOf(id, ${LISTING_BUCKETS});
  const companyBucket = (id) => bucketOf(id, ${COMPANY_BUCKETS});
  const putCompanies = (db, companies) => new Promise((ok, fail) => {
    const groups = new Map();
    for (const c of companies) {
      const b = companyBucket(c.id);
      if (!groups.has(b)) groups.set(b, new Map());
      groups.get(b).set(c.id, c);
    }
    const tx = db.transaction('companyBuckets', 'readwrite');
    const store = tx.objectStore('companyBuckets');
    for (const [bucket, group] of groups) {
      const read = store.get([${JSON.stringify(COMPANY_OWNER)}, bucket]);
      read.onsuccess = () => {
        const rows = new Map((read.result ? read.result.companies : []).map((c) => [c.id, c]));
        for (const [id, c] of group) rows.set(id, c);
        const companies = [...rows.values()].sort((a, c) => (a.id < c.id ? -1 : a.id > c.id ? 1 : 0));
        store.put({
          owner: ${JSON.stringify(COMPANY_OWNER)},
          bucket,
          companies,
          ids: companies.map((c) => c.id),
          keys: [...new Set(companies.flatMap((c) => c.keys || []))],
        });
      };
    }
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
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
