import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { countCompanies } from '@/lib/db/company-store';
import { rollbackImport } from '@/lib/db/import-batch';
import { listLists, listRows, listTierCounts } from '@/lib/db/lists';
import { IcpLensDb } from '@/lib/db/schema';
import { sampleIcp } from '@/lib/icp/sample';
import { allListings } from '../../harness/listings';

const NAME = 'migration-v8';
afterEach(async () => {
  await Dexie.delete(NAME);
});

const V7 = {
  icps: '&id, icp.name',
  companies: '&id, lastSeen, *keys, firstSeen',
  observations: '++id, companyId, at',
  scores: '[icpId+companyId], icpId, companyId',
  settings: '&key',
  icpVersions: '++id, icpId, at',
  lists: '&id, name, updatedAt',
  listMembers: '[listId+companyId], listId, companyId, addedAt, batchId',
  crmRecords: '++id, *keys',
  importBatches: '&id, listId, at',
  listings: '[icpId+companyId], [icpId+tierKey+firstSeen]',
};

const company = (id: string, name: string) => ({
  id,
  name,
  keys: [id],
  facts: { name: { value: name, source: 'csv', evidence: name } },
  url: 'file:accounts.csv',
  firstSeen: 5,
  lastSeen: 9,
  sources: ['account-file'],
});
const listing = (companyId: string, name: string, tierIndex: number) => ({
  icpId: 'i',
  companyId,
  name,
  tier: sampleIcp.tiers[tierIndex]?.name ?? '',
  tierKind: 'tier',
  tierIndex,
  tierKey: `tier:${tierIndex}`,
  rank: tierIndex,
  score: 70,
  confidence: 1,
  sources: ['account-file'],
  firstSeen: 5,
  lastSeen: 9,
  updatedAt: 7,
});
const member = (listId: string, companyId: string, batchId?: string) => ({
  listId,
  companyId,
  addedAt: 3,
  note: '',
  status: 'new',
  ...(batchId && { batchId }),
});

describe('v8: no scores table, memberships found by their key', () => {
  it('keeps every company, listing and membership; lists read, count and roll back as before', async () => {
    const old = new Dexie(NAME);
    old.version(7).stores(V7);
    await old
      .table('icps')
      .put({ id: 'i', icp: sampleIcp, builtIn: true, createdAt: 1, updatedAt: 1 });
    await old.table('companies').bulkAdd([company('li:a', 'Alpha'), company('li:b', 'Beta')]);
    await old.table('listings').bulkAdd([listing('li:a', 'Alpha', 0), listing('li:b', 'Beta', 1)]);
    await old.table('scores').bulkAdd([
      {
        icpId: 'i',
        companyId: 'li:a',
        tier: 'x',
        tierKind: 'tier',
        score: 70,
        confidence: 1,
        at: 7,
      },
    ]);
    await old.table('lists').bulkAdd([
      { id: 'L1', name: 'One', createdAt: 1, updatedAt: 2 },
      { id: 'L2', name: 'Two', createdAt: 1, updatedAt: 1 },
    ]);
    await old
      .table('listMembers')
      .bulkAdd([member('L1', 'li:a'), member('L1', 'li:b', 'batch-1'), member('L2', 'li:b')]);
    old.close();

    const db = new IcpLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(db.tables.map((t) => t.name)).not.toContain('scores');
    expect(await countCompanies(db)).toBe(2);
    expect((await allListings(db)).length).toBe(2);
    expect((await listLists(db)).map((l) => [l.name, l.size])).toEqual([
      ['One', 2],
      ['Two', 1],
    ]);
    const rows = await listRows('L1', { id: 'i' }, db);
    expect(rows.map((r) => [r.name, r.tier]).sort()).toEqual([
      ['Alpha', sampleIcp.tiers[0]?.name],
      ['Beta', sampleIcp.tiers[1]?.name],
    ]);
    expect(await listRows('L1', { id: 'i' }, db, { limit: 1 })).toHaveLength(1);
    const counts = await listTierCounts(['L1', 'L2'], { id: 'i', tierCount: 3 }, db);
    expect(Object.fromEntries(counts.get('L1') ?? [])).toEqual({ 'tier:0': 1, 'tier:1': 1 });
    // Rolling back batch-1 removes its membership of L1 only; Beta stays in L2.
    await rollbackImport('L1', 'batch-1', db);
    expect((await listRows('L1', { id: 'i' }, db)).map((r) => r.name)).toEqual(['Alpha']);
    expect((await listRows('L2', { id: 'i' }, db)).map((r) => r.name)).toEqual(['Beta']);
    db.close();
  });
});
