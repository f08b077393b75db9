import type { ImportPlan } from '../lists/import';
import { ListError } from '../lists/list-error';
import {
  companiesWithKeys,
  deleteCompanies,
  eachCompanyBucket,
  getCompanies,
  prepareAddCompanies,
} from './company-store';
import { dropCompanyListings, prepareScores } from './listings';
import { deleteBatchMembers, preparePutMembers } from './members';
import { getDb, type IcpLensDb } from './schema';

/** Stored companies with any of these lookup keys, as key → company id. */
export async function companiesByKey(
  keys: readonly string[],
  db: IcpLensDb = getDb(),
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const wanted = new Set(keys);
  for (const c of await companiesWithKeys(db, keys))
    for (const k of c.keys) if (wanted.has(k)) found.set(k, c.id);
  return found;
}

/**
 * Every stored company's lookup keys, as key → company id: one pass over the company buckets.
 * For an import into a database not much bigger than its file, which then joins every batch in
 * memory instead of looking its keys up batch by batch.
 */
export async function allCompanyKeys(db: IcpLensDb = getDb()): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  await eachCompanyBucket(db, (companies) => {
    for (const c of companies)
      if (Array.isArray(c.keys)) for (const k of c.keys) found.set(String(k), c.id);
  });
  return found;
}

/** The rows one batch of an import writes: everything of a plan but the batch record. */
export type ImportRows = Omit<ImportPlan, 'batch'>;

/**
 * Writes a batch of rows; the caller's transaction (or this call's own) covers the tables.
 * `written` gets the number of the batch's new companies stored so far, as their buckets are
 * stored.
 */
async function writeRows(
  rows: ImportRows,
  listId: string,
  db: IcpLensDb,
  written?: (companies: number) => void,
): Promise<void> {
  if (!(await db.lists.get(listId))) throw new ListError({ code: 'list-gone' });
  // Every bucket is read and merged first and written after: IndexedDB then writes them one
  // after another instead of waiting while each is read and merged (0.7 s of 100,000 rows with
  // one record per company, measured alternately at load 2).
  // Only non-empty writes are asked for: Dexie answered an empty bulkAdd with a promise outside
  // the transaction's zone, and a write after it then ran in a transaction of its own, waiting
  // on this one, which committed with nothing pending ("Transaction committed too early").
  const listed = new Map(rows.companies.map((c) => [c.id, c]));
  let [addCompanies, writeMembers, writeListings] = await Promise.all([
    rows.companies.length > 0 ? prepareAddCompanies(db, rows.companies) : undefined,
    rows.members.length > 0 ? preparePutMembers(db, rows.members) : undefined,
    rows.companies.length > 0 ? prepareScores(db, rows.scores, listed) : undefined,
  ]);
  // Rare: planned ids stored meanwhile by a page visit are joined, their record and listing
  // kept; the listing buckets are merged again without the file's (nothing wrote them since).
  const taken = addCompanies?.taken ?? new Set<string>();
  if (taken.size > 0)
    writeListings = await prepareScores(
      db,
      rows.scores.filter((s) => !taken.has(s.companyId)),
      listed,
    );
  await Promise.all([addCompanies?.write(written), writeListings?.(), writeMembers?.()]);
}

const importTables = (db: IcpLensDb) => [
  db.companyBuckets,
  db.listingBuckets,
  db.memberBuckets,
  db.importBatches,
  db.lists,
];

/**
 * Writes an import in one transaction, each table in one bulk write: new companies (each its own
 * observation), their listings (`putScores`: one per ICP, holding the score), the list
 * memberships and the batch record. All or nothing: if any write fails (a company created
 * meanwhile with the same id, quota), the database stays as it was and the error is thrown.
 */
export async function commitImport(plan: ImportPlan, db: IcpLensDb = getDb()): Promise<void> {
  await db.transaction('rw', importTables(db), async () => {
    await writeRows(plan, plan.batch.listId, db);
    await db.importBatches.add(plan.batch);
    await db.lists.update(plan.batch.listId, { updatedAt: plan.batch.at });
  });
}

/**
 * Writes one batch of a large import's rows in its own transaction (all of the batch or none), so
 * the importer holds one batch at a time. The import is not finished until `finishImport`; on
 * cancel or failure `rollbackImport` removes what the earlier batches wrote. Throws when the list
 * is gone or a write fails, and (an `AbortError`) when `signal` aborts it: the batch is undone.
 * `written` gets the number of the batch's new companies stored so far, as they are stored.
 */
export async function commitImportRows(
  rows: ImportRows,
  listId: string,
  db: IcpLensDb = getDb(),
  signal?: AbortSignal,
  written?: (companies: number) => void,
): Promise<void> {
  await db.transaction('rw', importTables(db), async (tx) => {
    // Cancelled while this batch is written: abort it (nothing of it stays) instead of waiting.
    const abort = () => tx.abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await writeRows(rows, listId, db, written);
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  });
}

/**
 * Ends an import written batch by batch: its batch record, and the list's change time. Throws
 * (`list-gone`) when the list was deleted meanwhile.
 */
export async function finishImport(
  batch: ImportPlan['batch'],
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.transaction('rw', db.importBatches, db.lists, async () => {
    // Deleted since the last batch was written: the import failed (its rollback follows).
    if (!(await db.lists.get(batch.listId))) throw new ListError({ code: 'list-gone' });
    await db.importBatches.add(batch);
    await db.lists.update(batch.listId, { updatedAt: batch.at });
  });
}

/**
 * Undoes the batches of an unfinished import (cancelled or failed) into list `listId`: the
 * memberships batch `batchId` added, and the companies it created (their record names the batch:
 * `impliedObservation.batchId`) with their listings. The created companies are those of the
 * batch's memberships and `created` (the ids the importer asked to create: a list deleted
 * meanwhile took the memberships with it). Companies that existed before keep everything and
 * only lose the new membership; so does a company the import created that a page visit has
 * observed meanwhile (it is a page's company now). One transaction.
 */
export async function rollbackImport(
  listId: string,
  batchId: string,
  db: IcpLensDb = getDb(),
  created: readonly string[] = [],
): Promise<void> {
  await db.transaction('rw', [...importTables(db), db.icps], async () => {
    const ids = new Set([...(await deleteBatchMembers(db, listId, batchId)), ...created]);
    const mine = (await getCompanies(db, [...ids])).flatMap((c) =>
      c?.impliedObservation?.batchId === batchId ? [c.id] : [],
    );
    if (mine.length === 0) return;
    await dropCompanyListings(db, mine);
    await deleteCompanies(db, mine);
  });
}
