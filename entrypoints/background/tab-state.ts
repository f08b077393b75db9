import { browser } from 'wxt/browser';
import { z } from 'zod';
import { extractionSchema } from '@/lib/facts-schema';

/**
 * What each tab shows, kept in `storage.session`: the MV3 worker may be stopped at any moment,
 * so nothing about a tab may live only in memory.
 */
const tabStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('loading'), url: z.string() }),
  z.object({ kind: z.literal('company'), url: z.string(), companyId: z.string() }),
  z.object({ kind: z.literal('empty'), url: z.string(), extraction: extractionSchema }),
  // Read but not stored (IndexedDB refused the write, e.g. quota exceeded).
  z.object({
    kind: z.literal('unsaved'),
    url: z.string(),
    extraction: extractionSchema,
    error: z.string(),
  }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = tabStateSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : undefined;
}

export async function setTabState(tabId: number, state: TabState | undefined): Promise<void> {
  if (state) await browser.storage.session.set({ [keyOf(tabId)]: state });
  else await browser.storage.session.remove(keyOf(tabId));
}

export async function allTabStates(): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const states = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    const tabId = Number(key.replace(/^tab:/, ''));
    const parsed = tabStateSchema.safeParse(value);
    if (key.startsWith('tab:') && Number.isInteger(tabId) && parsed.success) {
      states.set(tabId, parsed.data);
    }
  }
  return states;
}
