/**
 * Company websites in Debian's Chromium: read when the user clicks the icon (activeTab), read on
 * every visit only once the optional all-sites permission is granted, and merged with the
 * company's LinkedIn page into one record. The extension still sends nothing anywhere.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../lib/messaging';
import { SITE_FIXTURES } from '../fixtures/sites';
import {
  activeTabId,
  badgeText,
  clickToolbarIcon,
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  tabViewFrom,
  waitForBadge,
} from '../harness/browser';
import { fixturePage } from '../harness/demo-pages';

const SITES = resolve(import.meta.dirname, '../fixtures/sites');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
const site = (file: string) => {
  const fixture = SITE_FIXTURES.find((f) => f.file === file);
  if (!fixture) throw new Error(`no site fixture ${file}`);
  return { url: fixture.url, html: readFileSync(join(SITES, file), 'utf8'), fixture };
};
const brightpath = site('en-saas-brightpath-analytics.html');
const teashop = site('en-shopify-teashop.html');

/**
 * BrightPath's LinkedIn About tab: Sentinel Forge's saved About page with the identity swapped
 * (name, slug, website), so the two sources disagree on size (LinkedIn 1,001-5,000; the site 51-200).
 */
const linkedinUrl = 'https://www.linkedin.com/company/brightpath-analytics/about/';
const linkedinHtml = fixturePage('about-en-sentinel-forge.html')
  .html.replaceAll('sentinel-forge', 'brightpath-analytics')
  .replaceAll('Sentinel Forge', 'BrightPath Analytics')
  .replaceAll('sentinelforge.io', 'brightpath-analytics.com')
  .replaceAll('sentinelforge%2Eio', 'brightpath-analytics%2Ecom');

const routes = new Map<string, string>([
  [brightpath.url, brightpath.html],
  [teashop.url, teashop.html],
  [linkedinUrl, linkedinHtml],
]);
const isTier = (t: string) => t !== '' && t !== '…';
const browsers: ExtensionBrowser[] = [];
afterAll(async () => {
  for (const b of browsers) await b.close();
});

async function start(grantAllSites = false): Promise<ExtensionBrowser> {
  const ext = await launchWithExtension(routes, { grantAllSites });
  browsers.push(ext);
  return ext;
}

async function visit(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

describe('on a click (activeTab)', () => {
  let ext: ExtensionBrowser;

  it('shows nothing on a company website until the icon is clicked, then its fit', async () => {
    ext = await start();
    const page = await visit(ext, teashop.url);
    const tabId = await activeTabId(ext);
    await page.waitForTimeout(800);
    expect(await badgeText(ext, tabId)).toBe('');
    await clickToolbarIcon(ext, page);
    // A tea shop's own site says little the sample ICP scores: "?" (Not enough data) is its fit.
    expect(await waitForBadge(ext, tabId, isTier)).toMatch(/^([A-Z]{2,4}|\?)$/);
    const popup = await openPopupFor(ext, tabId);
    const view = await tabViewFrom(popup, tabId);
    expect(view.kind).toBe('ready');
    if (view.kind !== 'ready') return;
    expect(view.company.name).toBe(teashop.fixture.facts.name?.[0]);
    expect(view.company.facts.businessModel?.value).toContain('ecommerce');
    // Technologies from the page's code, each with what showed it.
    expect(view.company.facts.technologies?.value).toEqual(['Klaviyo', 'Shopify']);
    expect(view.company.facts.detections?.value[0]?.evidence).toMatch(
      /^(script|the site's script|stylesheet) /,
    );
    await popup.waitForSelector('[data-offer="auto-analysis"]');
    await popup.locator('[data-facts] > summary').click();
    // Technologies in words, one line each; the raw script URL only behind "details".
    const words = await popup
      .locator('[data-technology="Shopify"] [data-detection-words]')
      .innerText();
    expect(words).toMatch(/script from [a-z0-9.-]+\.[a-z]+/);
    expect(words).not.toMatch(/\.js\b/);
    expect(await popup.locator('[data-fact="technologies"]').innerText()).not.toMatch(/\.js\b/);
    await popup.screenshot({ path: join(SHOTS, 'popup-website-teashop.png'), fullPage: true });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await popup.close();
    await page.close();
  });

  it('knows a LinkedIn page and the website are one company, and shows where they disagree', async () => {
    const linkedin = await visit(ext, linkedinUrl);
    const linkedinTab = await tabIdOf(ext, linkedin);
    await waitForBadge(ext, linkedinTab, isTier);
    const page = await visit(ext, brightpath.url);
    const tabId = await activeTabId(ext);
    await clickToolbarIcon(ext, page);
    await waitForBadge(ext, tabId, isTier);
    const popup = await openPopupFor(ext, tabId);
    const view: TabView = await tabViewFrom(popup, tabId);
    const fromLinkedIn: TabView = await tabViewFrom(popup, linkedinTab);
    if (view.kind !== 'ready' || fromLinkedIn.kind !== 'ready') throw new Error('not ready');
    expect(view.company.id).toBe(fromLinkedIn.company.id);
    // LinkedIn is trusted on size; the site's own figure is kept and shown beside it.
    expect(view.company.facts.employees?.value).toEqual({ min: 1001, max: 5000 });
    expect(view.company.disagreements?.[0]?.fact.value).toEqual({ min: 51, max: 200 });
    // Facts only the site has: contacts, hiring.
    expect(view.company.facts.hiring?.value.ats).toBe('Greenhouse');
    await popup.locator('[data-facts] > summary').click();
    expect(await popup.locator('[data-disagreement="employees"]').textContent()).toMatch(/51.200/);
    await popup.screenshot({ path: join(SHOTS, 'popup-website-merged.png'), fullPage: true });
    await popup.close();
    await page.close();
    await linkedin.close();
  });

  it('made no network request of its own', () => {
    expect(ext.extensionRequests).toEqual([]);
  });
});

describe('automatic analysis (optional all-sites permission granted)', () => {
  let ext: ExtensionBrowser;

  it('badges a company website without a click, and the setting shows it is on', async () => {
    ext = await start(true);
    // The worker registers the website script when it starts with the permission granted.
    await expect
      .poll(() =>
        ext.worker.evaluate('chrome.scripting.getRegisteredContentScripts().then((s) => s.length)'),
      )
      .toBe(1);
    const page = await visit(ext, brightpath.url);
    const tabId = await activeTabId(ext);
    expect(await waitForBadge(ext, tabId, isTier)).toMatch(/^[A-Z]{2,4}$/);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    await expect
      .poll(() => options.locator('[data-setting="auto-analysis"]').isChecked())
      .toBe(true);
    await options.close();
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(ext.extensionRequests).toEqual([]);
  });
});
