import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allCompanies,
  COUNT_OWNER,
  companiesNotIn,
  companiesWithKeys,
  countCompanies,
  deleteCompanies,
  firstCompanies,
  getCompanies,
  prepareAddCompanies,
  putCompanies,
} from '@/lib/db/company-store';
import { type CompanyRecord, IcpLensDb } from '@/lib/db/schema';

const NAME = 'company-store';
let db: IcpLensDb;
beforeEach(async () => {
  db = new IcpLensDb(NAME);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

const company = (i: number, extra: Partial<CompanyRecord> = {}): CompanyRecord => ({
  id: `domain:c${i}.example`,
  name: `C${i}`,
  domain: `c${i}.example`,
  keys: [`domain:c${i}.example`, `li:c${i}`],
  facts: {},
  url: `https://c${i}.example/`,
  firstSeen: i,
  lastSeen: i,
  ...extra,
});
/** The count record's number (not a count of the buckets, which a missing record falls back to). */
const counted = async () => (await db.companyBuckets.get([COUNT_OWNER, 0]))?.count;
const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => company(from + i));

describe('companies in buckets', () => {
  it('keeps the count with every put, replace and delete, without reading a bucket', async () => {
    expect(await countCompanies(db)).toBe(0);
    await putCompanies(db, many(3000));
    expect(await counted()).toBe(3000);
    // Replacing stored companies adds none.
    await putCompanies(db, [company(5, { name: 'Renamed' }), company(3000)]);
    expect(await counted()).toBe(3001);
    await deleteCompanies(db, ['domain:c1.example', 'domain:c2.example', 'domain:nobody.example']);
    expect(await counted()).toBe(2999);
    expect(await countCompanies(db)).toBe(2999);
    expect(await allCompanies(db)).toHaveLength(2999);
    expect(
      (await getCompanies(db, ['domain:c5.example', 'domain:c1.example'])).map((c) => c?.name),
    ).toEqual(['Renamed', undefined]);
  });

  it('starts a new database at 0, and counts every bucket when the count record is damaged', async () => {
    expect(await counted()).toBe(0);
    await putCompanies(db, many(500));
    await db.companyBuckets.delete([COUNT_OWNER, 0]);
    expect(await countCompanies(db)).toBe(500);
    // Writes leave a missing record missing (never counted inside a write); reads count.
    await putCompanies(db, [company(500)]);
    expect(await counted()).toBeUndefined();
    expect(await countCompanies(db)).toBe(501);
    await db.companyBuckets.put({
      owner: COUNT_OWNER,
      bucket: 0,
      companies: [],
      keys: [],
      count: 'x' as never,
    });
    expect(await countCompanies(db)).toBe(501);
  });

  it('adds new companies only: one stored meanwhile under a planned id is kept and named', async () => {
    await putCompanies(db, [company(7, { name: 'Seen on a page' })]);
    await db.transaction('rw', db.companyBuckets, async () => {
      const add = await prepareAddCompanies(db, many(20));
      expect([...add.taken]).toEqual(['domain:c7.example']);
      const progress: number[] = [];
      await add.write((n) => progress.push(n));
      expect(progress.at(-1)).toBe(20);
    });
    expect(await counted()).toBe(20);
    expect((await getCompanies(db, ['domain:c7.example']))[0]?.name).toBe('Seen on a page');
  });

  it('finds companies by any lookup key, each once', async () => {
    await putCompanies(db, many(2000));
    const found = await companiesWithKeys(db, [
      'li:c42',
      'domain:c42.example',
      'domain:c1999.example',
      'li:x',
    ]);
    expect(found.map((c) => c.id).sort()).toEqual(['domain:c1999.example', 'domain:c42.example']);
  });

  it('gives the companies no listing names, reading nothing when the numbers agree', async () => {
    await putCompanies(db, many(10));
    const listed = new Set(many(9).map((c) => c.id));
    expect((await companiesNotIn(db, listed)).map((c) => c.id)).toEqual(['domain:c9.example']);
    listed.add('domain:c9.example');
    expect(await companiesNotIn(db, listed)).toEqual([]);
    expect(await firstCompanies(db, 4)).toHaveLength(4);
  });
});
