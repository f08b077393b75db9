import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  chromium,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import type { TabView } from '../../lib/messaging';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests the extension itself made (service worker or extension pages to other origins). */
  extensionRequests: string[];
  /** Every request that reached the network guard and was not a routed page. */
  blockedRequests: string[];
  close(): Promise<void>;
}

/** Pages served at real URLs without a network: URL (without hash) → HTML. */
export type Routes = ReadonlyMap<string, string>;

const ALL_SITES = '<all_urls>';

interface LaunchOptions {
  headless?: boolean;
  args?: string[];
  /** Environment of the browser process, e.g. `{ LANGUAGE: 'fa' }` for a Persian UI (the only
   * way that moves `chrome.i18n.getUILanguage()` too; needs Debian's chromium-l10n). */
  env?: Record<string, string>;
}

function launch(profile: string, options: LaunchOptions) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ...(options.env && { env: { ...process.env, ...options.env } }),
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // Lets the test click the toolbar icon (CDP Extensions.triggerAction, over Playwright's pipe).
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
}

/**
 * Grants the extension's optional all-sites permission in a profile, as a user who accepted the
 * browser's prompt would have. The prompt itself cannot be answered headless (no CDP or Playwright
 * API reaches it), so the grant is written where Chromium keeps it — the extension's
 * `granted_permissions` and `runtime_granted_permissions` in the profile's Preferences — after a
 * first start has installed the extension there (`active_permissions` too, or Chromium recomputes
 * without it). Chromium on Linux accepts the edited file.
 */
async function grantAllSites(profile: string, options: LaunchOptions): Promise<void> {
  const first = await launch(profile, options);
  const worker = first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await first.close();
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error('the extension is not in the profile preferences');
  for (const key of ['granted_permissions', 'runtime_granted_permissions', 'active_permissions']) {
    const granted = settings[key] ?? {};
    granted.explicit_host = [...new Set([...(granted.explicit_host ?? []), ALL_SITES])];
    settings[key] = granted;
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * Starts Debian's Chromium with the built extension loaded, in a fresh profile. Every request is
 * answered from `routes` or aborted, so nothing leaves the machine. `grantAllSites` starts it with
 * the optional all-sites permission granted (automatic analysis of websites on).
 */
export async function launchWithExtension(
  routes: Routes,
  options: LaunchOptions & { grantAllSites?: boolean } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'icp-lens-profile-'));
  if (options.grantAllSites) await grantAllSites(profile, options);
  const context = await launch(profile, options);
  const extensionRequests: string[] = [];
  const blockedRequests: string[] = [];
  const isExtensionRequest = (request: Request) => {
    if (request.serviceWorker()) return true;
    const frameUrl = safeFrameUrl(request);
    return (
      frameUrl.startsWith('chrome-extension://') && !request.url().startsWith('chrome-extension://')
    );
  };
  context.on('request', (request) => {
    if (isExtensionRequest(request)) extensionRequests.push(request.url());
  });
  // Only web requests: the extension's own chrome-extension:// files must load untouched.
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url().split('#')[0] ?? '';
    const body = routes.get(url);
    if (body === undefined) {
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    blockedRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/**
 * Clicks the extension's toolbar icon over `page`, as a user does: the popup opens and the click
 * grants `activeTab` for that tab (a popup opened with `chrome.action.openPopup()` grants nothing).
 * Uses CDP `Extensions.triggerAction` on the page's tab target.
 */
export async function clickToolbarIcon(ext: ExtensionBrowser, page: Page): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser-level CDP session');
  await page.bringToFront();
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] })) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await session.send(
      'Extensions.triggerAction' as never,
      {
        id: ext.extensionId,
        targetId: tab.targetId,
      } as never,
    );
  } finally {
    await session.detach();
  }
}

/** The active tab's id (its URL may be hidden from the extension). */
export async function activeTabId(ext: ExtensionBrowser): Promise<number> {
  const id = await ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** The tab id of a page, found from the service worker by the page's (host-permitted) URL. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab found for ${url}`);
  return id;
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the tab's badge satisfies `accept` (the content script reports asynchronously). */
export async function waitForBadge(
  ext: ExtensionBrowser,
  tabId: number,
  accept: (text: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await badgeText(ext, tabId);
    if (accept(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`badge of tab ${tabId} is still "${text}" after ${timeoutMs} ms`);
}

/** A free TCP port on the loopback interface, for Chromium's remote debugging. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/**
 * Opens the real popup, as a click on the toolbar icon does, over the active tab (needs the
 * browser started with `--remote-debugging-port=<port>`), and returns it as a page.
 */
export async function openRealPopup(
  ext: ExtensionBrowser,
  tab: Page,
  port: number,
): Promise<{ popup: Page; close(): Promise<void> }> {
  await tab.bringToFront();
  await ext.worker.evaluate(() => chrome.action.openPopup());
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().endsWith('/popup.html'));
    if (popup) return { popup, close: () => cdp.close() };
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.close();
  throw new Error('the popup did not open');
}

/** Opens the popup as a page for a given tab (the popup accepts `?tabId=`). */
export async function openPopupFor(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * What the popup would show for a tab, asked of the background as the popup asks it (the
 * @webext-core/messaging wire format), from any extension page.
 */
export async function tabViewFrom(extensionPage: Page, tabId: number): Promise<TabView> {
  return extensionPage.evaluate(async (id) => {
    const reply = await chrome.runtime.sendMessage({
      id: 1,
      type: 'getTabView',
      data: id,
      timestamp: Date.now(),
    });
    if (reply?.err) throw new Error(JSON.stringify(reply.err));
    return reply.res;
  }, tabId);
}

/**
 * Opens the dashboard's ICP list in `page` until the background worker has installed the sample
 * ICP (it does at first start; about 20 s at most), and returns the dashboard's URL
 * (`chrome-extension://<id>/options.html`, no route).
 */
export async function openDashboardOnceSeeded(ext: ExtensionBrowser, page: Page): Promise<string> {
  const url = `chrome-extension://${ext.extensionId}/options.html`;
  for (let i = 0; i < 20; i++) {
    await page.goto(`${url}#icps`);
    if (await page.waitForSelector('.icp', { timeout: 1000 }).catch(() => null)) break;
  }
  return url;
}
