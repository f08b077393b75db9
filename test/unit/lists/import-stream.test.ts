import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCompanies, countCompanies, putCompanies, storedCompany } from '@/lib/db/company-store';
import { runImport } from '@/lib/db/import-run';
import { addToList, deleteList, ensureList } from '@/lib/db/lists';
import { membersOfList } from '@/lib/db/members';
import { IcpLensDb } from '@/lib/db/schema';
import { sampleIcp } from '@/lib/icp/sample';
import { type AccountRow, readAccountBytes, streamAccountRows } from '@/lib/lists/account-file';
import { allListings } from '../../harness/listings';

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

  it.each([
    ['an empty file', new Uint8Array(), 'empty-file'],
    [
      'a PNG image',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'binary',
    ],
    ['blank lines only', new TextEncoder().encode('\r\n\r\n  \r\n'), 'empty-file'],
  ])('%s: one problem, the file’s, not also "no header row"', (_, data, code) => {
    const { batches, summary } = streamAll(data, 100, 1 << 20);
    expect(batches.flat()).toEqual([]);
    expect(summary.errors.map((e) => [e.row, e.problem?.code])).toEqual([[0, code]]);
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

/** The worker's confirm step (`runImport`) over a fixture read 3 rows at a time. */
function importInBatches(
  listId: string,
  file: string,
  options: { cancelAfter?: number; batch?: number; fail?: boolean } = {},
) {
  const progress: number[] = [];
  let batches = 0;
  return runImport(
    streamAccountRows(bytes(file), options.batch ?? 3),
    {
      listId,
      fileName: file,
      rows: readAccountBytes(bytes(file)).companies.length,
      icps: [{ id: 'sample', icp: sampleIcp }],
      at: 1000,
      batchId: 'b-stream',
    },
    {
      progress: (done) => {
        progress.push(done);
      },
      cancelled: () => ++batches > (options.cancelAfter ?? Number.POSITIVE_INFINITY),
    },
    db,
  ).then((outcome) => ({ outcome, stored: progress.length, progress }));
}

describe('an import written batch by batch', () => {
  it('stores what one whole import stores: a membership per row, with record ids', async () => {
    const list = await ensureList('Streamed', 1, db);
    const whole = readAccountBytes(bytes('hubspot-companies.csv'));
    const { outcome, progress } = await importInBatches(list.id, 'hubspot-companies.csv');
    expect(outcome).toEqual({ type: 'done', imported: whole.companies.length });
    // Progress after each batch of 3 rows (and while each is written), never going back.
    const n = whole.companies.length;
    for (let done = 3; done < n; done += 3) expect(progress).toContain(done);
    expect(progress.at(-1)).toBe(n);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await countCompanies(db)).toBe(whole.companies.length);
    // Each new company is its own observation of the file: no observation rows (v8).
    expect(await db.observations.count()).toBe(0);
    expect((await allListings(db)).length).toBe(whole.companies.length);
    const members = await membersOfList(db, list.id);
    expect(members).toHaveLength(whole.companies.length);
    expect(members.filter((m) => m.crmIds?.hubspot).length).toBe(whole.crmIds.size);
    expect(await db.importBatches.get('b-stream')).toMatchObject({
      rows: whole.companies.length,
      imported: whole.companies.length,
    });
  });

  /** Companies the file never names: 40 make the database big enough that batches join by lookup. */
  const fillers = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `domain:filler${i}.example`,
      name: `Filler ${i}`,
      keys: [`domain:filler${i}.example`],
      facts: {},
      url: `https://filler${i}.example/`,
      firstSeen: 1,
      lastSeen: 1,
    }));
  const named = (ids: string[]) => ids.filter((id) => !id.startsWith('domain:filler')).sort();

  it('joins a company named again batches later, whatever the batch size, as one import of the whole file', async () => {
    // Rows 5 and 7 name companies of rows 1 and 2 again (by domain, by LinkedIn page); row 6
    // names a company stored before, already in the list, and row 8 names it again.
    const csv = [
      'Company name,Company Domain Name,LinkedIn Company Page,Industry',
      'Lotus Freight,lotusfreight.example,,Logistics',
      'Keel Analytics,keel.example,https://www.linkedin.com/company/keel-analytics/,Software Development',
      'Morrow Dental,morrowdental.example,,Hospitals and Health Care',
      'Tandem Robotics,tandem.example,,Automation Machinery Manufacturing',
      'Lotus Freight JSC,lotusfreight.example,,Logistics',
      'Vantablock,,https://www.linkedin.com/company/vantablock/,Computer and Network Security',
      'Keel,,https://www.linkedin.com/company/keel-analytics/,Software Development',
      'Vantablock Inc.,,https://www.linkedin.com/company/vantablock/,Computer and Network Security',
    ].join('\r\n');
    const results: unknown[] = [];
    // Into a small database every batch joins in memory; into a big one, by looking keys up.
    for (const [batch, filler] of [
      [1, 0],
      [2, 0],
      [3, 0],
      [100, 0],
      [1, 40],
      [3, 40],
      [100, 40],
    ] as const) {
      const list = await ensureList(`Batches of ${batch}, ${filler}`, 1, db);
      await putCompanies(db, fillers(filler));
      await putCompanies(db, [
        {
          id: 'li:vantablock',
          name: 'Vantablock',
          linkedinSlug: 'vantablock',
          keys: ['li:vantablock'],
          facts: {},
          url: 'https://www.linkedin.com/company/vantablock/',
          firstSeen: 1,
          lastSeen: 1,
        },
      ]);
      await addToList(list.id, 'li:vantablock', 5, db);
      const outcome = await runImport(
        streamAccountRows(new TextEncoder().encode(csv), batch),
        {
          listId: list.id,
          fileName: 'accounts.csv',
          rows: 8,
          icps: [{ id: 'sample', icp: sampleIcp }],
          at: 1000,
          batchId: `b${batch}-${filler}`,
        },
        {},
        db,
      );
      const members = await membersOfList(db, list.id);
      results.push({
        outcome,
        members: members.map((m) => m.companyId).sort(),
        companies: named((await allCompanies(db)).map((c) => c.id)),
      });
      await db.companyBuckets.clear();
      await db.listingBuckets.clear();
    }
    expect(results[0]).toEqual({
      outcome: { type: 'done', imported: 4 },
      members: [
        'domain:lotusfreight.example',
        'domain:morrowdental.example',
        'domain:tandem.example',
        'li:keel-analytics',
        'li:vantablock',
      ],
      companies: [
        'domain:lotusfreight.example',
        'domain:morrowdental.example',
        'domain:tandem.example',
        'li:keel-analytics',
        'li:vantablock',
      ],
    });
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  for (const filler of [0, 40])
    it(`a file imported twice adds nothing the second time; rows that name no company are not imported (${filler} other companies)`, async () => {
      await putCompanies(db, fillers(filler));
      const csv = [
        'Record ID,Company name,Company Domain Name,Industry,Company owner',
        '1,Lotus Freight,lotusfreight.example,Logistics,Ana Ruiz',
        '2,"Hoa Sen Bakery, Inc.",,Food and Beverage Services,Ana Ruiz',
        '3,,,Financial Services,Ana Ruiz',
        '4,HOA SEN BAKERY,,Food and Beverage Services,Ana Ruiz',
      ].join('\r\n');
      const data = new TextEncoder().encode(csv);
      const read = streamAll(data, 100, 1 << 20);
      expect(read.batches.flat().map((r) => r.row)).toEqual([2, 3, 5]);
      expect(read.summary.errors).toEqual([
        {
          row: 4,
          message: 'names no company (no name, domain or LinkedIn page): not imported',
          problem: { code: 'no-company-named' },
        },
      ]);
      const list = await ensureList('Twice', 1, db);
      const job = {
        listId: list.id,
        fileName: 'accounts.csv',
        rows: 3,
        icps: [{ id: 'sample', icp: sampleIcp }],
        at: 1000,
      };
      const first = await runImport(streamAccountRows(data, 2), { ...job, batchId: 'one' }, {}, db);
      expect(first).toEqual({ type: 'done', imported: 2 });
      expect(named((await allCompanies(db)).map((c) => c.id))).toEqual([
        'domain:lotusfreight.example',
        'name:hoa sen bakery',
      ]);
      const second = await runImport(
        streamAccountRows(data, 2),
        { ...job, batchId: 'two' },
        {},
        db,
      );
      expect(second).toEqual({ type: 'done', imported: 0 });
      expect(await countCompanies(db)).toBe(2 + filler);
      expect(await membersOfList(db, list.id)).toHaveLength(2);
      // Into another list: every company is stored already, so the batches write memberships only.
      const other = await ensureList('Other', 1, db);
      const third = await runImport(
        streamAccountRows(data, 2),
        { ...job, listId: other.id, batchId: 'three' },
        {},
        db,
      );
      expect(third).toEqual({ type: 'done', imported: 2 });
      expect(await membersOfList(db, other.id)).toHaveLength(2);
      expect(await countCompanies(db)).toBe(2 + filler);
    });

  it('shows progress while a large batch is written, as its companies are stored', async () => {
    const list = await ensureList('Large batch', 1, db);
    const rows = 25_000;
    const csv = ['Company name,Company Domain Name,Industry'];
    for (let i = 0; i < rows; i++) csv.push(`Batch Company ${i},batch${i}.example,Logistics`);
    const progress: number[] = [];
    const outcome = await runImport(
      streamAccountRows(new TextEncoder().encode(csv.join('\r\n')), rows),
      {
        listId: list.id,
        fileName: 'accounts.csv',
        rows,
        icps: [{ id: 'sample', icp: sampleIcp }],
        at: 1000,
        batchId: 'b-large',
      },
      { progress: (done) => progress.push(done) },
      db,
    );
    expect(outcome).toEqual({ type: 'done', imported: rows });
    // One batch: progress as its companies' buckets are stored (64 of 1,024 buckets at a time,
    // about 1,560 companies), then the whole batch.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[0]).toBeLessThan(2_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.slice(-2)).toEqual([25_000, 25_000]);
  }, 60_000);

  it('cancelled after some batches, the rollback leaves the database exactly as before', async () => {
    const list = await ensureList('Cancelled', 1, db);
    // A company stored before the import, already in the list: it must keep everything.
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
    await db.icps.add({ id: 'sample', icp: sampleIcp, createdAt: 1, updatedAt: 1 } as never);
    const before = await snapshot();
    let during = 0;
    const { outcome, stored } = await runImport(
      streamAccountRows(bytes('hubspot-companies.csv'), 3),
      {
        listId: list.id,
        fileName: 'hubspot-companies.csv',
        rows: 100,
        icps: [{ id: 'sample', icp: sampleIcp }],
        at: 1000,
        batchId: 'b-stream',
      },
      {
        progress: () => {
          during++;
        },
        cancelled: () => during >= 2,
      },
      db,
    ).then(async (outcome) => ({ outcome, stored: during }));
    expect(outcome).toEqual({ type: 'cancelled' });
    expect(stored).toBeGreaterThanOrEqual(2);
    expect(await snapshot()).toEqual(before);
  });

  it('cancelled while a batch is written: that batch is aborted, the earlier ones removed', async () => {
    const list = await ensureList('Aborted', 1, db);
    await db.icps.add({ id: 'sample', icp: sampleIcp, createdAt: 1, updatedAt: 1 } as never);
    const before = await snapshot();
    const cancel = new AbortController();
    let stored = 0;
    const outcome = await runImport(
      streamAccountRows(bytes('hubspot-companies.csv'), 3),
      {
        listId: list.id,
        fileName: 'hubspot-companies.csv',
        rows: 100,
        icps: [{ id: 'sample', icp: sampleIcp }],
        at: 1000,
        batchId: 'b-abort',
      },
      {
        progress: () => {
          stored++;
          // The next batch's write is queued right after this one's: abort it in flight.
          if (stored === 1) queueMicrotask(() => cancel.abort());
        },
        cancelled: () => cancel.signal.aborted,
        signal: cancel.signal,
      },
      db,
    );
    expect(outcome).toEqual({ type: 'cancelled' });
    expect(stored).toBeGreaterThanOrEqual(1);
    expect(await snapshot()).toEqual(before);
  });

  it('the list deleted during the import: the companies it created are removed too', async () => {
    const list = await ensureList('Deleted meanwhile', 1, db);
    await db.icps.add({ id: 'sample', icp: sampleIcp, createdAt: 1, updatedAt: 1 } as never);
    const before = await snapshot();
    const whole = readAccountBytes(bytes('hubspot-companies.csv'));
    let deleted = false;
    const outcome = await runImport(
      streamAccountRows(bytes('hubspot-companies.csv'), 2),
      {
        listId: list.id,
        fileName: 'hubspot-companies.csv',
        rows: whole.companies.length,
        icps: [{ id: 'sample', icp: sampleIcp }],
        at: 1000,
        batchId: 'b-deleted',
      },
      {
        progress: () => {
          // Another tab deletes the list (and its memberships) once a batch is stored.
          if (!deleted) setTimeout(() => void deleteList(list.id, db), 0);
          deleted = true;
        },
      },
      db,
    );
    expect(outcome.type).toBe('failed');
    const after = await snapshot();
    expect(await allCompanies(db)).toEqual([]);
    expect(await countCompanies(db)).toBe(0);
    expect(after.listingBuckets).toEqual(before.listingBuckets);
    expect(after.memberBuckets).toEqual([]);
  });

  it.each([
    ['under the id a later row’s company gets', 'domain:rowan-freight.example'],
    ['under another id, with the domain a later row names', 'li:rowan-freight'],
  ])(
    'a company a page stores meanwhile %s is joined, kept as it is, never doubled',
    async (_, id) => {
      const list = await ensureList('Raced', 1, db);
      // Rows of one company each, a batch each; the page stores row 8's company after row 1's batch.
      const names = ['Lotus', 'Keel', 'Morrow', 'Tandem', 'Vanta', 'Oakridge', 'Solenne', 'Rowan'];
      const csv = [
        'Company name,Company Domain Name,Industry',
        ...names.map((n) => `${n} Freight,${n.toLowerCase()}-freight.example,Logistics`),
      ].join('\r\n');
      const visited = {
        id,
        keys: [...new Set([id, 'domain:rowan-freight.example'])],
        facts: {},
        url: 'https://rowan-freight.example/',
        firstSeen: 1,
        lastSeen: 1,
      };
      let written = 0;
      const outcome = await runImport(
        streamAccountRows(new TextEncoder().encode(csv), 1),
        {
          listId: list.id,
          fileName: 'accounts.csv',
          rows: names.length,
          icps: [{ id: 'sample', icp: sampleIcp }],
          at: 1000,
          batchId: 'b-race',
        },
        {
          progress: () => {
            if (++written === 1) setTimeout(() => void putCompanies(db, [visited]), 0);
          },
        },
        db,
      );
      expect(outcome).toEqual({ type: 'done', imported: names.length });
      // The page's record stands (not the file's), with no listing from the file; it is in the list.
      expect(await storedCompany(db, id)).toEqual(visited);
      expect((await allListings(db)).some((l) => l.companyId === id)).toBe(false);
      expect((await membersOfList(db, list.id)).map((m) => m.companyId)).toContain(id);
      expect(await countCompanies(db)).toBe(names.length);
    },
  );
});
