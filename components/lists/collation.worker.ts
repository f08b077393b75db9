/**
 * Ranks a table's sort column off the page's thread: one `rankValues` per message (for text, a
 * collator sort of the column's distinct values, ~0.5 s for 100,000 names), answered with the
 * ranks (transferred, not copied). Messages are answered in the order they came.
 */
import { rankValues, type SortValue } from '@/lib/lists/row-order';

/** A column to rank: its values, row by row (undefined: empty). */
export interface CollationRequest {
  column: string;
  values: SortValue[];
}

/** The ranks of one column, row by row (see `collationRanks`). */
export interface CollationReport {
  column: string;
  ranks: Float64Array;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CollationRequest>) => {
  const { column, values } = event.data;
  const ranks = rankValues(values);
  scope.postMessage({ column, ranks } satisfies CollationReport, [ranks.buffer]);
};
