/**
 * Memory of the list import's reading (issue #8 item 8, issue #9): the heap a worker holds at
 * 50,000, 100,000 and 200,000 rows of a HubSpot-shaped export, measured in a child Node process
 * with `--expose-gc` (heap used after a full GC, minus the heap before reading; the file's bytes
 * live outside the JS heap in both):
 * - "every row kept": `readAccountBytes`, what the import worker held from preview to commit
 *   before it streamed;
 * - "streamed, planned per batch": `streamAccountRows` with `planImport` of each batch of 20,000
 *   rows (the worker's confirm step without IndexedDB), peak over the batches.
 * - "build from customers": `readCustomersBytes`, the rows (facts and cells) its worker keeps
 *   for proposals and back-tests.
 * Run alone: `npx tsx -e "import('./test/bench/import-memory.ts').then(m=>m.benchImportMemory()).then(r=>console.log(r))"`.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { keysOf, lookupKeys } from '../../lib/company/resolve';
import { readCustomersBytes } from '../../lib/csv/customers-file';
import { sampleIcp } from '../../lib/icp/sample';
import { readAccountBytes, streamAccountRows } from '../../lib/lists/account-file';
import { planImport } from '../../lib/lists/import';
import { accountFile } from './lists-in-chromium';
import type { BenchResult } from './run';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = [50_000, 100_000, 200_000];
type Mode = 'kept' | 'streamed' | 'customers';

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

/** In the child: reads `file` one way and prints the heap it held, in bytes. */
async function child(mode: Mode, file: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const bytes = new Uint8Array(readFileSync(file));
  const before = heap();
  if (mode === 'customers') {
    const read = readCustomersBytes(bytes);
    const held = heap() - before;
    if (read.rows.length === 0) throw new Error('nothing read');
    console.log(held);
    return;
  }
  if (mode === 'kept') {
    const read = readAccountBytes(bytes);
    const held = heap() - before;
    if (read.companies.length === 0) throw new Error('nothing read');
    console.log(held);
    return;
  }
  let peak = 0;
  const existing = new Map<string, string>();
  const inList = new Set<string>();
  let rows = 0;
  for (const batch of streamAccountRows(bytes, 20_000)) {
    const plan = planImport(batch, {
      listId: 'bench',
      batchId: 'bench',
      fileName: 'bench.csv',
      at: 0,
      icps: [{ id: 'sample', icp: sampleIcp }],
      existing,
      inList,
    });
    for (const c of plan.companies)
      for (const k of lookupKeys(keysOf(c.facts))) existing.set(k, c.id);
    for (const m of plan.members) inList.add(m.companyId);
    rows += batch.length;
    peak = Math.max(peak, heap() - before);
  }
  if (rows === 0) throw new Error('nothing read');
  console.log(peak);
}

function measure(mode: Mode, file: string): number {
  const out = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'test/bench/import-memory.ts', '--child', mode, file],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (out.status !== 0) throw new Error(`${mode} failed: ${out.stderr.slice(-500)}`);
  return Number(out.stdout.trim().split('\n').pop());
}

const LABELS: Record<Mode, string> = {
  kept: 'every row kept (readAccountBytes)',
  streamed: 'streamed, planned per 20,000-row batch (peak)',
  customers: 'rows the builder keeps (readCustomersBytes)',
};

/** Heap held by the list import's reading at 50k/100k/200k rows, kept whole vs streamed. */
export async function benchImportMemory(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const rows of SIZES) {
    const file = join(tmpdir(), `icp-lens-import-memory-${rows}.csv`);
    writeFileSync(file, accountFile(rows));
    try {
      for (const mode of ['kept', 'streamed', 'customers'] as const) {
        const held = measure(mode, file);
        results.push({
          name: `${mode === 'customers' ? '"build from customers"' : 'list import'} heap, ${rows.toLocaleString('en')} rows, ${LABELS[mode]}`,
          value: `${(held / 1e6).toFixed(0)} MB`,
          ...(mode === 'streamed' && { budget: 'flat' }),
        });
      }
    } finally {
      rmSync(file, { force: true });
    }
  }
  return results;
}

if (process.argv[2] === '--child') {
  child(process.argv[3] as Mode, process.argv[4] as string).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
