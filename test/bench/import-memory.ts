/**
 * Memory of the list import's reading (issue #8 item 8, issue #9): the heap a worker holds at
 * 50,000, 100,000 and 200,000 rows of a HubSpot-shaped export, measured in a child Node process
 * with `--expose-gc` (heap used after a full GC, minus the heap before reading; the file's bytes
 * live outside the JS heap in both):
 * - "every row kept": `readAccountBytes`, what the import worker held from preview to commit
 *   before it streamed;
 * - "streamed, planned per batch": `streamAccountRows` with `planImport` of each batch of 20,000
 *   rows, holding what `runImport` holds (the plan in flight and its keys), without IndexedDB;
 *   peak over the batches.
 * - "build from customers", every row kept: `readCustomersBytes`, the rows (facts and cells) its
 *   worker kept for proposals and back-tests until it streamed;
 * - "build from customers", streamed: the worker's handler (`createCustomersSession`) reading the
 *   file (as a Blob, as the page hands it over), proposing from the top 20 by ARR and
 *   back-testing the proposal against the deal stage, peak over every 1 MB slice of every pass
 *   and between the requests; with the seconds each request took.
 * The customers files are HubSpot-shaped exports with ARR, deal stage, technologies, founding
 * year and a description naming the company (so the words grow with the file, as real ones do).
 * Run alone: `npx tsx -e "import('./test/bench/import-memory.ts').then(m=>m.benchImportMemory()).then(r=>console.log(r))"`.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type CustomersReport,
  createCustomersSession,
} from '../../components/dashboard/build/customers-read';
import { readCustomersBytes } from '../../lib/csv/customers-file';
import { proposalToIcp } from '../../lib/icp/builder';
import { sampleIcp } from '../../lib/icp/sample';
import { readAccountBytes, streamAccountRows } from '../../lib/lists/account-file';
import { planImport } from '../../lib/lists/import';
import { accountFile } from './lists-in-chromium';
import type { BenchResult } from './run';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = [50_000, 100_000, 200_000];
type Mode = 'kept' | 'streamed' | 'customers' | 'customers-streamed';

/** A HubSpot-shaped customers export of `rows` made-up companies (see the file's comment). */
export function customersFile(rows: number): string {
  const industries = ['Computer and Network Security', 'Software Development', 'Retail', 'Banking'];
  const sizes = ['11-50', '51-200', '201-500', '501-1000', '1001-5000'];
  const countries = ['United States', 'Germany', 'Canada', 'Vietnam'];
  const tools = ['HubSpot', 'Salesforce', 'Okta', 'Zendesk', 'Slack'];
  const words = ['zero trust', 'cloud security', 'point of sale', 'payments', 'identity'];
  const lines = [
    'Record ID,Company name,Company Domain Name,Industry,Number of Employees,Country/Region,Year Founded,Technologies,Description,Annual Recurring Revenue,Deal Stage',
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        40000000000 + i,
        `Bench Customer ${i}`,
        `customer${i}.example`,
        industries[i % 4],
        sizes[(i * 7) % 5],
        countries[(i * 3) % 4],
        1980 + (i % 43),
        `"${tools[i % 5]}, ${tools[(i * 3 + 1) % 5]}"`,
        `"Benchcustomer${i} builds ${words[i % 5]} and ${words[(i * 7) % 5]} software for ${industries[(i * 11) % 4]} teams"`,
        // Security companies pay most, so the top 20 by ARR share a trait to propose.
        `"$${(1000 + (i % 4 === 0 ? 200_000 : 0) + ((i * 7919) % 50_000)).toLocaleString('en')}"`,
        i % 3 ? 'Closed Won' : 'Closed Lost',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** In the child: the customers worker's handler, request by request; peak heap and seconds. */
async function customersSession(bytes: Uint8Array, before: number) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, heap() - before);
  };
  const handle = createCustomersSession({ onSlice: sample });
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const seconds: number[] = [];
  const answers: CustomersReport[] = [];
  const ask = async (request: Parameters<typeof handle>[0]) => {
    const started = performance.now();
    await handle(request, (r) => {
      if (r.type !== 'progress') answers.push(r);
    });
    seconds.push((performance.now() - started) / 1000);
    sample();
    const last = answers.at(-1);
    if (!last || last.type === 'failed')
      throw new Error(`${request.type}: ${JSON.stringify(last)}`);
    return last;
  };
  await ask({ type: 'read', file });
  const answer = await ask({
    type: 'propose',
    rule: { kind: 'top', column: 'Annual Recurring Revenue', n: 20 },
  });
  if (answer.type !== 'proposal') throw new Error('no proposal');
  const { proposal } = answer;
  if (proposal.criteria.length === 0) throw new Error('nothing proposed');
  const icp = proposalToIcp(
    proposal,
    proposal.criteria.map((c) => c.id),
    { name: 'Bench' },
  );
  await ask({ type: 'backtest', id: 1, icp, outcomeColumn: 'Deal Stage' });
  return { held: peak, seconds };
}

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

/** In the child: reads `file` one way and prints the heap it held, in bytes. */
async function child(mode: Mode, file: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const bytes = new Uint8Array(readFileSync(file));
  const before = heap();
  if (mode === 'customers-streamed') {
    console.log(JSON.stringify(await customersSession(bytes, before)));
    return;
  }
  if (mode === 'customers') {
    const read = readCustomersBytes(bytes);
    const held = heap() - before;
    if (read.rows.length === 0) throw new Error('nothing read');
    console.log(JSON.stringify({ held }));
    return;
  }
  if (mode === 'kept') {
    const read = readAccountBytes(bytes);
    const held = heap() - before;
    if (read.companies.length === 0) throw new Error('nothing read');
    console.log(JSON.stringify({ held }));
    return;
  }
  let peak = 0;
  // What `runImport` holds besides the database: the batch being planned, the plan being written
  // (`inFlight`) and the keys and members of that plan (`carried`); the database answers the
  // rest of the join per batch (not measured here: it is outside the worker's heap).
  let carried = { existing: new Map<string, string>(), inList: new Set<string>() };
  let inFlight: unknown;
  let rows = 0;
  for (const batch of streamAccountRows(bytes, 20_000)) {
    const plan = planImport(batch, {
      listId: 'bench',
      batchId: 'bench',
      fileName: 'bench.csv',
      at: 0,
      icps: [{ id: 'sample', icp: sampleIcp }],
      existing: carried.existing,
      inList: carried.inList,
    });
    carried = {
      existing: new Map(plan.companies.flatMap((c) => c.keys.map((k) => [k, c.id] as const))),
      inList: new Set(plan.members.map((m) => m.companyId)),
    };
    rows += batch.length;
    peak = Math.max(peak, heap() - before);
    inFlight = plan;
  }
  if (!inFlight) throw new Error('nothing planned');
  if (rows === 0) throw new Error('nothing read');
  console.log(JSON.stringify({ held: peak }));
}

function measure(mode: Mode, file: string): { held: number; seconds?: number[] } {
  const out = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'test/bench/import-memory.ts', '--child', mode, file],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (out.status !== 0) throw new Error(`${mode} failed: ${out.stderr.slice(-500)}`);
  return JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}');
}

const LABELS: Record<Mode, string> = {
  kept: 'every row kept (readAccountBytes)',
  streamed: 'streamed, planned per 20,000-row batch (peak)',
  customers: 'every row kept (readCustomersBytes)',
  'customers-streamed': 'streamed: read, propose, back-test (peak)',
};

/**
 * Heap held at 50k/100k/200k rows: the list import's reading kept whole vs streamed, and "build
 * from customers" kept whole vs streamed (with seconds per request of the streamed session).
 */
export async function benchImportMemory(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  for (const rows of SIZES) {
    const count = rows.toLocaleString('en');
    const accounts = join(tmpdir(), `icp-lens-import-memory-${rows}.csv`);
    const customers = join(tmpdir(), `icp-lens-customers-memory-${rows}.csv`);
    writeFileSync(accounts, accountFile(rows));
    writeFileSync(customers, customersFile(rows));
    try {
      for (const mode of ['kept', 'streamed'] as const)
        results.push({
          name: `list import heap, ${count} rows, ${LABELS[mode]}`,
          value: mb(measure(mode, accounts).held),
          ...(mode === 'streamed' && { budget: 'flat' }),
        });
      for (const mode of ['customers', 'customers-streamed'] as const) {
        const { held, seconds } = measure(mode, customers);
        results.push({
          name: `"build from customers" heap, ${count} rows, ${LABELS[mode]}`,
          value: mode === 'customers-streamed' ? `${(held / 1e6).toFixed(1)} MB` : mb(held),
          ...(mode === 'customers-streamed' && { budget: 'flat' }),
        });
        if (seconds)
          results.push({
            name: `"build from customers" streamed, ${count} rows: read / propose / back-test`,
            value: seconds.map((s) => `${s.toFixed(1)} s`).join(' / '),
          });
      }
    } finally {
      rmSync(accounts, { force: true });
      rmSync(customers, { force: true });
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
