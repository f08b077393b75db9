/**
 * The built Firefox extension (`.output/firefox-mv2`) in Debian's Firefox ESR, driven over WebDriver
 * BiDi by puppeteer-core (no browser download, no geckodriver). Pages are served at their real URLs
 * from fixtures per tab; every other request goes to a local proxy that refuses it and records it,
 * so a request of the extension's own would show.
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const GECKO_ID = 'icp-lens@icp-lens.dev';
/** Fixed, so extension pages have a known `moz-extension://` origin. */
export const FIREFOX_UUID = '3a0c4f0e-5b8e-4d6e-9a57-6b1f0c7d2e11';

/** Firefox's own background traffic (remote settings, updates, captive portal): not ours. */
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|mozaws\.net|firefox\.com|mozgcp\.net)(:\d+)?$/;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Hosts (or URLs) of requests that reached the proxy and were not Firefox's own. */
  foreignRequests: string[];
  /** A new tab serving `routes` (URL without hash → HTML), aborting everything else. */
  newRoutedPage(routes: ReadonlyMap<string, string>): Promise<Page>;
  /** An extension page (`popup.html?tabId=3`, `options.html#companies`), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function denyAllProxy(foreign: string[]): Promise<Server> {
  const record = (target: string) => {
    const host = target.replace(/^https?:\/\//, '').split('/')[0] ?? target;
    if (!FIREFOX_OWN.test(host)) foreign.push(target);
  };
  const proxy = createServer((req, res) => {
    record(req.url ?? '');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    record(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((done) => proxy.listen(0, '127.0.0.1', () => done(proxy)));
}

/** Starts Firefox ESR headless with the built extension installed (temporary, unsigned). */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const foreignRequests: string[] = [];
  const proxy = await denyAllProxy(foreignRequests);
  const address = proxy.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it, BiDi refuses to drive moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    foreignRequests,
    async newRoutedPage(routes) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = routes.get(request.url().split('#')[0] ?? '');
        if (body === undefined) void request.abort();
        else void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      // goto() of a moz-extension:// page loads it but never resolves over BiDi: poll instead.
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const ready = await page
          .evaluate(
            () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
          )
          .catch(() => false);
        if (ready) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${url} did not load`);
    },
    async close() {
      await browser.close();
      await new Promise((done) => proxy.close(done));
    },
  };
}

/** Each LinkedIn tab's id, URL and badge, read from an extension page (host access shows URLs). */
export async function linkedinBadges(
  extensionPage: Page,
): Promise<{ tabId: number; url: string; badge: string }[]> {
  return extensionPage.evaluate(async () => {
    // Firefox's promise-based `browser` namespace (MV2: the toolbar button is `browserAction`).
    const api = (
      globalThis as unknown as {
        browser: {
          tabs: { query(q: { url: string }): Promise<{ id?: number; url?: string }[]> };
          browserAction: { getBadgeText(d: { tabId?: number }): Promise<string> };
        };
      }
    ).browser;
    const tabs = await api.tabs.query({ url: 'https://*.linkedin.com/*' });
    return Promise.all(
      tabs.map(async (t) => ({
        tabId: t.id ?? -1,
        url: t.url ?? '',
        badge: await api.browserAction.getBadgeText({ tabId: t.id }),
      })),
    );
  });
}
