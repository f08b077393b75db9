import { describe, expect, it } from 'vitest';
import { widenBatches } from '@/lib/db/import-run';

function* batches(sizes: number[]) {
  let n = 0;
  for (const size of sizes) yield Array.from({ length: size }, () => n++);
  return 'summary';
}

describe('widenBatches', () => {
  it('keeps the first batch, then joins batches until each holds at least the size', () => {
    const out = [...widenBatches(batches([10, 10, 10, 10, 10, 10, 3]), 25)];
    expect(out.map((b) => b.length)).toEqual([10, 30, 23]);
    expect(out.flat()).toEqual(Array.from({ length: 63 }, (_, i) => i));
  });

  it('yields nothing for no rows, and one batch for one', () => {
    expect([...widenBatches(batches([]), 5)]).toEqual([]);
    expect([...widenBatches(batches([2]), 5)]).toEqual([[0, 1]]);
  });
});
