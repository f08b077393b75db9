import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { COPY_OPENING_KEY, type TabView } from '@/lib/messaging';
import { copyableText, pageValues } from './copy-isolation';
import { copyText } from './copy-text';

/**
 * The copy-opening-line shortcut opened this popup: once the tab's view is ready, copies its
 * opening line (page values in Unicode isolates), then clears the request. Returns whether it
 * was copied (for a visible "Copied").
 */
export function useCopyRequest(view: TabView | undefined, tabId: number | undefined): boolean {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (view?.kind !== 'ready' || tabId === undefined) return;
    const line = view.pitch?.openingLine.trim();
    const opening = line && copyableText(line, pageValues(view.company.facts, view.company.name));
    let cancelled = false;
    void browser.storage.session.get(COPY_OPENING_KEY).then(async (stored) => {
      if (cancelled || stored[COPY_OPENING_KEY] !== tabId) return;
      // Copy first, then clear: a cleared request means the line is on the clipboard. (Cleared
      // first, the popup could be closed — it loses focus — between the two, copying nothing.)
      const copied = opening ? await copyText(opening) : false;
      await browser.storage.session.remove(COPY_OPENING_KEY);
      if (copied) setCopied(true);
    });
    return () => {
      cancelled = true;
    };
  }, [view, tabId]);
  return copied;
}
