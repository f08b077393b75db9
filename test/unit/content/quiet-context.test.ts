import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
// linkedom has no postMessage: give the window one, so a post would be seen.
Object.assign(window, { postMessage: () => undefined });
const page = { href: 'https://www.linkedin.com/company/acme/' };
Object.assign(globalThis, {
  window,
  document,
  location: {
    get href() {
      return page.href;
    },
  },
});
const { ContentScriptContext } = await import('@/lib/content/quiet-context');

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the content script context the page can neither see nor stop', () => {
  it('announces nothing to the page', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const heard = vi.fn();
    const prefix = `${fakeBrowser.runtime.id}:linkedin:`;
    for (const name of ['wxt:content-script-started', 'wxt:locationchange'])
      for (const type of [name, `${prefix}${name}`]) {
        document.addEventListener(type, heard);
        window.addEventListener(type, heard);
      }
    const ctx = new ContentScriptContext('linkedin');
    ctx.addEventListener(window, 'wxt:locationchange', () => undefined);
    page.href = 'https://www.linkedin.com/company/globex/';
    vi.advanceTimersByTime(1_000);
    expect(posted).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
    ctx.abort();
  });

  it('is not stopped by a page event of WXT’s announcement type', () => {
    const ctx = new ContentScriptContext('linkedin');
    const detail = { contentScriptName: 'linkedin', messageId: 'forged' };
    for (const type of [
      'wxt:content-script-started',
      `${fakeBrowser.runtime.id}:linkedin:wxt:content-script-started`,
    ]) {
      document.dispatchEvent(new window.CustomEvent(type, { detail }));
      window.dispatchEvent(new window.CustomEvent(type, { detail }));
    }
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('follows in-app navigation by the URL, and stops once the extension is gone', () => {
    const ctx = new ContentScriptContext('linkedin');
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    page.href = 'https://www.linkedin.com/company/initech/';
    vi.advanceTimersByTime(600);
    expect(changed).toHaveBeenCalledTimes(1);
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(600);
    expect(stopped).toHaveBeenCalledOnce();
    expect(ctx.isValid).toBe(false);
  });
});
