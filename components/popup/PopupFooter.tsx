import { browser } from 'wxt/browser';
import { t } from '../i18n';

export function openDashboard(): void {
  void browser.runtime.openOptionsPage();
}

/** The way to the dashboard, at the bottom of every popup state. */
export function PopupFooter() {
  return (
    <footer className="footer">
      <button type="button" className="button" onClick={openDashboard}>
        {t('action_dashboard')}
      </button>
    </footer>
  );
}
