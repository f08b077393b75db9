import { parseHTML } from 'linkedom';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useRefreshOnReturn } from '@/components/use-refresh-on-return';

const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { window, document: window.document, IS_REACT_ACT_ENVIRONMENT: true });
const { createRoot } = await import('react-dom/client');

let visibility = 'visible';
Object.defineProperty(window.document, 'visibilityState', { get: () => visibility });

let refreshed = 0;
const refresh = () => {
  refreshed++;
};
function Page() {
  useRefreshOnReturn(refresh);
  return null;
}

describe('useRefreshOnReturn', () => {
  it('refreshes when the tab becomes visible again, not when it is hidden, and stops on unmount', async () => {
    const root = createRoot(window.document.getElementById('root') as unknown as Element);
    await act(async () => root.render(<Page />));
    const change = (state: string) => {
      visibility = state;
      window.document.dispatchEvent(new window.Event('visibilitychange'));
    };
    change('hidden');
    expect(refreshed).toBe(0);
    change('visible');
    expect(refreshed).toBe(1);
    await act(async () => root.unmount());
    change('hidden');
    change('visible');
    expect(refreshed).toBe(1);
  });
});
