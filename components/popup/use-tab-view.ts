import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { messenger, REPORT_AGAIN, type TabView } from '@/lib/messaging';
import { errorWords } from '../error-words';

const POLL_MS = 600;
const LOADING_TIMEOUT_MS = 15_000;
/** Loading this long means a report may have been lost: ask the tab's content script again. */
const REASK_MS = 3_000;

/**
 * Asks the tab's content script to read its page and report again; when no script answers (an
 * orphan of the previous version, or none yet), has the background inject it. Never throws.
 */
async function reaskTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, REPORT_AGAIN);
  } catch {
    await messenger.sendMessage('reinjectTab', tabId).catch(() => false);
  }
}

export type PopupState =
  | { status: 'view'; view: TabView; tabId?: number }
  | { status: 'timeout' }
  | { status: 'error'; message: string };

/** The tab the popup is about: `?tabId=N` when given (tests, the demo), else the active tab. */
async function findTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** How often the side panel asks again while it shows a company (it follows the user). */
const FOLLOW_MS = 1500;

/**
 * Asks the background what to show for the tab — on a page that is not a LinkedIn company page,
 * to read it now — and asks again every 600 ms while the page is still being read, for at most
 * 15 s. A tab still loading after 3 s (at once on "Try again") is asked to report again (see
 * `reaskTab`). `retry` starts over; `show` replaces the view (after a correction).
 * With `follow` (the side panel, which stays open): the tab is the active one of the moment —
 * asked again when the user switches tabs or a page loads, and every 1.5 s, so in-app
 * navigation (LinkedIn) and company sites are followed.
 */
export function useTabView(follow = false): {
  state: PopupState;
  retry: () => void;
  show: (view: TabView) => void;
} {
  const [state, setState] = useState<PopupState>({
    status: 'view',
    view: { kind: 'loading', url: '' },
  });
  const [attempt, setAttempt] = useState(0);

  // `attempt` (used inside) restarts the polling.
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    let analyzed = false;
    let reasked = false;
    const ask = async (tabId: number | undefined): Promise<void> => {
      try {
        let view: TabView =
          tabId === undefined
            ? { kind: 'not-company' }
            : await messenger.sendMessage('getTabView', tabId);
        // Not a LinkedIn company page: read the page itself once (a company website).
        if (view.kind === 'not-company' && tabId !== undefined && !analyzed) {
          analyzed = true;
          view = await messenger.sendMessage('analyzeTab', tabId);
        }
        if (cancelled) return;
        if (view.kind === 'loading' && Date.now() - started >= LOADING_TIMEOUT_MS) {
          setState({ status: 'timeout' });
          return;
        }
        setState((old) => (sameView(old, view, tabId) ? old : { status: 'view', view, tabId }));
        const reaskAfter = attempt > 0 ? 0 : REASK_MS;
        if (
          view.kind === 'loading' &&
          tabId !== undefined &&
          !reasked &&
          Date.now() - started >= reaskAfter
        ) {
          reasked = true;
          void reaskTab(tabId);
        }
        if (view.kind === 'loading') timer = setTimeout(() => void ask(tabId), POLL_MS);
        else if (follow) timer = setTimeout(() => void findTabId().then(ask), FOLLOW_MS);
      } catch (error) {
        if (cancelled) return;
        setState({ status: 'error', message: errorWords(error) });
      }
    };
    const start = () => {
      clearTimeout(timer);
      analyzed = false;
      findTabId().then(ask, (error: unknown) => {
        if (!cancelled) setState({ status: 'error', message: errorWords(error) });
      });
    };
    start();
    const onActivated = () => start();
    const onUpdated = (_: number, change: { status?: string }) => {
      if (change.status === 'complete') start();
    };
    if (follow) {
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
    }
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (follow) {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      }
    };
  }, [attempt, follow]);

  const retry = useCallback(() => {
    setState({ status: 'view', view: { kind: 'loading', url: '' } });
    setAttempt((n) => n + 1);
  }, []);
  const show = useCallback((view: TabView) => {
    setState((old) => ({
      status: 'view',
      view,
      tabId: old.status === 'view' ? old.tabId : undefined,
    }));
  }, []);
  return { state, retry, show };
}

/** Whether a fresh answer is the one on screen (so polling does not re-render needlessly). */
function sameView(old: PopupState, view: TabView, tabId: number | undefined): boolean {
  return (
    old.status === 'view' &&
    old.tabId === tabId &&
    JSON.stringify(old.view) === JSON.stringify(view)
  );
}
