import type { CompanyBucketRecord, CompanyRecord } from '../records';
import {
  type BucketStore,
  bucketOf,
  editRows,
  getRows,
  groupRows,
  prepareAddRows,
  putRows,
  readBuckets,
} from './buckets';
import type { IcpLensDb } from './schema';

/*
 * The one home of company records (since v11): companies are stored in buckets (see buckets.ts),
 * one record per bucket (`companyBuckets`, key `[owner+bucket]`, the owner `COMPANY_OWNER`), the
 * bucket of a company given by its id (`companyBucket`). IndexedDB in Chromium pays about 100 µs
 * per record written: 90,000 companies one to a record took 9.4–11.2 s and 2.2–3.0 s in 1,024
 * buckets with the keys index (raw IndexedDB in the test Chromium, records of 1.1 KB). Each
 * bucket record repeats its companies' lookup keys for the multi-entry `keys` index (the bucket
 * holding a key). The number of companies is kept in one more record of the table (owner
 * `COUNT_OWNER`), changed with every write: counting 100,000 entries of an index took 0.9 s.
 * Every change rewrites the buckets it touches; callers that need atomicity with other tables run
 * these inside their own transaction, which must include `companyBuckets`.
 */

/**
 * Buckets of companies. 1,024 keeps a bucket of 100,000 companies near 100 companies (about
 * 100 KB): fewer, larger records were faster to write than 4,096 smaller ones (3.6–5.2 s for
 * 90,000 companies), blob files above 64 KB included.
 */
export const COMPANY_BUCKETS = 1024;

/** The owner of every company bucket: companies belong to no list or ICP. */
export const COMPANY_OWNER = 'all';

/** The bucket (0–1023) of a company id (`bucketOf`). */
export const companyBucket = (id: string): number => bucketOf(id, COMPANY_BUCKETS);

/** The owner of the record that holds the number of companies stored (key `[COUNT_OWNER, 0]`). */
export const COUNT_OWNER = 'count';
const COUNT_KEY: [string, number] = [COUNT_OWNER, 0];

/** The count record: `count` companies stored. */
export function companyCountRecord(count: number): CompanyBucketRecord {
  return { owner: COUNT_OWNER, bucket: 0, companies: [], keys: [], count };
}

/** A bucket record of companies (given in id order) with its index field (`keys`). */
export function companyBucketRecord(
  bucket: number,
  companies: CompanyRecord[],
): CompanyBucketRecord {
  const keys = new Set<string>();
  for (const c of companies) if (Array.isArray(c.keys)) for (const k of c.keys) keys.add(k);
  return { owner: COMPANY_OWNER, bucket, companies, keys: [...keys] };
}

const rowsOf = (b: CompanyBucketRecord): CompanyRecord[] =>
  Array.isArray(b?.companies) ? b.companies : [];

const store = (db: IcpLensDb): BucketStore<CompanyRecord, CompanyBucketRecord> => ({
  table: db.companyBuckets,
  bucketOf: companyBucket,
  rowsOf,
  companyIdOf: (c) => c.id,
  record: (_owner, bucket, companies) => companyBucketRecord(bucket, companies),
  counted: (added) => countAdded(db, added),
});

/** Every company bucket's companies, summed (reads every bucket). */
async function countByReading(db: IcpLensDb): Promise<number> {
  let count = 0;
  await eachCompanyBucket(db, (companies) => {
    count += companies.length;
  });
  return count;
}

/**
 * Adds `added` to the count record, in the caller's transaction, after the buckets' writes were
 * asked for. A missing or damaged count record is left so (`countCompanies` then counts every
 * bucket): counting inside a page visit's transaction made it commit too early (Dexie's zone
 * lost in the loop of reads). The record is created with the database (`populate`), by the v11
 * upgrade and by a restore, so it is missing only when damaged.
 */
async function countAdded(db: IcpLensDb, added: number): Promise<void> {
  const record = await db.companyBuckets.get(COUNT_KEY);
  if (typeof record?.count === 'number')
    await db.companyBuckets.put(companyCountRecord(Math.max(0, record.count + added)));
}

const ownerOf = () => COMPANY_OWNER;
const owned = (ids: readonly string[]) => ids.map((id) => [COMPANY_OWNER, id] as const);

/**
 * Companies grouped into their bucket records, with the count record (pure; a later company of
 * an id wins): what a table that held only these companies stores.
 */
export function companyBucketsOf(companies: Iterable<CompanyRecord>): CompanyBucketRecord[] {
  const buckets = groupRows(companies, ownerOf, (c) => c.id, companyBucket).map(
    ({ bucket, rows }) => companyBucketRecord(bucket, rows),
  );
  return [...buckets, companyCountRecord(buckets.reduce((n, b) => n + b.companies.length, 0))];
}

/**
 * The stored companies of some ids, in the order asked (undefined where none), as stored
 * (unchecked; `getCompany` parses). One read of each bucket touched, all in one request: ask for
 * many ids at once rather than page by page (a page of ids touches most buckets).
 */
export function getCompanies(
  db: IcpLensDb,
  ids: readonly string[],
): Promise<(CompanyRecord | undefined)[]> {
  return getRows(store(db), ownerOf, owned(ids));
}

/*
 * The functions below, which run inside callers' transactions, return Dexie's promises as they
 * are rather than through an `async` wrapper: Dexie keeps a transaction's zone across a limited
 * number of native awaits, so fewer of them is safer (the page-visit failure that taught this
 * came from counting inside a write, see `countAdded`).
 */

/** One stored company as stored (unchecked), or undefined. */
export function storedCompany(db: IcpLensDb, id: string): Promise<CompanyRecord | undefined> {
  return getCompanies(db, [id]).then(([company]) => company);
}

/** Stores companies, each replacing the stored one of its id. */
export function putCompanies(db: IcpLensDb, companies: readonly CompanyRecord[]): Promise<void> {
  return putRows(store(db), ownerOf, companies);
}

/** Removes the companies of these ids (ids not stored are skipped). */
export function deleteCompanies(db: IcpLensDb, ids: readonly string[]): Promise<void> {
  return editRows(store(db), ownerOf, owned(ids), () => undefined);
}

/**
 * `putCompanies` for new companies, in two steps (see `prepareAddRows`): a company whose id is
 * stored already is left as it is and named in `taken`. The write puts 64 buckets per request
 * and reports `written(companies)`, the share of `companies` stored so far, after each.
 */
export async function prepareAddCompanies(
  db: IcpLensDb,
  companies: readonly CompanyRecord[],
): Promise<{
  taken: Set<string>;
  write: (written?: (companies: number) => void) => Promise<void>;
}> {
  const { taken, write } = await prepareAddRows(store(db), ownerOf, companies);
  return {
    taken,
    write: (written) =>
      write(
        written && {
          chunk: 64,
          written: (records, total) =>
            written(Math.floor((companies.length * records) / Math.max(total, 1))),
        },
      ),
  };
}

/**
 * The stored companies with any of these lookup keys (`li:<slug>`, `domain:<domain>`,
 * `name:<name>`), each once: one query on the `keys` index, then each bucket found is searched.
 */
export function companiesWithKeys(
  db: IcpLensDb,
  keys: readonly string[],
): Promise<CompanyRecord[]> {
  const wanted = new Set(keys);
  return db.companyBuckets
    .where('keys')
    .anyOf([...wanted])
    .distinct()
    .toArray()
    .then((buckets) =>
      buckets.flatMap((b) =>
        rowsOf(b).filter((c) => Array.isArray(c.keys) && c.keys.some((k) => wanted.has(k))),
      ),
    );
}

/**
 * How many companies are stored: the count record (one read), or a count of every bucket when
 * that record is missing or damaged.
 */
export async function countCompanies(db: IcpLensDb): Promise<number> {
  const record = await db.companyBuckets.get(COUNT_KEY);
  return typeof record?.count === 'number' ? record.count : countByReading(db);
}

/**
 * The first `limit` stored companies, in bucket order (id order within a bucket): the buckets
 * read until there are enough.
 */
export async function firstCompanies(db: IcpLensDb, limit: number): Promise<CompanyRecord[]> {
  const companies: CompanyRecord[] = [];
  await readBuckets(db.companyBuckets, COMPANY_OWNER, {
    step: 2,
    each: (b) => {
      companies.push(...rowsOf(b));
      return companies.length >= limit;
    },
  });
  return companies.slice(0, limit);
}

/**
 * The stored companies whose ids `listed` does not have (e.g. an ICP's unscored companies):
 * none, without reading a bucket, when as many companies are stored as `listed` holds (every
 * listing has its company: listings go with their company); else every bucket is read. Stops
 * with `signal`'s reason once aborted.
 */
export async function companiesNotIn(
  db: IcpLensDb,
  listed: { has(id: string): boolean; readonly size: number },
  signal?: AbortSignal,
): Promise<CompanyRecord[]> {
  if ((await countCompanies(db)) === listed.size) return [];
  const found: CompanyRecord[] = [];
  await eachCompanyBucket(
    db,
    (companies) => {
      for (const c of companies) if (!listed.has(c.id)) found.push(c);
    },
    signal,
  );
  return found;
}

/**
 * Every stored company, a bucket at a time: `each` gets each bucket's companies (in id order
 * within it), buckets in bucket order. Stops with `signal`'s reason once aborted.
 */
export function eachCompanyBucket(
  db: IcpLensDb,
  each: (companies: readonly CompanyRecord[]) => void,
  signal?: AbortSignal,
): Promise<void> {
  return readBuckets(db.companyBuckets, COMPANY_OWNER, {
    step: 32,
    signal,
    each: (b) => {
      each(rowsOf(b));
      return false;
    },
  });
}

/** Every stored company (see `eachCompanyBucket`). */
export async function allCompanies(db: IcpLensDb, signal?: AbortSignal): Promise<CompanyRecord[]> {
  const companies: CompanyRecord[] = [];
  await eachCompanyBucket(db, (bucket) => companies.push(...bucket), signal);
  return companies;
}
