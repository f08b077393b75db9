import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listCompanyRows } from '@/lib/db/company-list';
import { getListings } from '@/lib/db/listings';
import { listLists, listRows, listsOfCompany, updateMember } from '@/lib/db/lists';
import { getMembers } from '@/lib/db/members';
import { IcpLensDb } from '@/lib/db/schema';

const NAME = 'migration-v9';
afterEach(async () => {
  await Dexie.delete(NAME);
});

/** The stores as version 8 shipped them. */
const V8 = {
  icps: '&id, icp.name',
  companies: '&id, lastSeen, *keys, firstSeen',
  observations: '++id, companyId, at',
  settings: '&key',
  icpVersions: '++id, icpId, at',
  lists: '&id, name, updatedAt',
  listMembers: '[listId+companyId], companyId',
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
  firstSeen: 1,
  lastSeen: 2,
  sources: ['account-file'],
});

describe('v9: memberships and listings move into buckets', () => {
  it('keeps every membership with its note, status, batch and CRM ids; lists read as before', async () => {
    const old = new Dexie(NAME);
    old.version(8).stores(V8);
    await old.open();
    await old.table('companies').bulkAdd([company('li:a', 'Alpha'), company('li:b', 'Beta')]);
    await old.table('lists').bulkAdd([
      { id: 'L1', name: 'One', createdAt: 1, updatedAt: 2 },
      { id: 'L2', name: 'Two', createdAt: 1, updatedAt: 1 },
    ]);
    const members = [
      { listId: 'L1', companyId: 'li:a', addedAt: 5, note: 'met at RSA', status: 'contacted' },
      {
        listId: 'L1',
        companyId: 'li:b',
        addedAt: 6,
        note: '',
        status: 'new',
        batchId: 'batch-1',
        crmIds: { hubspot: '901' },
      },
      { listId: 'L2', companyId: 'li:b', addedAt: 7, note: '', status: 'replied' },
      // Unreadable before the upgrade (no list id): dropped.
      { listId: 3, companyId: 'li:a', addedAt: 1, note: '', status: 'new' },
    ];
    await old.table('listMembers').bulkPut(members);
    const listing = (id: string, name: string, tierIndex: number) => ({
      icpId: 'i',
      companyId: id,
      name,
      tier: ['Best fit', 'Good fit'][tierIndex],
      tierKind: 'tier',
      tierIndex,
      tierKey: `tier:${tierIndex}`,
      rank: tierIndex,
      score: 90 - tierIndex * 20,
      confidence: 0.8,
      sources: ['account-file'],
      firstSeen: 1,
      lastSeen: 2,
      updatedAt: 3,
    });
    const listings = [listing('li:a', 'Alpha', 0), listing('li:b', 'Beta', 1)];
    await old.table('listings').bulkPut([...listings, { ...listing('li:c', 'C', 0), icpId: 7 }]);
    old.close();

    const db = new IcpLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(db.tables.map((t) => t.name)).not.toContain('listMembers');
    expect(db.tables.map((t) => t.name)).not.toContain('listings');
    expect(
      await getListings(db, [
        ['i', 'li:a'],
        ['i', 'li:b'],
        ['i', 'li:c'],
      ]),
    ).toEqual([...listings, undefined]);
    expect((await listCompanyRows('i', db)).map((r) => [r.name, r.tier]).sort()).toEqual([
      ['Alpha', 'Best fit'],
      ['Beta', 'Good fit'],
    ]);
    expect(
      await getMembers(db, [
        ['L1', 'li:a'],
        ['L1', 'li:b'],
        ['L2', 'li:b'],
      ]),
    ).toEqual(members.slice(0, 3));
    expect((await listLists(db)).map((l) => [l.name, l.size])).toEqual([
      ['One', 2],
      ['Two', 1],
    ]);
    expect((await listsOfCompany('li:b', db)).map((l) => l.name)).toEqual(['One', 'Two']);
    await updateMember('L2', 'li:b', { note: 'call Tuesday' }, db);
    expect((await listRows('L2', { id: 'i' }, db)).map((r) => [r.name, r.note, r.tier])).toEqual([
      ['Beta', 'call Tuesday', 'Good fit'],
    ]);
    db.close();
  });
});
