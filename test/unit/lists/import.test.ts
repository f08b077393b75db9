import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countCompanies, putCompanies, storedCompany } from '@/lib/db/company-store';
import { commitImport, companiesByKey } from '@/lib/db/import-batch';
import { addToList, ensureList } from '@/lib/db/lists';
import { membersOfList } from '@/lib/db/members';
import { IcpLensDb } from '@/lib/db/schema';
import { sampleIcp } from '@/lib/icp/sample';
import { readAccountBytes } from '@/lib/lists/account-file';
import { planImport } from '@/lib/lists/import';
import { allListings, storedListing } from '../../harness/listings';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/csv');
const bytes = (file: string) => new Uint8Array(readFileSync(resolve(FIXTURES, file)));

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`import-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

async function plan(listId: string, file: string) {
  const read = readAccountBytes(bytes(file));
  const keys = read.companies.flatMap((c) => [
    ...(c.facts.linkedinSlug ? [`li:${c.facts.linkedinSlug.value.toLowerCase()}`] : []),
    ...(c.facts.domain ? [`domain:${c.facts.domain.value}`] : []),
  ]);
  const existing = await companiesByKey(keys, db);
  const inList = new Set((await membersOfList(db, listId)).map((m) => m.companyId));
  return {
    read,
    plan: planImport(read.companies, {
      listId,
      batchId: 'b1',
      fileName: file,
      at: 1000,
      icps: [{ id: 'sample', icp: sampleIcp }],
      existing,
      inList,
    }),
  };
}

describe('account-file import', () => {
  it('reads a HubSpot export with the CLI reader and plans one company (its own observation) and score per row', async () => {
    const list = await ensureList('Imported', 1, db);
    const { read, plan: p } = await plan(list.id, 'hubspot-companies.csv');
    expect(read.companies.length).toBeGreaterThan(1);
    expect(read.usedColumns.map((c) => c.column)).toContain('Company Domain Name');
    expect(p.companies).toHaveLength(read.companies.length);
    expect(p.companies.every((c) => c.impliedObservation?.extractor === 'account-file')).toBe(true);
    expect(p.scores).toHaveLength(read.companies.length);
    expect(
      p.members.every((m) => m.listId === list.id && m.batchId === 'b1' && m.status === 'new'),
    ).toBe(true);
    await commitImport(p, db);
    expect(await membersOfList(db, list.id)).toHaveLength(read.companies.length);
    expect(await db.importBatches.get('b1')).toMatchObject({
      rows: read.companies.length,
      imported: read.companies.length,
    });
    // Each new company gets its compact listing with the tier it was scored to (v7).
    expect((await allListings(db)).length).toBe(p.scores.length);
    const company = p.companies[0];
    const score = p.scores.find((s) => s.companyId === company?.id);
    expect(await storedListing(db, score?.icpId ?? '', company?.id ?? '')).toMatchObject({
      name: company?.name,
      tier: score?.tier,
      score: score?.score,
      firstSeen: 1000,
    });
  });

  it('joins rows to stored companies by domain or LinkedIn page, leaving their facts alone', async () => {
    const list = await ensureList('Imported', 1, db);
    await putCompanies(db, [
      {
        id: 'li:vantablock',
        name: 'Vantablock (seen on LinkedIn)',
        linkedinSlug: 'vantablock',
        keys: ['li:vantablock'],
        facts: {},
        url: 'https://www.linkedin.com/company/vantablock/',
        firstSeen: 1,
        lastSeen: 1,
      },
    ]);
    await addToList(list.id, 'li:vantablock', 5, db);
    const { read, plan: p } = await plan(list.id, 'hubspot-companies.csv');
    expect(p.companies.map((c) => c.id)).not.toContain('li:vantablock');
    expect(p.members.map((m) => m.companyId)).not.toContain('li:vantablock');
    await commitImport(p, db);
    expect((await storedCompany(db, 'li:vantablock'))?.name).toBe('Vantablock (seen on LinkedIn)');
    expect(await membersOfList(db, list.id)).toHaveLength(read.companies.length);
  });

  it('a new company stored meanwhile by another context is joined, its record and listing kept', async () => {
    const list = await ensureList('Imported', 1, db);
    const { plan: p } = await plan(list.id, 'hubspot-companies.csv');
    const clash = p.companies.at(-1);
    if (!clash) throw new Error('fixture has no companies');
    await putCompanies(db, [{ ...clash, name: 'already here' }]);
    await commitImport(p, db);
    expect((await storedCompany(db, clash.id))?.name).toBe('already here');
    expect(await countCompanies(db)).toBe(p.companies.length);
    expect((await allListings(db)).some((l) => l.companyId === clash.id)).toBe(false);
    expect((await membersOfList(db, list.id)).map((m) => m.companyId)).toContain(clash.id);
  });

  it('an import into a deleted list writes nothing', async () => {
    const list = await ensureList('Gone', 1, db);
    const { plan: p } = await plan(list.id, 'salesforce-accounts.csv');
    await db.lists.delete(list.id);
    const before = await snapshot();
    await expect(commitImport(p, db)).rejects.toThrow('That list no longer exists.');
    expect(await snapshot()).toEqual(before);
  });

  it('reports unreadable files and rows instead of throwing', () => {
    const file = readAccountBytes(bytes('binary.csv'));
    expect(file.companies).toEqual([]);
    expect(file.errors[0]?.row).toBe(0);
  });
});

describe('CRM record ids of an account file', () => {
  it('keeps each row’s HubSpot Record ID on its membership', async () => {
    const list = await ensureList('From HubSpot', 1, db);
    const read = readAccountBytes(bytes('hubspot-companies.csv'));
    const p = planImport(read.companies, {
      listId: list.id,
      batchId: 'b2',
      fileName: 'hubspot-companies.csv',
      at: 1,
      icps: [],
      existing: new Map(),
      inList: new Set(),
      crmIds: read.crmIds,
    });
    const first = p.companies.find((c) => c.name === 'Harborview Health Systems');
    expect(p.members.find((m) => m.companyId === first?.id)?.crmIds).toEqual({
      hubspot: '18822719470',
    });
  });
  it('reads the record ids of a file in any encoding, with Excel’s sep= line and report titles', () => {
    const csv =
      'sep=;\r\nCompanies report\r\n\r\nRecord ID;Company name;Company Domain Name\r\n' +
      '501;Ørsted Lysværk;lysvaerk.example\r\n502;Café Olé;cafeole.example\r\n';
    // Excel's "Unicode text": UTF-16 LE with a BOM.
    const utf16 = new Uint8Array(2 + csv.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++) utf16[2 + 2 * i] = csv.charCodeAt(i);
    const read = readAccountBytes(utf16);
    expect(read.encoding).toMatch(/utf-16/i);
    const ids = read.companies.map((c) => read.crmIds.get(c.row)?.hubspot);
    expect(read.companies.map((c) => c.facts.name?.value)).toEqual(['Ørsted Lysværk', 'Café Olé']);
    expect(ids).toEqual(['501', '502']);
  });
  it('finds no ids in a file without a record id column', () => {
    expect(readAccountBytes(bytes('apollo-accounts.csv')).crmIds.size).toBe(0);
  });
});
