import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import type { Badge } from '@/lib/badge';

// Firefox builds default to MV2, where the toolbar button is `browserAction`.
const action = () => browser.action ?? browser.browserAction;

/** Shows a badge on one tab's toolbar icon; `undefined` clears it. */
export async function showBadge(tabId: number, badge: Badge | undefined, title?: string) {
  const api = action();
  try {
    await api.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) {
      await api.setBadgeBackgroundColor({ tabId, color: badge.color });
      if ('setBadgeTextColor' in api) await api.setBadgeTextColor({ tabId, color: '#ffffff' });
    }
    await api.setTitle({ tabId, title: title ?? t('extName') });
  } catch {
    // The tab was closed meanwhile: nothing to show it on.
  }
}
