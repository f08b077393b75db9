import { browser } from 'wxt/browser';
import { t } from '../i18n';

export function openDashboard(): void {
  void browser.runtime.openOptionsPage();
}

type PanelApis = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** Opens the side panel in this window (Chrome) or the sidebar (Firefox), then closes the popup. */
async function openSidePanel(): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await apis.sidePanel.open({ windowId: win.id });
  } else await apis.sidebarAction?.open();
  window.close();
}

/** The ways on: the side panel (not from inside it) and the dashboard, under every state. */
export function PopupFooter({ inPanel = false }: { inPanel?: boolean }) {
  const apis = browser as unknown as PanelApis;
  const canPanel = !inPanel && Boolean(apis.sidePanel ?? apis.sidebarAction);
  return (
    <footer className="footer">
      {canPanel && (
        <button
          type="button"
          className="button"
          data-open-side-panel
          onClick={() => void openSidePanel().catch(() => undefined)}
        >
          {t('action_side_panel')}
        </button>
      )}
      <button type="button" className="button" onClick={openDashboard}>
        {t('action_dashboard')}
      </button>
    </footer>
  );
}
