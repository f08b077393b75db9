import type { Icp } from '../criteria/schema';
import type { AccountRow } from '../lists/account-file';
import { importKeys, planImport } from '../lists/import';
import { countCompanies } from './company-store';
import {
  allCompanyKeys,
  commitImportRows,
  companiesByKey,
  finishImport,
  rollbackImport,
} from './import-batch';
import { getMembers, membersOfList } from './members';
import { getDb, type IcpLensDb } from './schema';

/** One account-file import into a list, as the import worker runs it. */
export interface ImportJob {
  listId: string;
  fileName: string;
  /** Rows in the file (from the preview), for progress. */
  rows: number;
  icps: readonly { id: string; icp: Icp }[];
  /** Epoch ms; the import's time on every record it writes. */
  at: number;
  batchId: string;
}

export type ImportOutcome =
  | { type: 'done'; imported: number }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

export interface ImportHooks {
  /**
   * Rows written so far and the file's rows: while a batch is written (as its new companies are
   * stored) and after each batch; never decreasing.
   */
  progress?: (done: number, total: number) => void;
  /** Before the batch record is written (the last, short step). */
  saving?: () => void;
  /** Asked between batches: true stops the import and removes what it wrote. */
  cancelled?: () => boolean;
  /** Aborted on cancel: the batch being written is aborted at once (then as `cancelled`). */
  signal?: AbortSignal;
}

/**
 * Batches of rows regrouped: the first batch as it comes, then batches joined until each holds at
 * least `size` rows (the last may hold fewer). Lets an import start writing after a small first
 * batch and write the rest in few large transactions. The source's return value is dropped.
 */
export function* widenBatches<T>(batches: Iterator<T[], unknown>, size: number): Generator<T[]> {
  const first = batches.next();
  if (first.done) return;
  yield first.value;
  let held: T[] = [];
  for (let next = batches.next(); !next.done; next = batches.next()) {
    held = held.length === 0 ? next.value : held.concat(next.value);
    if (held.length >= size) {
      yield held;
      held = [];
    }
  }
  if (held.length > 0) yield held;
}

/** What a batch of rows joins: stored companies by lookup key, and those already in the list. */
interface Joined {
  existing: Map<string, string>;
  inList: Set<string>;
}

/**
 * What a batch of rows joins in the database: the stored companies its lookup keys name (key →
 * company id) and which of those are in list `listId` already. One read transaction; it waits
 * for the import's write in flight, so it sees every batch written before.
 */
async function joinStored(
  db: IcpLensDb,
  listId: string,
  rows: readonly AccountRow[],
  known: ReadonlyMap<string, string>,
): Promise<Joined> {
  const keys = [...new Set(rows.flatMap((r) => importKeys(r.facts)))].filter((k) => !known.has(k));
  const existing = new Map<string, string>();
  const inList = new Set<string>();
  if (keys.length === 0) return { existing, inList };
  await db.transaction('r', db.companyBuckets, db.memberBuckets, async () => {
    for (const [k, id] of await companiesByKey(keys, db)) existing.set(k, id);
    const ids = [...new Set(existing.values())];
    const members = await getMembers(
      db,
      ids.map((id) => [listId, id] as const),
    );
    for (const m of members) if (m) inList.add(m.companyId);
  });
  return { existing, inList };
}

/**
 * Stored companies per row of the file up to which an import reads every stored company's keys
 * (every company bucket, once) and the list's memberships once (`joinWhole`) instead of looking
 * each batch's keys up: a fresh import's lookups were one index seek each (about 2.5 s of a
 * 100,000-row import), and a batch's lookups read most company buckets anyway.
 */
const WHOLE_JOIN_PER_ROW = 4;

/** What `joinWhole` read, with the number of companies stored then. */
interface JoinedWhole extends Joined {
  companies: number;
}

/**
 * Everything an import into list `listId` can join, read once: every stored company's lookup
 * keys, the list's memberships and how many companies are stored. The import adds each batch's
 * companies and memberships as it plans them, so every batch joins in memory, as long as no other
 * context stores or removes a company meanwhile (see `runImport`).
 */
async function joinWhole(db: IcpLensDb, listId: string): Promise<JoinedWhole> {
  return db.transaction('r', db.companyBuckets, db.memberBuckets, async () => ({
    existing: await allCompanyKeys(db),
    inList: new Set((await membersOfList(db, listId)).map((m) => m.companyId)),
    companies: await countCompanies(db),
  }));
}

/**
 * Imports account-file rows into a list, one batch at a time, with memory bounded by two
 * batches: each batch is joined (its rows' stored companies and their memberships, read from the
 * database, plus the companies and memberships of the batch before it, which is still being
 * written; or, into a database of at most `WHOLE_JOIN_PER_ROW` companies per row of the file,
 * from every stored company's keys read once and kept with the import's own), planned
 * (`planImport`: new companies, a listing per ICP, memberships), and written in its own
 * transaction while the next batch is read, joined and scored. The batch record is
 * written last. Cancelled between batches or failed on any write, what the earlier batches
 * wrote is removed (`rollbackImport`) and the database is as it was. Never throws: the outcome
 * says what happened.
 */
export async function runImport(
  batches: Iterator<AccountRow[], unknown>,
  job: ImportJob,
  hooks: ImportHooks = {},
  db: IcpLensDb = getDb(),
): Promise<ImportOutcome> {
  let imported = 0;
  let done = 0;
  let writing: Promise<void> = Promise.resolve();
  /** Ids of the companies the batches written or being written create, for a rollback. */
  const created: string[] = [];
  /** The batch planned last (not stored yet): its companies by key and its memberships. */
  let carried: Joined = { existing: new Map(), inList: new Set() };
  const stop = async (outcome: ImportOutcome): Promise<ImportOutcome> => {
    await writing.catch(() => undefined);
    await rollbackImport(job.listId, job.batchId, db, created);
    return outcome;
  };
  const isCancelled = () => hooks.cancelled?.() ?? false;
  try {
    let whole =
      (await countCompanies(db)) <= WHOLE_JOIN_PER_ROW * job.rows
        ? await joinWhole(db, job.listId)
        : undefined;
    const join = async (rows: readonly AccountRow[]): Promise<Joined> => {
      // Joined in memory while the stored companies are the ones read at the start plus the
      // import's own written so far (the count waits for the batch being written, not for the
      // one planned last); another context's change (a page visit storing a company the file
      // names) makes this and every later batch look its keys up.
      if (whole && (await countCompanies(db)) === whole.companies + created.length) return whole;
      whole = undefined;
      const stored = await joinStored(db, job.listId, rows, carried.existing);
      return {
        existing: new Map([...stored.existing, ...carried.existing]),
        inList: new Set([...stored.inList, ...carried.inList]),
      };
    };
    let next = batches.next();
    let joined = next.done ? undefined : await join(next.value);
    while (!next.done && joined) {
      if (isCancelled()) return await stop({ type: 'cancelled' });
      const rows = next.value;
      const part = planImport(rows, {
        listId: job.listId,
        batchId: job.batchId,
        fileName: job.fileName,
        at: job.at,
        icps: job.icps,
        existing: joined.existing,
        inList: joined.inList,
      });
      carried = {
        existing: new Map(part.companies.flatMap((c) => c.keys.map((k) => [k, c.id] as const))),
        inList: new Set(part.members.map((m) => m.companyId)),
      };
      if (whole) {
        for (const [k, id] of carried.existing) whole.existing.set(k, id);
        for (const id of carried.inList) whole.inList.add(id);
      }
      next = batches.next();
      // Read before this batch is written: the stored companies and memberships of the next
      // batch's keys (every batch before this one is stored by then), this batch's own carried.
      joined = next.done ? undefined : await join(next.value);
      await writing;
      if (isCancelled()) return await stop({ type: 'cancelled' });
      // Progress while a batch is written: its rows in the share of its new companies stored
      // (their records are most of a batch's writing time), all of them once it is stored.
      const before = done;
      const written = (companies: number) =>
        hooks.progress?.(
          Math.min(
            before + Math.floor((rows.length * companies) / part.companies.length),
            job.rows,
          ),
          job.rows,
        );
      for (const c of part.companies) created.push(c.id);
      writing = commitImportRows(part, job.listId, db, hooks.signal, written).then(() => {
        imported += part.members.length;
        done += rows.length;
        hooks.progress?.(Math.min(done, job.rows), job.rows);
      });
      // Handled where it is awaited (next batch or the end); marked now, so a failure while the
      // next batch is read is not reported as an unhandled rejection meanwhile.
      writing.catch(() => undefined);
      // Lets a cancel message reach the caller between batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await writing;
    if (isCancelled()) return await stop({ type: 'cancelled' });
    hooks.saving?.();
    await finishImport(
      {
        id: job.batchId,
        listId: job.listId,
        fileName: job.fileName,
        at: job.at,
        rows: job.rows,
        imported,
      },
      db,
    );
    return { type: 'done', imported };
  } catch (error) {
    if (isCancelled()) return stop({ type: 'cancelled' });
    return stop({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
