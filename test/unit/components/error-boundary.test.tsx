import { parseHTML } from 'linkedom';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeFailure, ErrorBoundary } from '@/components/ErrorBoundary';
import { useShippedLanguage } from '../../harness/shipped-language';

const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { window, document: window.document, IS_REACT_ACT_ENVIRONMENT: true });
const { createRoot } = await import('react-dom/client');
// The fake browser has no i18n: each message reads as its key and its placeholders.
fakeBrowser.i18n.getMessage = (name: string, subs?: string | string[]) =>
  [name, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join(' ');

function Broken(): never {
  // What React throws when a stored object reaches the page as text.
  throw new Error('Objects are not valid as a React child (found: object with keys {evil})');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('says what failed and offers a way out, instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    const openSettings = vi.fn();
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <ErrorBoundary area="companies" openSettings={openSettings}>
          <Broken />
        </ErrorBoundary>,
      );
    });
    const alert = container.querySelector('[data-failed="companies"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Objects are not valid as a React child');
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons).toHaveLength(2);
    buttons[1]?.dispatchEvent(new window.Event('click', { bubbles: true }));
    expect(openSettings).toHaveBeenCalledOnce();
    await act(async () => root.unmount());
  });

  it('shows the message as one line of text, clipped', () => {
    expect(describeFailure(new TypeError('a\n<b>bold</b>'))).toBe('TypeError: a <b>bold</b>');
    expect(describeFailure('x'.repeat(1000))).toHaveLength(300);
  });

  it('says it in the UI language, the error’s own text kept and isolated', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const keyed = fakeBrowser.i18n.getMessage;
    useShippedLanguage('fa');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <ErrorBoundary area="companies">
          <Broken />
        </ErrorBoundary>,
      );
    });
    const detail = container.querySelector('[data-failed="companies"] p');
    expect(detail?.textContent).toBe(
      'جزئیات خطا: یک خطای فنی (Error: Objects are not valid as a React child (found: object with keys {evil}))',
    );
    expect(detail?.querySelector('bdi')?.textContent).toMatch(/^Error: Objects are not valid/);
    await act(async () => root.unmount());
    fakeBrowser.i18n.getMessage = keyed;
  });
});
