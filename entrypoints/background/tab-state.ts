import { browser } from 'wxt/browser';
import { type TabState, tabStateSchema } from '@/lib/tab-view';

export type { TabState };

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
