/// <reference lib="webworker" />
/**
 * The account-file import, off the page's thread: read the file (the CLI's reader), report the
 * columns, then on "confirm" score and plan in chunks (progress after each, cancel between them)
 * and write everything in one transaction. Cancelled or failed: nothing is written.
 */

import { keysOf, lookupKeys } from '@/lib/company/resolve';
import type { CompanyRow } from '@/lib/csv';
import { listIcps } from '@/lib/db/icps';
import { commitImport, companiesByKey } from '@/lib/db/import-batch';
import { getDb } from '@/lib/db/schema';
import { type AccountFile, readAccountBytes } from '@/lib/lists/account-file';
import { type ImportPlan, planImport } from '@/lib/lists/import';

export type ImportRequest =
  | { type: 'read'; bytes: Uint8Array; fileName: string; listId: string }
  | { type: 'confirm' }
  | { type: 'cancel' };

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

const CHUNK = 2000;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (report: ImportReport) => scope.postMessage(report);

let pending:
  | { rows: CompanyRow[]; fileName: string; listId: string; crmIds: AccountFile['crmIds'] }
  | undefined;
let cancelled = false;
let running = false;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run(job: NonNullable<typeof pending>): Promise<void> {
  const db = getDb();
  const icps = await listIcps(db);
  const allKeys = job.rows.flatMap((r) => lookupKeys(keysOf(r.facts)));
  const existing = await companiesByKey(allKeys, db);
  const inList = new Set(
    await db.listMembers
      .where('listId')
      .equals(job.listId)
      .primaryKeys()
      .then((ks) => ks.map((k) => k[1])),
  );
  const at = Date.now();
  const batchId = crypto.randomUUID();
  const whole: ImportPlan = {
    batch: {
      id: batchId,
      listId: job.listId,
      fileName: job.fileName,
      at,
      rows: job.rows.length,
      imported: 0,
    },
    companies: [],
    observations: [],
    scores: [],
    members: [],
  };
  for (let from = 0; from < job.rows.length; from += CHUNK) {
    if (cancelled) return post({ type: 'cancelled' });
    const part = planImport(job.rows.slice(from, from + CHUNK), {
      listId: job.listId,
      batchId,
      fileName: job.fileName,
      at,
      icps,
      existing,
      inList,
      crmIds: job.crmIds,
    });
    for (const c of part.companies) for (const k of c.keys) existing.set(k, c.id);
    for (const m of part.members) inList.add(m.companyId);
    whole.companies.push(...part.companies);
    whole.observations.push(...part.observations);
    whole.scores.push(...part.scores);
    whole.members.push(...part.members);
    post({
      type: 'progress',
      done: Math.min(from + CHUNK, job.rows.length),
      total: job.rows.length,
    });
    await tick();
  }
  if (cancelled) return post({ type: 'cancelled' });
  whole.batch.imported = whole.members.length;
  post({ type: 'saving' });
  await commitImport(whole, db);
  post({ type: 'done', imported: whole.members.length });
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled = true;
    pending = undefined;
    if (!running) post({ type: 'cancelled' });
    return;
  }
  if (request.type === 'read') {
    const file = readAccountBytes(request.bytes);
    pending = {
      rows: file.companies.map((c) => ({ row: c.row, facts: c.facts })),
      fileName: request.fileName,
      listId: request.listId,
      crmIds: file.crmIds,
    };
    post({
      type: 'preview',
      rows: file.companies.length,
      usedColumns: file.usedColumns,
      ignoredColumns: file.ignoredColumns,
      errors: file.errors,
    });
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
    });
};
