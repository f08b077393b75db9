import { liveQuery } from 'dexie';
import { listIcps } from '@/lib/db/icps';

/**
 * Calls `onChange` whenever the stored ICPs or the choice of the active one change, from any
 * extension context (dashboard, popup, this worker): a Dexie `liveQuery` over what `listIcps`
 * reads (the `icps` table and the `activeIcpId` setting). Dexie sends each committed write to
 * the other contexts of the extension's origin over a `BroadcastChannel`
 * (`x-storagemutated-1`; https://dexie.org/docs/liveQuery()), so no page has to announce its
 * writes.
 *
 * The query's first answer, at the worker's start, also calls `onChange`: a write made while the
 * worker slept wakes nothing, so badges catch up when it starts again. A failing read is ignored
 * (the next write retries it). Returns the subscription, for tests to end it.
 */
export function followIcps(onChange: () => Promise<void>): { unsubscribe(): void } {
  return liveQuery(() => listIcps()).subscribe({
    next: () => void onChange().catch(() => undefined),
    error: () => undefined,
  });
}
