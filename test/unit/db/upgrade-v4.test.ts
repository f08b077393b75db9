import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allCompanies } from '@/lib/db/company-store';
import { IcpLensDb } from '@/lib/db/schema';
import { allListings } from '../../harness/listings';

/** Today's database (version 3) as the released extension declares it. */
function openV3(name: string): Dexie {
  const db = new Dexie(name);
  db.version(3).stores({
    icps: '&id, icp.name',
    companies: '&id, name, linkedinSlug, domain, lastSeen, *keys',
    observations: '++id, companyId, at',
    scores: '[icpId+companyId], icpId, companyId, tier, score',
    settings: '&key',
    icpVersions: '++id, icpId, at',
  });
  return db;
}

describe('upgrade to version 4 (lists)', () => {
  it('keeps every version 3 record and adds the list tables', async () => {
    const name = 'upgrade-v4';
    const old = openV3(name);
    const data = {
      icps: [
        { id: 'i1', icp: { name: 'ICP' }, builtIn: false, createdAt: 1, updatedAt: 2, reviewBy: 3 },
      ],
      companies: Array.from({ length: 50 }, (_, i) => ({
        id: `domain:c${i}.example`,
        name: `C${i}`,
        domain: `c${i}.example`,
        keys: [`domain:c${i}.example`],
        facts: {},
        url: `https://c${i}.example/`,
        firstSeen: i,
        lastSeen: i,
      })),
      observations: Array.from({ length: 50 }, (_, i) => ({
        id: i + 1,
        companyId: `domain:c${i}.example`,
        url: 'u',
        extractor: 'website',
        at: i,
        facts: {},
      })),
      scores: [
        {
          icpId: 'i1',
          companyId: 'domain:c1.example',
          tier: 'Best fit',
          tierKind: 'tier',
          score: 90,
          confidence: 1,
          at: 1,
        },
      ],
      settings: [{ key: 'activeIcpId', value: 'i1' }],
      icpVersions: [{ id: 1, icpId: 'i1', at: 2, note: 'n', icp: { name: 'ICP' } }],
    };
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new IcpLensDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    // v8: the scores are kept in the listings (the scores table is gone).
    const { scores, ...kept } = data;
    expect(await allListings(db)).toEqual([
      expect.objectContaining({
        icpId: 'i1',
        companyId: 'domain:c1.example',
        tier: scores[0]?.tier,
        score: 90,
        updatedAt: 1,
      }),
    ]);
    for (const [table, rows] of Object.entries(kept)) {
      // v11: companies are stored in buckets.
      const stored =
        table === 'companies' ? await allCompanies(db) : await db.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      // Later versions add fields (v6: companies' `sources`); every field written here stays.
      expect(stored, table).toEqual(
        expect.arrayContaining((rows as object[]).map((r) => expect.objectContaining(r))),
      );
    }
    for (const table of ['lists', 'memberBuckets', 'crmRecords', 'importBatches'])
      expect(await db.table(table).count(), table).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
