import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keysOf, lookupKeys } from '@/lib/company/resolve';
import {
  commitImportRows,
  companiesByKey,
  finishImport,
  rollbackImport,
} from '@/lib/db/import-batch';
import { addToList, ensureList } from '@/lib/db/lists';
import { membersOfList } from '@/lib/db/members';
import { IcpLensDb } from '@/lib/db/schema';
import { sampleIcp } from '@/lib/icp/sample';
import { type AccountRow, readAccountBytes, streamAccountRows } from '@/lib/lists/account-file';
import { planImport } from '@/lib/lists/import';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/csv');
const bytes = (file: string) => new Uint8Array(readFileSync(resolve(FIXTURES, file)));

/** Every batch and the summary of a streamed read. */
function streamAll(data: Uint8Array, batch: number, slice: number) {
  const batches: AccountRow[][] = [];
  const it = streamAccountRows(data, batch, slice);
  for (let next = it.next(); ; next = it.next()) {
    if (next.done) return { batches, summary: next.value };
    batches.push(next.value);
  }
}

describe('streamAccountRows: the list import streams what readAccountBytes reads whole', () => {
  for (const file of [
    'hubspot-companies.csv',
    'salesforce-report.csv',
    'excel-semicolon-1252.csv',
    'excel-unicode-text.txt',
    'apollo-people.csv',
    'accounts-1000-hubspot.csv',
  ]) {
    it(`${file}: same rows, record ids and summary, cut into small slices and batches`, () => {
      const whole = readAccountBytes(bytes(file));
      const { batches, summary } = streamAll(bytes(file), 7, 101);
      const rows = batches.flat();
      expect(batches.every((b) => b.length <= 7)).toBe(true);
      expect(rows.map(({ crmIds: _, ...row }) => row)).toEqual(whole.companies);
      expect(rows.map((r) => r.crmIds)).toEqual(
        whole.companies.map((c) => whole.crmIds.get(c.row)),
      );
      expect(summary.usedColumns).toEqual(whole.usedColumns);
      expect(summary.skipped).toEqual(whole.skipped);
      expect(summary.errors.map((e) => e.row)).toEqual(whole.errors.map((e) => e.row));
      expect(summary.encoding.split(',')[0]).toBe(whole.encoding);
    });
  }

  it('keeps a HubSpot row’s Record ID on the row itself', () => {
    const rows = streamAll(bytes('hubspot-companies.csv'), 1000, 1 << 20).batches.flat();
    const harborview = rows.find((r) => r.facts.name?.value === 'Harborview Health Systems');
    expect(harborview?.crmIds).toEqual({ hubspot: '18822719470' });
  });

  it('reads a binary file to nothing, with the reason', () => {
    const { batches, summary } = streamAll(bytes('binary.csv'), 100, 1 << 20);
    expect(batches.flat()).toEqual([]);
    expect(summary.errors[0]?.row).toBe(0);
  });
});

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`import-stream-${++n}`);
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

/** The worker's confirm step: batch by batch, joined, planned and written; ids of new companies. */
async function importInBatches(listId: string, file: string, stopAfter = Number.POSITIVE_INFINITY) {
  const existing = new Map<string, string>();
  const inList = new Set((await membersOfList(db, listId).toArray()).map((m) => m.companyId));
  const created: string[] = [];
  let imported = 0;
  let batches = 0;
  for (const rows of streamAccountRows(bytes(file), 3)) {
    if (batches++ >= stopAfter) break;
    const keys = rows.flatMap((r) => lookupKeys(keysOf(r.facts)));
    for (const [k, id] of await companiesByKey(keys, db)) existing.set(k, id);
    const part = planImport(rows, {
      listId,
      batchId: 'b-stream',
      fileName: file,
      at: 1000,
      icps: [{ id: 'sample', icp: sampleIcp }],
      existing,
      inList,
    });
    for (const c of part.companies) for (const k of c.keys) existing.set(k, c.id);
    for (const m of part.members) inList.add(m.companyId);
    await commitImportRows(part, listId, db);
    created.push(...part.companies.map((c) => c.id));
    imported += part.members.length;
  }
  return { created, imported };
}

describe('an import written batch by batch', () => {
  it('stores what one whole import stores: a membership per row, with record ids', async () => {
    const list = await ensureList('Streamed', 1, db);
    const whole = readAccountBytes(bytes('hubspot-companies.csv'));
    const { created, imported } = await importInBatches(list.id, 'hubspot-companies.csv');
    await finishImport(
      { id: 'b-stream', listId: list.id, fileName: 'x', at: 1000, rows: 0, imported },
      db,
    );
    expect(imported).toBe(whole.companies.length);
    expect(await db.companies.count()).toBe(created.length);
    // Each new company is its own observation of the file: no observation rows (v8).
    expect(await db.observations.count()).toBe(0);
    expect(await db.listings.count()).toBe(created.length);
    const members = await membersOfList(db, list.id).toArray();
    expect(members).toHaveLength(whole.companies.length);
    expect(members.filter((m) => m.crmIds?.hubspot).length).toBe(whole.crmIds.size);
    expect(await db.importBatches.get('b-stream')).toBeDefined();
  });

  it('cancelled after some batches, the rollback leaves the database exactly as before', async () => {
    const list = await ensureList('Cancelled', 1, db);
    // A company stored before the import, already in the list: it must keep everything.
    await db.companies.add({
      id: 'li:vantablock',
      name: 'Vantablock (seen on LinkedIn)',
      linkedinSlug: 'vantablock',
      keys: ['li:vantablock'],
      facts: {},
      url: 'https://www.linkedin.com/company/vantablock/',
      firstSeen: 1,
      lastSeen: 1,
    });
    await addToList(list.id, 'li:vantablock', 5, db);
    await db.icps.add({ id: 'sample', icp: sampleIcp, createdAt: 1, updatedAt: 1 } as never);
    const before = await snapshot();
    const { created } = await importInBatches(list.id, 'hubspot-companies.csv', 2);
    expect(created.length).toBeGreaterThan(0);
    expect(await db.companies.count()).toBeGreaterThan(1);
    await rollbackImport(list.id, 'b-stream', created, db);
    expect(await snapshot()).toEqual(before);
  });
});
