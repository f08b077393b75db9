/**
 * The worker follows the stored ICPs itself: a save, a delete or a change of the active ICP calls
 * back, with no message from the page that wrote it.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followIcps } from '@/entrypoints/background/icp-watch';
import { deleteIcp, listIcps, saveIcp, seedSampleIcp, setActiveIcp } from '@/lib/db/icps';
import { getDb } from '@/lib/db/schema';
import { sampleIcp } from '@/lib/icp/sample';

let calls = 0;
let waiters: (() => void)[] = [];
let subscription: { unsubscribe(): void } | undefined;

/** Resolves on the next call of the watcher's callback. */
const nextCall = () => new Promise<void>((done) => waiters.push(done));

beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  await seedSampleIcp(sampleIcp, db);
  calls = 0;
  waiters = [];
  const started = nextCall();
  subscription = followIcps(async () => {
    calls += 1;
    for (const done of waiters.splice(0)) done();
  });
  await started; // the first answer, at the worker's start
});
afterEach(() => subscription?.unsubscribe());

describe('followIcps', () => {
  it('calls back once at start, then on a saved ICP', async () => {
    expect(calls).toBe(1);
    const changed = nextCall();
    await saveIcp({ ...sampleIcp, name: 'Fintech, Europe' });
    await changed;
    expect(calls).toBe(2);
  });

  it('calls back when the active ICP changes or an ICP is deleted', async () => {
    const other = await saveIcp({ ...sampleIcp, name: 'Fintech, Europe' });
    await new Promise((r) => setTimeout(r, 50));
    const before = calls;
    const activated = nextCall();
    await setActiveIcp(other.id);
    await activated;
    expect(calls).toBe(before + 1);
    expect((await listIcps())[0]?.id).toBe(other.id);
    const deleted = nextCall();
    await deleteIcp(other.id);
    await deleted;
    expect(calls).toBe(before + 2);
  });

  it('stays quiet for writes to other tables', async () => {
    await getDb().settings.put({ key: 'somethingElse', value: 1 });
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toBe(1);
  });
});
