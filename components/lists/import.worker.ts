/// <reference lib="webworker" />
/**
 * The account-file import, off the page's thread, with memory bounded by a few batches: "read"
 * streams the file once (the CLI's reader) keeping only what the preview shows (row count,
 * columns, problems) and the bytes; "confirm" streams the bytes again through `runImport`
 * (lib/db/import-run.ts: batch by batch joined, scored, planned and written, the next batch read
 * while the last is written; progress after each, cancel between them; cancelled or failed,
 * nothing of the import is left).
 */

import type { RowError } from '@/lib/csv/records';
import { listIcps } from '@/lib/db/icps';
import { runImport, widenBatches } from '@/lib/db/import-run';
import { getDb } from '@/lib/db/schema';
import { streamAccountRows } from '@/lib/lists/account-file';
import { type PostedError, postedError } from '../posted-error';

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
      /** The reader's problems: `problem` is the code the panel words in the UI language. */
      errors: RowError[];
    }
  | { type: 'progress'; done: number; total: number }
  | { type: 'saving' }
  | { type: 'done'; imported: number }
  | { type: 'cancelled' }
  /** The error as `postedError` gives it (its own message, name, list code), for `errorWords`. */
  | ({ type: 'failed' } & PostedError);

/**
 * Rows read, planned and written together (one transaction each): a first batch of 10,000, so
 * writing starts while the rest is read, then batches of 100,000 (about 75 MB of rows; at most
 * two are held). Fewer, larger transactions are faster: each batch rewrites the membership and
 * listing buckets it touches, and joins the companies stored before it. 100,000 rows on the
 * 2-core test machine under load: 31–36 s in batches of 20,000, 26–27 s in batches of 50,000
 * (v9); since v10, 21.9–25.0 s in batches of 50,000 and 17.2–23.0 s in one batch after the first.
 * Progress moves while a batch is written (`ImportHooks.progress`).
 */
const FIRST_BATCH = 10_000;
const BATCH = 100_000;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (report: ImportReport) => scope.postMessage(report);

let pending: { bytes: Uint8Array; rows: number; fileName: string; listId: string } | undefined;
let cancelled = false;
/** Aborted on cancel: the batch being written is aborted at once. */
let cancelling = new AbortController();
let closing = false;
let running = false;

/** Reads the whole file once for the preview, holding one batch of rows at a time. */
function preview(bytes: Uint8Array): ImportReport & { type: 'preview' } {
  const rows = streamAccountRows(bytes, BATCH);
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
  const outcome = await runImport(
    widenBatches(streamAccountRows(job.bytes, FIRST_BATCH), BATCH),
    {
      listId: job.listId,
      fileName: job.fileName,
      rows: job.rows,
      icps: await listIcps(db),
      at: Date.now(),
      batchId: crypto.randomUUID(),
    },
    {
      progress: (done, total) => post({ type: 'progress', done, total }),
      saving: () => post({ type: 'saving' }),
      cancelled: () => cancelled,
      signal: cancelling.signal,
    },
    db,
  );
  // `runImport` gives a failure as its message only: a list deleted meanwhile gets its code back.
  post(outcome.type === 'failed' ? { type: 'failed', ...postedError(outcome.message) } : outcome);
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel' || request.type === 'close') {
    cancelled = true;
    cancelling.abort();
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
  cancelling = new AbortController();
  running = true;
  run(job)
    .catch((error: unknown) => post({ type: 'failed', ...postedError(error) }))
    .finally(() => {
      running = false;
      if (closing) scope.close();
    });
};
