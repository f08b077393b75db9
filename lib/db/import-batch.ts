import type { ImportPlan } from '../lists/import';
import { putScores } from './listings';
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
 * Writes an import in one transaction, each table in one bulk write: new companies, their
 * observations, scores and listings (`putScores`), the list memberships and the batch record. All or nothing: if any write fails (a company created
 * meanwhile with the same id, quota), the database stays as it was and the error is thrown.
 */
export async function commitImport(plan: ImportPlan, db: IcpLensDb = getDb()): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.companies,
      db.observations,
      db.scores,
      db.listings,
      db.listMembers,
      db.importBatches,
      db.lists,
    ],
    async () => {
      if (!(await db.lists.get(plan.batch.listId))) throw new Error('That list no longer exists.');
      await db.companies.bulkAdd(plan.companies);
      await db.observations.bulkAdd(plan.observations);
      await putScores(db, plan.scores, new Map(plan.companies.map((c) => [c.id, c])));
      await db.listMembers.bulkAdd(plan.members);
      await db.importBatches.add(plan.batch);
      await db.lists.update(plan.batch.listId, { updatedAt: plan.batch.at });
    },
  );
}
