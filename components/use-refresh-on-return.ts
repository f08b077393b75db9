import { useEffect } from 'react';

/**
 * Calls `refresh` each time the page becomes visible again (the user comes back to its tab): a
 * company saved from the popup or the side panel in another tab meanwhile is shown without a
 * reload. `refresh` should be stable (a state setter or a `useCallback`).
 */
export function useRefreshOnReturn(refresh: () => void): void {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);
}
