/// <reference lib="webworker" />
/**
 * The account-file import, off the page's thread, with flat memory: "read" streams the file once
 * (the CLI's reader) keeping only what the preview shows (row count, columns, problems) and the
 * bytes; "confirm" streams the bytes again and, one batch of rows at a time, joins, scores, plans
 * and writes the batch (progress after each, cancel between them), reading and scoring the next
 * batch while the last one is written. The batch record is written
 * last; cancelled or failed, what the earlier batches wrote is removed (`rollbackImport`), so
 * nothing of the import is left.
 */

import { keysOf, lookupKeys } from '@/lib/company/resolve';
import type { CompanyRow } from '@/lib/csv';
import { listIcps } from '@/lib/db/icps';
import {
  commitImportRows,
  companiesByKey,
  finishImport,
  rollbackImport,
} from '@/lib/db/import-batch';
import { membersOfList } from '@/lib/db/members';
import { getDb } from '@/lib/db/schema';
import { streamAccountRows } from '@/lib/lists/account-file';
import { planImport } from '@/lib/lists/import';

export type ImportRequest =
  | { type: 'read'; bytes: Uint8Array; fileName: string; listId: string }
  | { type: 'confirm' }
  | { type: 'cancel' }
  /** The page is going away: cancel (removing what was written), then end the worker. */
  | { type: 'close' };

export type ImportReport =
  | {
      type: 'preview';
      rows: number;
      usedColumns: { column: string; field: string }[];
      ignoredColumns: string[];
      errors: { row: number; message: string }[];
    }
  | { type: 'progress'; done: number; total: number }
  | { type: 'saving' }
  | { type: 'done'; imported: number }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

/**
 * Rows read, planned and written together (one transaction each; about 15 MB of rows). Batches of
 * 5,000 made the 100,000-row Chromium bench slower (128–131 s against 96 s for one transaction);
 * fewer, larger transactions cost little memory.
 */
const CHUNK = 20_000;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (report: ImportReport) => scope.postMessage(report);

let pending: { bytes: Uint8Array; rows: number; fileName: string; listId: string } | undefined;
let cancelled = false;
let closing = false;
let running = false;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads the whole file once for the preview, holding one batch of rows at a time. */
function preview(bytes: Uint8Array): ImportReport & { type: 'preview' } {
  const rows = streamAccountRows(bytes, CHUNK);
  let count = 0;
  for (let next = rows.next(); ; next = rows.next()) {
    if (next.done) {
      const { usedColumns, ignoredColumns, errors } = next.value;
      return { type: 'preview', rows: count, usedColumns, ignoredColumns, errors };
    }
    count += next.value.length;
  }
}

async function run(job: NonNullable<typeof pending>): Promise<void> {
  const db = getDb();
  const icps = await listIcps(db);
  const existing = new Map<string, string>();
  const inList = new Set(
    await membersOfList(db, job.listId)
      .primaryKeys()
      .then((ks) => ks.map((k) => k[1])),
  );
  const at = Date.now();
  const batchId = crypto.randomUUID();
  const created: string[] = [];
  let imported = 0;
  let done = 0;
  // One batch is written while the next is read, joined and scored: the writes run in the
  // browser's database process, the reading and scoring here. `writing` is the batch in flight.
  let writing: Promise<void> = Promise.resolve();
  const stop = async (report: ImportReport) => {
    await writing.catch(() => undefined);
    await rollbackImport(job.listId, batchId, created, db);
    post(report);
  };
  /** Adds the stored companies that the rows' keys name to `existing` (new keys only). */
  const join = async (rows: readonly CompanyRow[]) => {
    const keys = rows.flatMap((r) => lookupKeys(keysOf(r.facts))).filter((k) => !existing.has(k));
    for (const [k, id] of await companiesByKey(keys, db)) existing.set(k, id);
  };
  try {
    const batches = streamAccountRows(job.bytes, CHUNK);
    let next = batches.next();
    if (!next.done) await join(next.value);
    while (!next.done) {
      if (cancelled) return await stop({ type: 'cancelled' });
      const rows = next.value;
      const part = planImport(rows, {
        listId: job.listId,
        batchId,
        fileName: job.fileName,
        at,
        icps,
        existing,
        inList,
      });
      for (const c of part.companies) for (const k of c.keys) existing.set(k, c.id);
      for (const m of part.members) inList.add(m.companyId);
      next = batches.next();
      // Read before this batch is written: the join sees the companies stored before the
      // import; this import's own are in `existing` already.
      if (!next.done) await join(next.value);
      await writing;
      if (cancelled) return await stop({ type: 'cancelled' });
      for (const c of part.companies) created.push(c.id);
      writing = commitImportRows(part, job.listId, db).then(() => {
        imported += part.members.length;
        done += rows.length;
        post({ type: 'progress', done: Math.min(done, job.rows), total: job.rows });
      });
      await tick();
    }
    await writing;
    if (cancelled) return await stop({ type: 'cancelled' });
    post({ type: 'saving' });
    await finishImport(
      { id: batchId, listId: job.listId, fileName: job.fileName, at, rows: job.rows, imported },
      db,
    );
    post({ type: 'done', imported });
  } catch (error) {
    await stop({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel' || request.type === 'close') {
    cancelled = true;
    pending = undefined;
    closing ||= request.type === 'close';
    if (!running) {
      post({ type: 'cancelled' });
      if (closing) scope.close();
    }
    return;
  }
  if (request.type === 'read') {
    const report = preview(request.bytes);
    pending = {
      bytes: request.bytes,
      rows: report.rows,
      fileName: request.fileName,
      listId: request.listId,
    };
    post(report);
    return;
  }
  const job = pending;
  if (!job) return;
  pending = undefined;
  cancelled = false;
  running = true;
  run(job)
    .catch((error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => {
      running = false;
      if (closing) scope.close();
    });
};
