/**
 * The Firefox build (`wxt build -b firefox`), for real: Debian's Firefox ESR over WebDriver BiDi,
 * LinkedIn company pages served at their real URLs from fixtures. The badge, the popup, the options
 * page (dashboard), in-app navigation, and no request of the extension's own.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoPage, fixturePage, routesFor } from '../harness/demo-pages';
import {
  FIREFOX_EXTENSION_DIR,
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  linkedinBadges,
} from '../harness/firefox';
import { COMPANIES, type ExpectedCompany } from './expectations';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/firefox');
const [first, second] = ['about-en-sentinel-forge.html', 'about-vi-saigon-home-goods.html'].map(
  (file) => {
    const expected = COMPANIES.find((c) => c.file === file);
    if (!expected) throw new Error(`no expectation for ${file}`);
    const page = fixturePage(file);
    // One host for both, so LinkedIn's in-app navigation (pushState) can go from one to the other.
    const url = new URL(page.url);
    url.host = 'www.linkedin.com';
    return { ...expected, page: { ...page, url: url.href } };
  },
) as [ExpectedCompany & { page: DemoPage }, ExpectedCompany & { page: DemoPage }];

let ff: FirefoxWithExtension;
let tab: Page;
let tabId = -1;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ff = await launchFirefoxWithExtension();
}, 60_000);
afterAll(async () => {
  await ff?.close();
});

/** The badge of the LinkedIn tab at `url`, once it satisfies `accept` (read from the options page). */
async function waitForFirefoxBadge(
  url: string,
  accept: (badge: string) => boolean,
): Promise<{ tabId: number; badge: string }> {
  const reader = await ff.openExtensionPage('options.html');
  const deadline = Date.now() + 15_000;
  let last = '';
  try {
    while (Date.now() < deadline) {
      const found = (await linkedinBadges(reader)).find((t) => t.url === url);
      last = found?.badge ?? '(no tab)';
      if (found && accept(found.badge)) return found;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await reader.close();
  }
  throw new Error(`badge of ${url} is still "${last}"`);
}

describe('Firefox ESR with the Firefox build', () => {
  it('shows the fit on the toolbar badge of a LinkedIn company page', async () => {
    tab = await ff.newRoutedPage(routesFor([first.page, second.page]));
    await tab.goto(first.page.url);
    const found = await waitForFirefoxBadge(first.page.url, (b) => b === first.badge);
    tabId = found.tabId;
    expect(found.badge).toBe(first.badge);
  });

  it('renders the popup for that tab: company, tier, evidence', async () => {
    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.evaluate(() => document.body.textContent ?? ''), { timeout: 10_000 })
      .toContain(first.tier);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(first.name);
    for (const evidence of first.evidence.slice(0, 1)) expect(text).toContain(evidence);
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    await popup.close();
  });

  let sidebar: Awaited<ReturnType<typeof ff.openExtensionPage>> | undefined;

  it('renders the side bar (sidebar_action) for that tab, as the side panel does in Chrome', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    sidebar = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect
      .poll(() => sidebar?.evaluate(() => document.body.textContent ?? ''), { timeout: 10_000 })
      .toContain(first.name);
    expect(await sidebar.evaluate(() => document.body.textContent ?? '')).toContain(first.tier);
    await sidebar.screenshot({ path: join(SHOTS, 'sidebar.png') });
  });

  it('renders the options page (dashboard) with the company seen', async () => {
    const options = await ff.openExtensionPage('options.html#companies');
    await expect
      .poll(() => options.evaluate(() => document.body.textContent ?? ''), { timeout: 15_000 })
      .toContain(first.name);
    expect(await options.evaluate(() => document.querySelectorAll('nav a').length)).toBeGreaterThan(
      2,
    );
    await options.screenshot({ path: join(SHOTS, 'options-companies.png') });
    await options.close();
  });

  it('follows LinkedIn in-app navigation to the next company', async () => {
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
    }, second.page);
    const found = await waitForFirefoxBadge(second.page.url, (b) => b === second.badge);
    expect(found.badge).toBe(second.badge);
    // The side bar left open follows the tab to the next company.
    await expect
      .poll(() => sidebar?.evaluate(() => document.body.textContent ?? ''), { timeout: 10_000 })
      .toContain(second.name);
    await sidebar?.close();
  });

  it('declares to Firefox that it collects no data (data_collection_permissions)', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('makes no network request of its own', () => {
    expect(ff.foreignRequests).toEqual([]);
  });
});
