import { parseHTML } from 'linkedom';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useShippedLanguage } from '../../harness/shipped-language';

const closed = Object.assign(new Error('Database has been closed'), {
  name: 'DatabaseClosedError',
});
vi.mock('@/lib/db/icps', () => ({ listIcps: () => Promise.reject(closed) }));

const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { window, document: window.document, IS_REACT_ACT_ENVIRONMENT: true });
const { createRoot } = await import('react-dom/client');
const { useIcpChoice } = await import('@/components/lists/use-icp-choice');

afterEach(() => fakeBrowser.reset());

let shown: string | undefined;
function Page() {
  shown = useIcpChoice().error;
  return null;
}

describe('useIcpChoice', () => {
  it('words a failed read of the ICPs in the UI language, not as the raw English error', async () => {
    useShippedLanguage('fa');
    const root = createRoot(window.document.getElementById('root') as unknown as Element);
    await act(async () => root.render(<Page />));
    // errorWords' database phrase, as the #lists, #list and #trends pages show it in their notice.
    expect(shown).toBe('پایگاه داده ICP Lens باز نشد؛ این صفحه را دوباره بارگیری کنید');
    expect(shown).not.toContain('DatabaseClosedError');
    await act(async () => root.unmount());
  });
});
