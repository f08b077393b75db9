import Dexie from 'dexie';
import type { ImportPlan } from '../lists/import';
import { ListError } from '../lists/list-error';
import { dropCompanyListings, prepareScores } from './listings';
import { deleteBatchMembers, preparePutMembers } from './members';
import { getDb, type IcpLensDb } from './schema';

/** Stored companies with any of these lookup keys, as key → company id. */
export async function companiesByKey(
  keys: readonly string[],
  db: IcpLensDb = getDb(),
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (keys.length === 0) return found;
  const wanted = new Set(keys);
  await db.companies
    .where('keys')
    .anyOf([...wanted])
    .each((c) => {
      for (const k of c.keys) if (wanted.has(k)) found.set(k, c.id);
    });
  return found;
}

/**
 * Every stored company's lookup keys, as key → company id: one pass over the `keys` index (keys
 * only, no record read). For an import into a database not much bigger than its file, which then
 * joins every batch in memory instead of looking its keys up batch by batch.
 */
export async function allCompanyKeys(db: IcpLensDb = getDb()): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  await db.companies
    .orderBy('keys')
    .eachKey((key, cursor) => found.set(String(key), String(cursor.primaryKey)));
  return found;
}

/** The rows one batch of an import writes: everything of a plan but the batch record. */
export type ImportRows = Omit<ImportPlan, 'batch'>;

/**
 * New companies per write request of a batch: each chunk's completion is progress the import
 * can show while a batch of 100,000 rows is written. Every chunk is asked for at once: a pause
 * between them would have to keep the transaction alive (Dexie.waitFor), which waits behind the
 * writes already asked for and never ends once the transaction is aborted (a cancel then hung).
 */
const COMPANY_CHUNK = 10_000;

/**
 * Writes a batch of rows; the caller's transaction (or this call's own) covers the tables.
 * `written` gets the number of the batch's new companies stored so far, after each chunk.
 */
async function writeRows(
  rows: ImportRows,
  listId: string,
  db: IcpLensDb,
  written?: (companies: number) => void,
): Promise<void> {
  if (!(await db.lists.get(listId))) throw new ListError({ code: 'list-gone' });
  // The listing and membership buckets are read and merged first and written after the
  // companies: IndexedDB then writes them right after the companies instead of waiting while
  // they are read and merged (0.7 s of 100,000 rows, measured alternately at load 2).
  const listed = new Map(rows.companies.map((c) => [c.id, c]));
  let [writeListings, writeMembers] = await Promise.all([
    rows.companies.length > 0 ? prepareScores(db, rows.scores, listed) : undefined,
    rows.members.length > 0 ? preparePutMembers(db, rows.members) : undefined,
  ]);
  // Only non-empty writes: Dexie answers an empty bulkAdd with a promise outside the
  // transaction's zone, and the membership write after it then ran in a transaction of its own,
  // waiting on this one, which committed with nothing pending ("Transaction committed too early":
  // an import whose rows all join stored companies always failed).
  if (rows.companies.length > 0) {
    let stored = 0;
    /** Planned ids stored meanwhile by a page visit: joined (their record and listing kept). */
    const taken = new Set<string>();
    const chunks: Promise<unknown>[] = [];
    for (let from = 0; from < rows.companies.length; from += COMPANY_CHUNK) {
      const chunk = rows.companies.slice(from, from + COMPANY_CHUNK);
      chunks.push(
        db.companies
          .bulkAdd(chunk)
          .catch((error: unknown) => {
            // Dexie lets the other adds of the chunk stand (the transaction goes on) and says
            // which failed: a company stored under the same id since this batch was joined.
            if (!(error instanceof Dexie.BulkError)) throw error;
            for (const [pos, failure] of Object.entries(error.failuresByPos)) {
              const company = chunk[Number(pos)];
              if (failure.name !== 'ConstraintError' || !company) throw error;
              taken.add(company.id);
            }
          })
          .then(() => {
            stored += chunk.length;
            written?.(stored);
          }),
      );
    }
    await Promise.all(chunks);
    // Rare: companies stored meanwhile keep their own listings; the buckets are merged again
    // without the file's (nothing has written them since they were read).
    if (taken.size > 0)
      writeListings = await prepareScores(
        db,
        rows.scores.filter((s) => !taken.has(s.companyId)),
        listed,
      );
  }
  await Promise.all([writeListings?.(), writeMembers?.()]);
}

const importTables = (db: IcpLensDb) => [
  db.companies,
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
    const mine = (await db.companies.bulkGet([...ids])).flatMap((c) =>
      c?.impliedObservation?.batchId === batchId ? [c.id] : [],
    );
    if (mine.length === 0) return;
    await dropCompanyListings(db, mine);
    await db.companies.bulkDelete(mine);
  });
}
