import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listCompanyRows } from '@/lib/db/company-list';
import { allCompanies } from '@/lib/db/company-store';
import { IcpLensDb } from '@/lib/db/schema';
import { trendEntries } from '@/lib/db/trends';

const NAME = 'migration-v10';
afterEach(async () => {
  await Dexie.delete(NAME);
});

/** The stores as version 9 shipped them. */
const V9 = {
  icps: '&id, icp.name',
  companies: '&id, lastSeen, *keys, firstSeen',
  observations: '++id, companyId, at',
  settings: '&key',
  icpVersions: '++id, icpId, at',
  lists: '&id, name, updatedAt',
  crmRecords: '++id, *keys',
  importBatches: '&id, listId, at',
  memberBuckets: '[listId+bucket]',
  listingBuckets: '[icpId+bucket]',
};

const WEEK = 7 * 24 * 3600 * 1000;
const monday = Date.parse('2026-01-05T00:00:00Z');

const company = (id: string, name: string, seen: number) => ({
  id,
  name,
  keys: [id],
  facts: { name: { value: name, source: 'csv', evidence: name } },
  url: 'file:accounts.csv',
  firstSeen: seen,
  lastSeen: seen,
  sources: ['account-file'],
});

describe('v10: companies without sighting indexes', () => {
  it('keeps every company; the Companies page and the trends chart read them as before', async () => {
    const old = new Dexie(NAME);
    old.version(9).stores(V9);
    await old.open();
    await old
      .table('companies')
      .bulkAdd([
        company('li:a', 'Alpha', monday + 1000),
        company('li:b', 'Beta', monday + WEEK + 1000),
        company('li:c', 'Gamma', monday + WEEK + 2000),
      ]);
    old.close();

    const db = new IcpLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect((await allCompanies(db)).map((c) => c.name).sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
    const first = await listCompanyRows('icp', db, { limit: 2 });
    expect(first).toHaveLength(2);
    // No listings: every company is unscored in the week it was first seen.
    const entries = await trendEntries(
      { id: 'icp', tiers: [{ name: 'Best fit' }] },
      undefined,
      { from: monday, to: monday + 2 * WEEK },
      db,
    );
    expect(entries).toEqual([
      { at: monday, count: 1 },
      { at: monday + WEEK, count: 2 },
    ]);
    db.close();
  });
});
