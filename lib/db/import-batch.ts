import type { ImportPlan } from '../lists/import';
import { ListError } from '../lists/list-error';
import { putScores } from './listings';
import { membersOfList } from './members';
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

/** The rows one batch of an import writes: everything of a plan but the batch record. */
export type ImportRows = Omit<ImportPlan, 'batch'>;

/** Writes a batch of rows; the caller's transaction (or this call's own) covers the tables. */
async function writeRows(rows: ImportRows, listId: string, db: IcpLensDb): Promise<void> {
  if (!(await db.lists.get(listId))) throw new ListError({ code: 'list-gone' });
  await db.companies.bulkAdd(rows.companies);
  await putScores(db, rows.scores, new Map(rows.companies.map((c) => [c.id, c])));
  await db.listMembers.bulkAdd(rows.members);
}

const importTables = (db: IcpLensDb) => [
  db.companies,
  db.listings,
  db.listMembers,
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
 * is gone or a write fails.
 */
export async function commitImportRows(
  rows: ImportRows,
  listId: string,
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.transaction('rw', importTables(db), () => writeRows(rows, listId, db));
}

/** Ends an import written batch by batch: its batch record, and the list's change time. */
export async function finishImport(
  batch: ImportPlan['batch'],
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.transaction('rw', db.importBatches, db.lists, async () => {
    await db.importBatches.add(batch);
    await db.lists.update(batch.listId, { updatedAt: batch.at });
  });
}

/**
 * Undoes the batches of an unfinished import (cancelled or failed) into list `listId`: the
 * memberships batch `batchId` added, and the companies it created (their record names the batch:
 * `impliedObservation.batchId`) with their listings. Companies that existed before keep
 * everything and only lose the new membership; so does a company the import created that a page
 * visit has observed meanwhile (it is a page's company now). One transaction; holds the batch's
 * membership keys, not its rows.
 */
export async function rollbackImport(
  listId: string,
  batchId: string,
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.transaction('rw', [...importTables(db), db.icps], async () => {
    const members = membersOfList(db, listId).filter((m) => m.batchId === batchId);
    const ids = (await members.primaryKeys()).map(([, companyId]) => companyId);
    await members.delete();
    const created = (await db.companies.bulkGet(ids)).flatMap((c) =>
      c?.impliedObservation?.batchId === batchId ? [c.id] : [],
    );
    if (created.length === 0) return;
    const icpIds = await db.icps.toCollection().primaryKeys();
    await db.listings.bulkDelete(
      icpIds.flatMap((icpId) => created.map((id) => [icpId, id] as [string, string])),
    );
    await db.companies.bulkDelete(created);
  });
}
