/**
 * Faults a hostile page, a careless user or a flaky browser could cause, in Debian's Chromium with
 * the built extension: the page can neither see the extension's id nor silence its content script;
 * a damaged backup changes nothing; a damaged stored record does not blank the dashboard.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  freePort,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  tabViewFrom,
  waitForBadge,
} from '../harness/browser';
import { BUCKETS_JS } from '../harness/buckets';
import { fixturePage, routesFor } from '../harness/demo-pages';
import { COMPANIES } from './expectations';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/reliability');
// Two companies with different badges on one host (in-app navigation keeps the origin).
const [first, second] = ['about-en-sentinel-forge.html', 'about-vi-saigon-home-goods.html'].map(
  (file) => {
    const expected = COMPANIES.find((c) => c.file === file);
    if (!expected) throw new Error(`no expectation for ${file}`);
    const page = fixturePage(file);
    const url = new URL(page.url);
    url.host = 'www.linkedin.com';
    return { ...expected, page: { ...page, url: url.href } };
  },
) as [
  (typeof COMPANIES)[number] & { page: ReturnType<typeof fixturePage> },
  (typeof COMPANIES)[number] & { page: ReturnType<typeof fixturePage> },
];

let ext: ExtensionBrowser;
let debugPort = 0;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  debugPort = await freePort();
  ext = await launchWithExtension(routesFor([first.page, second.page]), {
    args: [`--remote-debugging-port=${debugPort}`],
  });
});
afterAll(async () => {
  await ext?.close();
});

/** As LinkedIn does: push the next URL, then render the next company into the same document. */
async function navigateInApp(tab: Page, next: { url: string; html: string }): Promise<void> {
  await tab.evaluate(({ url, html }) => {
    history.pushState({}, '', url);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.head.replaceChildren(
      ...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)),
    );
    document.body.replaceChildren(
      ...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)),
    );
  }, next);
}

describe('invisible to the page', () => {
  it('the page sees no extension id and cannot stop the content script', async () => {
    const tab = await ext.context.newPage();
    const id = ext.extensionId;
    // The page's own script, before anything else runs: it records every window message and
    // listens for WXT's announcement and navigation events by their (id-bearing) names.
    await tab.addInitScript((extensionId: string) => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      window.addEventListener('message', (e) => seen.push(`message ${JSON.stringify(e.data)}`));
      for (const name of ['content-script-started', 'locationchange'])
        for (const target of [window, document])
          target.addEventListener(`${extensionId}:linkedin:wxt:${name}`, (e) =>
            seen.push(`event ${e.type} ${JSON.stringify((e as CustomEvent).detail)}`),
          );
    }, id);
    await tab.goto(first.page.url);
    const tabId = await tabIdOf(ext, tab);
    await waitForBadge(ext, tabId, (t) => t === first.badge);

    // The page forges the announcement, as a DOM event and as a window message.
    await tab.evaluate((extensionId: string) => {
      const type = `${extensionId}:linkedin:wxt:content-script-started`;
      const detail = { contentScriptName: 'linkedin', messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, id);
    await navigateInApp(tab, second.page);
    // Still listening: the next company's badge follows the in-app navigation.
    expect(await waitForBadge(ext, tabId, (t) => t === second.badge)).toBe(second.badge);

    const seen = await tab.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    // Only the page's own forged message is there; nothing the extension sent.
    const fromExtension = seen.filter((s) => !s.includes('forged-by-the-page'));
    expect(fromExtension).toEqual([]);
    await tab.close();
  });
});

/** The extension's service worker once it is another than `old` (after a reload). */
async function newWorker(old: ExtensionBrowser['worker']): Promise<ExtensionBrowser['worker']> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const worker = ext.context
      .serviceWorkers()
      .find((w) => w !== old && w.url().includes(ext.extensionId));
    if (worker) return worker;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `no new service worker; workers: ${ext.context.serviceWorkers().map((w) => w.url())}`,
  );
}

describe('a flaky worker, an update', () => {
  it('a lost report does not leave the popup loading: it asks the page again', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(first.page.url);
    const tabId = await tabIdOf(ext, tab);
    await waitForBadge(ext, tabId, (t) => t === first.badge);
    // As if the worker had stopped between the page's "loading" report and the company report:
    // the tab is left "loading" and the content script believes it already reported.
    await ext.worker.evaluate(
      async ({ id, url }) => {
        await chrome.storage.session.set({ [`tab:${id}`]: { kind: 'loading', url } });
        await chrome.action.setBadgeText({ tabId: id, text: '…' });
      },
      { id: tabId, url: first.page.url },
    );
    const popup = await openPopupFor(ext, tabId);
    await expect
      .poll(() => popup.locator('body').textContent(), { timeout: 12_000 })
      .toContain(first.name);
    expect((await tabViewFrom(popup, tabId)).kind).toBe('ready');
    expect(await waitForBadge(ext, tabId, (t) => t === first.badge)).toBe(first.badge);
    await popup.close();
    await tab.close();
  });

  it('after an update, an open LinkedIn tab is listened to again', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(first.page.url);
    const tabId = await tabIdOf(ext, tab);
    await waitForBadge(ext, tabId, (t) => t === first.badge);
    // Reloading the extension is what an update does to open tabs: their script is orphaned.
    // Loading the same unpacked folder again is an update (same id, onInstalled "update").
    const before = ext.worker;
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
    const session = await cdp.newBrowserCDPSession();
    await session.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
    await cdp.close();
    ext.worker = await newWorker(before);
    await navigateInApp(tab, second.page);
    expect(await waitForBadge(ext, tabId, (t) => t === second.badge, 15_000)).toBe(second.badge);
    await tab.close();
  });
});

describe('nothing lost', () => {
  async function openDashboard(hash: string): Promise<Page> {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 800 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#${hash}`);
    await dashboard.waitForSelector('[data-page]');
    return dashboard;
  }

  it('a backup with one damaged row is refused, names the row, and every company stays', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(first.page.url);
    await waitForBadge(ext, await tabIdOf(ext, tab), (t) => t === first.badge);
    await tab.close();
    const row = {
      id: 'li:acme',
      name: 'Acme',
      linkedinSlug: 'acme',
      keys: ['li:acme'],
      facts: {},
      url: 'https://www.linkedin.com/company/acme/',
      firstSeen: 1,
      lastSeen: 2,
    };
    const backup = {
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'icp-lens',
        databaseVersion: 5,
        tables: [{ name: 'companies', schema: '&id', rowCount: 2 }],
        data: [{ tableName: 'companies', inbound: true, rows: [row, row] }],
      },
    };
    const dashboard = await openDashboard('settings');
    await dashboard.setInputFiles('[data-input="restore"]', {
      name: 'icp-lens-backup-damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await dashboard.click('[data-action="confirm-restore"]');
    const message = dashboard.locator('[data-backup-message]');
    await expect.poll(() => message.textContent()).toMatch(/Nothing was changed/);
    expect(await message.textContent()).toMatch(/Row 2 of the table of companies repeats the key/);
    await dashboard.screenshot({ path: join(SHOTS, 'restore-refused.png'), fullPage: true });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#companies`);
    await expect.poll(() => dashboard.locator('main').textContent()).toContain(first.name);
    await dashboard.close();
  });

  it('a stored company of the wrong shape does not blank the Companies page', async () => {
    const dashboard = await openDashboard('companies');
    await expect.poll(() => dashboard.locator('main').textContent()).toContain(first.name);
    // As a tampered restore or an old bug would leave it: a name that is an object.
    await dashboard.evaluate(`(async () => {
      ${BUCKETS_JS}
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open('icp-lens');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await putCompanies(db, [{
        id: 'li:damaged',
        name: { evil: '<img src=x onerror=alert(1)>' },
        keys: 'not a list',
        facts: { name: 42 },
        url: 7,
        firstSeen: 1,
        lastSeen: Date.now(),
      }]);
      db.close();
    })()`);
    await dashboard.reload();
    await dashboard.waitForSelector('[data-page]');
    await expect.poll(() => dashboard.locator('main').textContent()).toContain('li:damaged');
    expect(await dashboard.locator('main').textContent()).toContain(first.name);
    expect(await dashboard.locator('[data-failed]').count()).toBe(0);
    expect(await dashboard.locator('main img').count()).toBe(0);
    await dashboard.screenshot({
      path: join(SHOTS, 'companies-damaged-record.png'),
      fullPage: true,
    });
    await dashboard.close();
  });
});
