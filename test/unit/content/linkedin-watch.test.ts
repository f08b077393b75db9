/**
 * The LinkedIn content script's SPA watcher (`watchCompanyPages`) on saved pages, with LinkedIn's
 * in-app navigation played out: the URL changes first, the body follows later; the DOM keeps
 * changing after a page has been read; the background may not answer. Fake timers drive the
 * settle delay; linkedom is the DOM.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchCompanyPages } from '@/entrypoints/linkedin.content/watch';
import type { LinkedInPage } from '@/lib/extract/linkedin-company/page';
import { PAGE_REPORT_ACK, type PageReport, REPORT_AGAIN } from '@/lib/messaging';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin');
const SENTINEL = 'https://www.linkedin.com/company/sentinel-forge/about/';
const KESTREL = 'https://www.linkedin.com/company/kestrel-ledger/';

/** The inside of a saved page's <html> element. */
const pageHtml = (file: string) =>
  /<html[^>]*>([\s\S]*)<\/html>/i.exec(readFileSync(join(FIXTURES, file), 'utf8'))?.[1] ?? '';

let dom: ReturnType<typeof parseHTML>;
let document: Document;
const location = { href: '' };
let sent: PageReport[];
/** Whether the background acknowledges a report (else the port "closes"). */
let answering: boolean;
let locationHandlers: (() => void)[];
let invalidated: (() => void)[];

/** WXT's context, as far as the watcher uses it: it fires `wxt:locationchange` on pushState. */
const fakeContext = {
  isInvalid: false,
  onInvalidated: (cb: () => void) => void invalidated.push(cb),
  addEventListener: (_target: unknown, type: string, handler: () => void) => {
    if (type === 'wxt:locationchange') locationHandlers.push(handler);
  },
};
const ctx = fakeContext as unknown as ContentScriptContext;

/** The extension was updated or removed under the page: WXT drops the context's listeners. */
function invalidate() {
  fakeContext.isInvalid = true;
  locationHandlers = [];
  for (const cb of invalidated.splice(0)) cb();
}

/** Opens a saved page at `url`, as a full page load does. */
function load(file: string, url: string) {
  dom = parseHTML(`<!DOCTYPE html><html lang="en">${pageHtml(file)}</html>`);
  document = dom.document as unknown as Document;
  location.href = url;
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', dom.window);
  vi.stubGlobal('MutationObserver', dom.MutationObserver);
}

/** LinkedIn's in-app navigation: `history.pushState` (WXT reports it), the body unchanged yet. */
function pushState(url: string) {
  location.href = url;
  for (const handler of locationHandlers) handler();
}

/** The new company's content replaces the old one in the same document. */
function render(file: string) {
  document.documentElement.innerHTML = pageHtml(file);
}

/** Lets the DOM settle (mutation callbacks, the watcher's quiet time, the report's answer). */
const settle = (ms = 500) => vi.advanceTimersByTimeAsync(ms);

const seen = () =>
  sent.flatMap((r) => (r.kind === 'linkedinPageSeen' ? [r] : [])) as Extract<
    PageReport,
    { kind: 'linkedinPageSeen' }
  >[];
const slugOf = (page: LinkedInPage) => new URL(page.url).pathname.split('/')[2];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  fakeBrowser.reset();
  sent = [];
  answering = true;
  locationHandlers = [];
  invalidated = [];
  fakeContext.isInvalid = false;
  vi.stubGlobal('location', location);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    report: PageReport;
  }) => {
    if (!answering) throw new Error('The message port closed before a response was received.');
    sent.push(message.report);
    return PAGE_REPORT_ACK;
  }) as never);
});
afterEach(() => {
  invalidate();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('watchCompanyPages', () => {
  it('reports a company page once, at idle', async () => {
    load('about-en-sentinel-forge.html', SENTINEL);
    watchCompanyPages(ctx);
    await settle();
    expect(sent).toHaveLength(1);
    const [report] = seen();
    expect(report?.page.url).toBe(SENTINEL);
    expect(report?.page.top?.name).toBe('Sentinel Forge');
    expect(report?.again).toBeUndefined();
  });

  it('reads again when the DOM settles, but does not re-send the same company body', async () => {
    load('about-en-sentinel-forge.html', SENTINEL);
    watchCompanyPages(ctx);
    await settle();
    // LinkedIn keeps touching the DOM (a toast, a counter): nothing the collector reads changes.
    const toast = document.createElement('div');
    toast.setAttribute('class', 'artdeco-toast');
    document.body.appendChild(toast);
    await settle();
    toast.textContent = 'Message sent';
    await settle();
    expect(sent).toHaveLength(1);
  });

  it('on in-app navigation waits for the new company to replace the old body, then reports it', async () => {
    load('about-en-sentinel-forge.html', SENTINEL);
    watchCompanyPages(ctx);
    await settle();
    pushState(KESTREL);
    await settle();
    // The URL says Kestrel, the body still shows Sentinel Forge: "loading", not Sentinel again.
    expect(sent.at(-1)).toEqual({ kind: 'companyPageLeft', url: KESTREL, loading: true });
    expect(seen()).toHaveLength(1);
    render('home-en-kestrel-ledger.html');
    await settle();
    expect(seen().map((r) => slugOf(r.page))).toEqual(['sentinel-forge', 'kestrel-ledger']);
    expect(seen().at(-1)?.page.url).toBe(KESTREL);
  });

  it('reports leaving company pages once, on navigation to the feed', async () => {
    load('about-en-sentinel-forge.html', SENTINEL);
    watchCompanyPages(ctx);
    await settle();
    pushState('https://www.linkedin.com/feed/');
    document.body.innerHTML = '<main><h1>Feed</h1></main>';
    await settle();
    document.body.appendChild(document.createElement('article'));
    await settle();
    const left = sent.filter((r) => r.kind === 'companyPageLeft');
    expect(left).toEqual([
      { kind: 'companyPageLeft', url: 'https://www.linkedin.com/feed/', loading: false },
    ]);
  });

  it('reports the same page again, marked, when the popup asks', async () => {
    load('about-en-sentinel-forge.html', SENTINEL);
    watchCompanyPages(ctx);
    await settle();
    await fakeBrowser.runtime.onMessage.trigger(REPORT_AGAIN, {});
    await settle();
    expect(seen()).toHaveLength(2);
    expect(seen()[1]?.again).toBe(true);
    expect(seen()[1]?.page).toEqual(seen()[0]?.page);
  });

  it('sends a report the background did not acknowledge again', async () => {
    load('about-en-sentinel-forge.html', SENTINEL);
    answering = false;
    watchCompanyPages(ctx);
    await settle(200);
    expect(sent).toHaveLength(0);
    answering = true;
    await settle(5_000);
    expect(seen()).toHaveLength(1);
  });

  it('stops reading once its context is invalidated (extension updated)', async () => {
    load('about-en-sentinel-forge.html', SENTINEL);
    watchCompanyPages(ctx);
    await settle();
    invalidate();
    pushState(KESTREL);
    render('home-en-kestrel-ledger.html');
    await settle();
    expect(sent).toHaveLength(1);
  });
});
