import Dexie, { type Table } from 'dexie';

/*
 * Records that hold many rows ("buckets"): IndexedDB in Chromium pays about 60–130 µs per record
 * written, whatever its size up to tens of KB, and little per byte, so tables written by the
 * hundred thousand (list memberships, listings) store a bucket of rows per record, the bucket of
 * a row given by its company id. Measured on the 2-core test machine, 20,000 small records took
 * 1.4–1.9 s one per record and 0.08–0.13 s a hundred to a record.
 */

/**
 * The bucket (0 to `count` − 1) of a company id: FNV-1a (32-bit) of its UTF-16 code units, modulo
 * `count`. Stable: stored buckets depend on it, so changing it needs a database upgrade.
 * Source: the FNV hash, IETF draft-eastlake-fnv (offset basis 0x811c9dc5, prime 0x01000193).
 */
export function bucketOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/**
 * How one bucketed table stores its rows: records keyed `[owner, bucket]` (owner: a list id or
 * an ICP id), each holding the rows of its owner whose company ids fall in its bucket, in company
 * id order.
 */
export interface BucketStore<Row, Bucket> {
  table: Table<Bucket, [string, number]>;
  /** The bucket of a company id (`bucketOf` with the table's bucket count). */
  bucketOf: (companyId: string) => number;
  /** A record's rows; [] when damaged (not an array). */
  rowsOf: (record: Bucket) => readonly Row[];
  companyIdOf: (row: Row) => string;
  record: (owner: string, bucket: number, rows: Row[]) => Bucket;
  /**
   * Called in the same transaction after each write of buckets with the rows it added (negative:
   * removed), for a table that keeps a count of its rows (companies).
   */
  counted?: (added: number) => Promise<void>;
}

/** `[owner, bucket]` as text, for maps. */
const bucketKeyText = (owner: string, bucket: number) => `${bucket} ${owner}`;

/** Bucket records to write after a change: those to put and the keys of those left empty. */
interface BucketWrites<Bucket> {
  put: Bucket[];
  gone: [string, number][];
  /** Rows after the change minus rows before, over the buckets touched. */
  added: number;
}

/**
 * Reads the buckets of some `[owner, companyId]` pairs and applies `change` to each bucket's rows
 * by company id (with the bucket's key text, `bucketKeyText`), editing them in place; returns
 * the writes, none done yet. One read per bucket touched, all in one `bulkGet`.
 */
async function readChanges<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  touched: Iterable<readonly [owner: string, companyId: string]>,
  change: (rows: Map<string, Row>, key: string) => void,
): Promise<BucketWrites<Bucket>> {
  const keys = new Map<string, [string, number]>();
  for (const [owner, companyId] of touched) {
    const bucket = store.bucketOf(companyId);
    keys.set(bucketKeyText(owner, bucket), [owner, bucket]);
  }
  const writes: BucketWrites<Bucket> = { put: [], gone: [], added: 0 };
  if (keys.size === 0) return writes;
  const wanted = [...keys.entries()];
  const old = await store.table.bulkGet(wanted.map(([, key]) => key));
  wanted.forEach(([text, [owner, bucket]], i) => {
    const before = old[i];
    const rows = new Map(
      (before ? store.rowsOf(before) : []).map((r) => [store.companyIdOf(r), r] as const),
    );
    const had = rows.size;
    change(rows, text);
    writes.added += rows.size - had;
    if (rows.size > 0) writes.put.push(store.record(owner, bucket, byCompanyId(rows)));
    else if (before) writes.gone.push([owner, bucket]);
  });
  return writes;
}

/** How a large write reports progress: `chunk` records per request, `written` after each. */
export interface WriteProgress {
  chunk: number;
  /** The records stored so far and their total. */
  written: (records: number, total: number) => void;
}

/**
 * Writes what `readChanges` returned (only non-empty requests). With `progress`, the buckets to
 * put go `chunk` per request, all asked for at once, each stored request reported.
 */
async function writeChanges<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  writes: BucketWrites<Bucket>,
  progress?: WriteProgress,
): Promise<void> {
  const { put } = writes;
  // A plain write awaits Dexie's own promise (no native await in the caller's transaction).
  if (put.length > 0 && !progress) await store.table.bulkPut(put);
  else if (put.length > 0 && progress) {
    let done = 0;
    const requests: Promise<unknown>[] = [];
    for (let from = 0; from < put.length; from += progress.chunk) {
      const part = put.slice(from, from + progress.chunk);
      requests.push(
        store.table.bulkPut(part).then(() => {
          done += part.length;
          progress.written(done, put.length);
        }),
      );
    }
    await Promise.all(requests);
  }
  if (writes.gone.length > 0) await store.table.bulkDelete(writes.gone);
  if (writes.added !== 0 && store.counted) await store.counted(writes.added);
}

/**
 * Rewrites the buckets of some `[owner, companyId]` pairs: `change` gets each bucket's rows by
 * company id, with the bucket's key text (`bucketKeyText`), and edits them in place. One read and
 * one write per bucket touched, in one transaction (the caller's, when it includes the table); a
 * bucket left empty is deleted.
 */
async function changeBuckets<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  touched: Iterable<readonly [owner: string, companyId: string]>,
  change: (rows: Map<string, Row>, key: string) => void,
): Promise<void> {
  await store.table.db.transaction('rw', store.table, async () => {
    await writeChanges(store, await readChanges(store, touched, change));
  });
}

/** Rows grouped by bucket key text (`bucketKeyText`), for `changeBuckets`. */
function groupByBucket<Row>(
  rows: readonly Row[],
  ownerOf: (row: Row) => string,
  bucketOfRow: (row: Row) => number,
): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = bucketKeyText(ownerOf(row), bucketOfRow(row));
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** A bucket's rows in company id order (the map is keyed by company id). */
function byCompanyId<Row>(rows: Map<string, Row>): Row[] {
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/**
 * Every record of an owner's buckets in bucket order, read `step` records at a time (a query per
 * step, each after the last bucket read, so an owner with few buckets costs one query); `each`
 * gets each record and returns true to end the read early. Between reads it stops with
 * `signal`'s reason once aborted.
 */
export async function readBuckets<Bucket extends { bucket: number }>(
  table: Table<Bucket, [string, number]>,
  owner: string,
  options: { step?: number; signal?: AbortSignal; each: (record: Bucket) => boolean | undefined },
): Promise<void> {
  const step = options.step ?? 64;
  let after = -1;
  for (;;) {
    options.signal?.throwIfAborted();
    const records = await table
      .where(table.schema.primKey.name)
      .between([owner, after], [owner, Dexie.maxKey], false, true)
      .limit(step)
      .toArray();
    for (const r of records) if (options.each(r)) return;
    const last = records.at(-1);
    if (records.length < step || last === undefined) return;
    after = last.bucket;
  }
}

/**
 * Rows grouped into buckets (pure): per owner and bucket, the rows in company id order, a later
 * row of the same owner and company replacing an earlier one.
 */
export function groupRows<Row>(
  rows: Iterable<Row>,
  ownerOf: (row: Row) => string,
  companyIdOf: (row: Row) => string,
  bucketOfId: (companyId: string) => number,
): { owner: string; bucket: number; rows: Row[] }[] {
  const groups = new Map<string, { owner: string; bucket: number; rows: Map<string, Row> }>();
  for (const row of rows) {
    const owner = ownerOf(row);
    const bucket = bucketOfId(companyIdOf(row));
    const key = bucketKeyText(owner, bucket);
    let group = groups.get(key);
    if (!group) {
      group = { owner, bucket, rows: new Map() };
      groups.set(key, group);
    }
    group.rows.set(companyIdOf(row), row);
  }
  return [...groups.values()].map(({ owner, bucket, rows }) => ({
    owner,
    bucket,
    rows: byCompanyId(rows),
  }));
}

/** `[owner, companyId]` as text, for maps and sets of rows. */
const rowKeyText = (owner: string, companyId: string) => `${owner}\n${companyId}`;

/**
 * The stored rows of `[owner, companyId]` pairs, in the order asked (undefined where none), as
 * stored (unchecked). One read per bucket, all in one `bulkGet`.
 */
export async function getRows<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  ownerOf: (row: Row) => string,
  keys: readonly (readonly [owner: string, companyId: string])[],
): Promise<(Row | undefined)[]> {
  const wanted = new Map<string, [string, number]>();
  for (const [owner, companyId] of keys) {
    const bucket = store.bucketOf(companyId);
    wanted.set(bucketKeyText(owner, bucket), [owner, bucket]);
  }
  const byKey = new Map<string, Row>();
  for (const b of await store.table.bulkGet([...wanted.values()]))
    if (b)
      for (const row of store.rowsOf(b))
        if (row) byKey.set(rowKeyText(ownerOf(row), store.companyIdOf(row)), row);
  return keys.map(([owner, companyId]) => byKey.get(rowKeyText(owner, companyId)));
}

/** How `putRows` changes the buckets: each row replaces the stored one of its owner and company. */
function putChange<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  ownerOf: (row: Row) => string,
  rows: readonly Row[],
) {
  const groups = groupByBucket(rows, ownerOf, (r) => store.bucketOf(store.companyIdOf(r)));
  return {
    touched: rows.map((r) => [ownerOf(r), store.companyIdOf(r)] as const),
    change: (stored: Map<string, Row>, key: string) => {
      for (const r of groups.get(key) ?? []) stored.set(store.companyIdOf(r), r);
    },
  };
}

/** Stores rows, each replacing the stored one of the same owner and company. */
export async function putRows<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  ownerOf: (row: Row) => string,
  rows: readonly Row[],
): Promise<void> {
  const { touched, change } = putChange(store, ownerOf, rows);
  await changeBuckets(store, touched, change);
}

/**
 * `putRows` in two steps, for a writer of many other records: reads and merges the buckets now,
 * and returns their write, which the caller runs after asking for its own writes, so IndexedDB
 * writes the buckets right after them instead of waiting while they are read and merged. Both
 * steps must run in one transaction that includes the table, with no other change to these
 * buckets between them.
 */
export async function preparePutRows<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  ownerOf: (row: Row) => string,
  rows: readonly Row[],
): Promise<() => Promise<void>> {
  const { touched, change } = putChange(store, ownerOf, rows);
  const writes = await readChanges(store, touched, change);
  return () => writeChanges(store, writes);
}

/**
 * Adds rows in two steps, like `preparePutRows`: reads and merges the buckets now, adding each
 * row whose owner and company have none stored, and returns the rows left out because one is
 * stored (`taken`, by company id) with the write (`progress`: see `writeChanges`). Both steps
 * must run in one transaction that includes the table.
 */
export async function prepareAddRows<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  ownerOf: (row: Row) => string,
  rows: readonly Row[],
): Promise<{ taken: Set<string>; write: (progress?: WriteProgress) => Promise<void> }> {
  const groups = groupByBucket(rows, ownerOf, (r) => store.bucketOf(store.companyIdOf(r)));
  const taken = new Set<string>();
  const writes = await readChanges(
    store,
    rows.map((r) => [ownerOf(r), store.companyIdOf(r)] as const),
    (stored, key) => {
      for (const r of groups.get(key) ?? []) {
        const id = store.companyIdOf(r);
        if (stored.has(id)) taken.add(id);
        else stored.set(id, r);
      }
    },
  );
  return { taken, write: (progress) => writeChanges(store, writes, progress) };
}

/**
 * Edits or removes stored rows of `[owner, companyId]` pairs: `edit` returns the new row, or
 * undefined to remove it. Pairs with no row are skipped.
 */
export async function editRows<Row, Bucket>(
  store: BucketStore<Row, Bucket>,
  ownerOf: (row: Row) => string,
  keys: readonly (readonly [owner: string, companyId: string])[],
  edit: (row: Row) => Row | undefined,
): Promise<void> {
  const wanted = new Set(keys.map(([owner, companyId]) => rowKeyText(owner, companyId)));
  await changeBuckets(store, keys, (stored) => {
    for (const [companyId, row] of stored) {
      if (!wanted.has(rowKeyText(ownerOf(row), companyId))) continue;
      const edited = edit(row);
      if (edited === undefined) stored.delete(companyId);
      else stored.set(companyId, edited);
    }
  });
}
