import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crmKeys } from '@/lib/crm/match';
import { countCompanies, putCompanies, storedCompany } from '@/lib/db/company-store';
import { findInCrm, replaceCrmSnapshot } from '@/lib/db/crm';
import { putScores } from '@/lib/db/listings';
import {
  addToList,
  copyToList,
  DEFAULT_LIST_NAME,
  deleteList,
  ensureList,
  lastListId,
  listLists,
  listRows,
  listsOfCompany,
  removeFromList,
  saveToLastList,
  updateMember,
} from '@/lib/db/lists';
import { membersOfList, putMembers } from '@/lib/db/members';
import { IcpLensDb } from '@/lib/db/schema';
import { newMember } from '@/lib/lists/membership';

let db: IcpLensDb;
let n = 0;

async function company(id: string, name: string, at = 1000): Promise<void> {
  await putCompanies(db, [
    {
      id,
      name,
      keys: [id],
      facts: {
        name: { value: name, source: 'csv', evidence: name },
        employees: { value: { min: 201, max: 500 }, source: 'csv', evidence: '201-500' },
        headquarters: {
          value: { city: 'Austin', country: 'US', raw: 'Austin, TX' },
          source: 'csv',
          evidence: 'Austin',
        },
      },
      url: `https://example.com/${id}`,
      firstSeen: at,
      lastSeen: at,
    },
  ]);
}

beforeEach(async () => {
  db = new IcpLensDb(`lists-${++n}`);
  await db.open();
  await company('domain:acme.example', 'Acme');
  await company('li:globex', 'Globex');
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('lists', () => {
  it('creates a list once per name, case and accents ignored, and rejects an empty name', async () => {
    const a = await ensureList('  EMEA  security ', 1, db);
    expect(a.name).toBe('EMEA security');
    expect((await ensureList('emea SECURITY', 2, db)).id).toBe(a.id);
    await expect(ensureList('   ', 3, db)).rejects.toThrow('A list needs a name.');
    expect(await db.lists.count()).toBe(1);
  });

  it('saves a company to several lists, remembers the last list, and removes it', async () => {
    const a = await ensureList('A', 1, db);
    const b = await ensureList('B', 1, db);
    await addToList(a.id, 'domain:acme.example', 10, db);
    await addToList(a.id, 'domain:acme.example', 11, db); // twice: still one membership
    await addToList(b.id, 'domain:acme.example', 12, db);
    expect((await listsOfCompany('domain:acme.example', db)).map((l) => l.name).sort()).toEqual([
      'A',
      'B',
    ]);
    expect(await lastListId(db)).toBe(b.id);
    expect((await listLists(db)).map((l) => [l.name, l.size])).toEqual([
      ['B', 1],
      ['A', 1],
    ]);
    // The page that asked was left: the read stops instead of holding up the next page's.
    await expect(listLists(db, { signal: AbortSignal.abort() })).rejects.toThrow(/abort/i);
    await removeFromList(a.id, ['domain:acme.example'], db);
    expect((await listsOfCompany('domain:acme.example', db)).map((l) => l.name)).toEqual(['B']);
  });

  it('the shortcut saves to the last list, or creates the default list', async () => {
    const first = await saveToLastList('li:globex', 5, db);
    expect(first.name).toBe(DEFAULT_LIST_NAME);
    const other = await ensureList('Other', 6, db);
    await addToList(other.id, 'domain:acme.example', 7, db);
    expect((await saveToLastList('li:globex', 8, db)).id).toBe(other.id);
    expect((await listRows(other.id, undefined, db)).map((r) => r.name).sort()).toEqual([
      'Acme',
      'Globex',
    ]);
  });

  it('copies and moves companies, keeping note and status, never duplicating', async () => {
    const a = await ensureList('A', 1, db);
    const b = await ensureList('B', 1, db);
    await addToList(a.id, 'domain:acme.example', 10, db);
    await addToList(a.id, 'li:globex', 10, db);
    await updateMember(a.id, 'li:globex', { note: 'met at RSA', status: 'contacted' }, db);
    await addToList(b.id, 'domain:acme.example', 11, db);
    await copyToList(a.id, b.id, ['domain:acme.example', 'li:globex'], { at: 20 }, db);
    const rows = await listRows(b.id, undefined, db);
    expect(rows.map((r) => [r.name, r.note, r.status, r.addedAt]).sort()).toEqual([
      ['Acme', '', 'new', 11],
      ['Globex', 'met at RSA', 'contacted', 20],
    ]);
    expect(await membersOfList(db, a.id)).toHaveLength(2);
    await copyToList(a.id, b.id, ['li:globex'], { move: true }, db);
    expect(await membersOfList(db, a.id)).toHaveLength(1);
    // Moving a company the target holds already: nothing to add, the source loses it.
    await copyToList(a.id, b.id, ['domain:acme.example'], { move: true }, db);
    expect(await membersOfList(db, a.id)).toHaveLength(0);
    expect(await membersOfList(db, b.id)).toHaveLength(2);
  });

  it('list rows carry firmographics and the tier position for the ICP', async () => {
    const a = await ensureList('A', 1, db);
    await addToList(a.id, 'domain:acme.example', 10, db);
    // Scores are stored through the one write path, with the tier's position (v7 listings).
    const company = await storedCompany(db, 'domain:acme.example');
    if (!company) throw new Error('fixture company missing');
    await putScores(
      db,
      [
        {
          icpId: 'icp1',
          companyId: company.id,
          tier: 'Good fit',
          tierKind: 'tier',
          tierIndex: 1,
          score: 70,
          confidence: 0.8,
          at: 1,
        },
      ],
      new Map([[company.id, company]]),
    );
    const icp = {
      id: 'icp1',
      icp: {
        tiers: [
          { name: 'Best fit', minScore: 80 },
          { name: 'Good fit', minScore: 60 },
        ],
      },
    };
    const [row] = await listRows(a.id, icp, db);
    expect(row).toMatchObject({
      tier: 'Good fit',
      tierIndex: 1,
      score: 70,
      employees: '201–500',
      employeesMin: 201,
      hq: 'Austin, US',
    });
  });

  it('reads a whole list of more than one page of memberships, each once', async () => {
    const list = await ensureList('Big', 1, db);
    const ids = Array.from({ length: 5000 + 7 }, (_, i) => `domain:m${i}.example`);
    await putCompanies(
      db,
      ids.map((id) => ({ id, keys: [], facts: {}, url: 'file:a.csv', firstSeen: 1, lastSeen: 1 })),
    );
    await putMembers(
      db,
      ids.map((companyId) => newMember(list.id, companyId, 2)),
    );
    const rows = await listRows(list.id, undefined, db);
    expect(rows).toHaveLength(ids.length);
    expect(new Set(rows.map((r) => r.companyId)).size).toBe(ids.length);
    expect(rows.every((r) => r.tier === undefined && r.addedAt === 2)).toBe(true);
  });

  it('deleting a list keeps the companies and forgets it as last list', async () => {
    const a = await ensureList('A', 1, db);
    await addToList(a.id, 'domain:acme.example', 10, db);
    await deleteList(a.id, db);
    expect(await db.memberBuckets.count()).toBe(0);
    expect(await countCompanies(db)).toBe(2);
    expect(await lastListId(db)).toBeUndefined();
    await expect(addToList(a.id, 'li:globex', 1, db)).rejects.toThrow(
      'That list no longer exists.',
    );
  });
});

describe('CRM snapshot', () => {
  it('finds a company by domain, LinkedIn page or name, and replacing clears the old rows', async () => {
    const rows = [
      {
        name: 'Acme',
        keys: crmKeys({ name: 'Acme', domain: 'acme.example' }),
        crm: 'hubspot' as const,
        owner: 'Sam',
        recordId: '1',
      },
      { name: 'Initech', keys: crmKeys({ name: 'Initech' }), crm: 'hubspot' as const },
    ];
    await replaceCrmSnapshot(rows, { fileName: 'hubspot.csv', crm: 'hubspot', at: 1 }, db);
    expect(
      (await findInCrm({ name: 'Acme Secure', domain: 'acme.example' }, db))?.record.owner,
    ).toBe('Sam');
    expect((await findInCrm({ name: 'Initech Inc' }, db))?.certainty).toBe('name-only');
    await replaceCrmSnapshot([], { fileName: 'empty.csv', crm: 'csv', at: 2 }, db);
    expect(await findInCrm({ domain: 'acme.example' }, db)).toBeUndefined();
  });
});
