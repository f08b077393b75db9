import { hasRanks, type SortValue, seedRanks } from '@/lib/lists/row-order';
import type { CollationReport, CollationRequest } from './collation.worker';

/**
 * Ranks the sort `columns` of `rows` in a worker (`collation.worker.ts`), in the order given, and
 * seeds each column's ranks as it arrives (one column at a time) (`seedRanks`), so a sort by it on the page compares
 * numbers only. Resolves once the first column is seeded (give `name` first: every sort's ties
 * read it) — or at once when it already is, when `signal` aborts, or when no worker can start (a
 * sort then ranks on the page, slower but the same order). The worker ends after the last column
 * or on abort. `valueAt(row, column)` must be the value the table sorts by.
 */
export function rankColumns<R extends object>(
  rows: readonly R[],
  columns: readonly string[],
  valueAt: (row: R, column: string) => SortValue,
  signal?: AbortSignal,
): Promise<void> {
  const wanted = columns.filter((c) => !hasRanks(rows, c));
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
      if (column === wanted[0]) resolve();
      send();
    };
    send();
  });
}
