import { browser } from 'wxt/browser';
import { buildTabView } from './handlers';

/** Chrome's side panel API, or Firefox's sidebar; absent where neither exists. */
type PanelApis = {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** Opens the side panel for the window of `tab` (a user gesture: a shortcut or a click). */
export async function openSidePanel(tab: { id?: number; windowId?: number } | undefined) {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && tab?.windowId !== undefined)
    await apis.sidePanel.open({ windowId: tab.windowId });
  else await apis.sidebarAction?.open();
}

/**
 * The opening line for the company in a tab, or '' when there is none (no company, no ICP).
 * The shortcut's copy happens in the page that shows it (the side panel or popup), where the
 * clipboard is reachable; the worker has none.
 */
export async function openingLineFor(tabId: number): Promise<string> {
  const view = await buildTabView(tabId);
  return view.kind === 'ready' ? (view.pitch?.openingLine ?? '') : '';
}
