import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollationRequest } from '@/components/lists/collation.worker';
import { rankColumns } from '@/components/lists/rank-rows';
import { hasRanks, rankValues } from '@/lib/lists/row-order';
import { filterAndSortRows, type ListRow, listSortValue } from '@/lib/lists/rows';

/** A worker that answers like collation.worker.ts, a task later; it records what it was sent. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: string[] = [];
  terminated = false;
  onmessage?: (event: { data: unknown }) => void;
  onerror?: () => void;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage({ column, values }: CollationRequest) {
    this.sent.push(column);
    setTimeout(() => this.onmessage?.({ data: { column, ranks: rankValues(values) } }));
  }
  terminate() {
    this.terminated = true;
  }
}

const rows: ListRow[] = ['Company 10', 'Công ty Bình Minh', 'company 2', 'Élan'].map((name, i) => ({
  companyId: `c${i}`,
  name,
  hq: i % 2 ? 'Hà Nội, VN' : undefined,
  addedAt: 4 - i,
  lastSeen: 0,
  note: '',
  status: 'new',
}));

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('rankColumns', () => {
  it('ranks the columns one at a time, name first, and ends the worker after the last', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const own = [...rows];
    await rankColumns(own, ['name', 'hq', 'addedAt'], listSortValue);
    const worker = FakeWorker.made[0];
    // Resolved once the names are seeded; the next column is on its way, one at a time.
    expect(hasRanks(own, 'name')).toBe(true);
    expect(worker?.sent).toEqual(['name', 'hq']);
    await vi.waitFor(() => expect(worker?.terminated).toBe(true));
    expect(worker?.sent).toEqual(['name', 'hq', 'addedAt']);
    expect(['hq', 'addedAt'].every((c) => hasRanks(own, c))).toBe(true);
    expect(
      filterAndSortRows(own, { sort: { column: 'name', direction: 'asc' } }).map((r) => r.name),
    ).toEqual(['company 2', 'Company 10', 'Công ty Bình Minh', 'Élan']);
    // Nothing left to rank: no worker.
    await rankColumns(own, ['name'], listSortValue);
    expect(FakeWorker.made).toHaveLength(1);
  });
  it('waits for the first `ready` columns, each ranked once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const own = [...rows];
    await rankColumns(own, ['name', 'addedAt', 'name', 'hq'], listSortValue, { ready: 2 });
    expect(hasRanks(own, 'name') && hasRanks(own, 'addedAt')).toBe(true);
    await vi.waitFor(() => expect(FakeWorker.made[0]?.terminated).toBe(true));
    expect(FakeWorker.made[0]?.sent).toEqual(['name', 'addedAt', 'hq']);
  });
  it('stops on abort without seeding what comes after', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const own = [...rows];
    const reading = new AbortController();
    const done = rankColumns(own, ['name', 'hq'], listSortValue, { signal: reading.signal });
    reading.abort();
    await done;
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(hasRanks(own, 'name')).toBe(false);
    expect(FakeWorker.made[0]?.sent).toEqual(['name']);
  });
  it('resolves at once where no worker starts; a sort then ranks on the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const own = [...rows];
    await rankColumns(own, ['name'], listSortValue);
    expect(hasRanks(own, 'name')).toBe(false);
    expect(filterAndSortRows(own, { sort: { column: 'addedAt', direction: 'asc' } })[0]?.name).toBe(
      'Élan',
    );
  });
});
