import { hasRanks, type SortValue, seedRanks } from '@/lib/lists/row-order';
import type { CollationReport, CollationRequest } from './collation.worker';

/**
 * Ranks the sort `columns` of `rows` in a worker (`collation.worker.ts`), one column at a time in
 * the order given, and seeds each column's ranks as they arrive (`seedRanks`), so a sort by it on
 * the page compares numbers only. Resolves once the first `ready` columns are seeded (default 1:
 * give `name` first, every sort's ties read it; then `score` and the shown sort's column, so the
 * first draw ranks nothing on the page) — or at once when they already are, when `signal`
 * aborts, or when no worker can start (a sort then ranks on the page, slower but the same order).
 * The worker ends after the last column or on abort. `valueAt(row, column)` must be the value the
 * table sorts by.
 */
export function rankColumns<R extends object>(
  rows: readonly R[],
  columns: readonly string[],
  valueAt: (row: R, column: string) => SortValue,
  options: { signal?: AbortSignal; ready?: number } = {},
): Promise<void> {
  const { signal, ready = 1 } = options;
  const first = new Set(columns.slice(0, ready));
  const wanted = [...new Set(columns)].filter((c) => !hasRanks(rows, c));
  const waiting = new Set(wanted.filter((c) => first.has(c)));
  if (wanted.length === 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./collation.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve();
      return;
    }
    let next = 0;
    const end = () => {
      worker.terminate();
      resolve();
    };
    // One column at a time: reading a column's values and copying them to the worker takes a
    // few milliseconds of this thread each, spread out between the worker's answers.
    const send = () => {
      const column = wanted[next++];
      if (column === undefined) return end();
      const values = rows.map((r) => valueAt(r, column));
      worker.postMessage({ column, values } satisfies CollationRequest);
    };
    signal?.addEventListener('abort', end, { once: true });
    worker.onerror = end;
    worker.onmessage = (event: MessageEvent<CollationReport>) => {
      if (signal?.aborted) return;
      const { column, ranks } = event.data;
      if (ranks.length === rows.length) seedRanks(rows, column, ranks);
      waiting.delete(column);
      if (waiting.size === 0) resolve();
      send();
    };
    send();
  });
}
