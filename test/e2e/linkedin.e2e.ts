/**
 * The built extension in Debian's Chromium, on LinkedIn company pages served at their real URLs
 * from fixtures: what a user sees on the toolbar badge and in the popup, and that the extension
 * itself sends nothing over the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeFor } from '../../lib/badge';
import { linkedinCompany } from '../../lib/extract/linkedin-company';
import { sampleIcp } from '../../lib/icp/sample';
import { normalizeExtraction } from '../../lib/normalize';
import { scoreCompany } from '../../lib/scoring/score';
import { LINKEDIN_FIXTURES } from '../fixtures/linkedin';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  freePort,
  launchWithExtension,
  openPopupFor,
  openRealPopup,
  tabIdOf,
  tabViewFrom,
  waitForBadge,
} from '../harness/browser';
import { type DemoPage, demoPages, fixturePage, routesFor } from '../harness/demo-pages';
import { COMPANIES, type ExpectedCompany, FEED_URL } from './expectations';

let ext: ExtensionBrowser;
let debugPort = 0;
const demos = demoPages();
/** Pages in other UI languages and layouts: the badge and popup match what the CLI reads. */
const MORE_PAGES = [
  'about-he-carmel-cyber.html',
  'about-ja-sakura-logic.html',
  'about-ru-sever-tech.html',
  'about-th-chao-phraya-tech.html',
  'home-en-kloofwater-wines.html',
  'people-en-granary-ops.html',
];
const pages = new Map<string, DemoPage>(
  [...COMPANIES.map((c) => c.file), ...MORE_PAGES].map((file) => [file, fixturePage(file)]),
);
const page = (file: string) => pages.get(file) as DemoPage;
const isTier = (t: string) => t !== '' && t !== '…';

beforeAll(async () => {
  const routes = routesFor([...demos, ...pages.values()]);
  routes.set(
    FEED_URL,
    '<!doctype html><html lang="en"><title>Feed | LinkedIn</title><body><main><h2>Feed</h2></main></body></html>',
  );
  debugPort = await freePort();
  ext = await launchWithExtension(routes, { args: [`--remote-debugging-port=${debugPort}`] });
});
afterAll(async () => {
  await ext?.close();
});

async function visit(url: string) {
  const tab = await ext.context.newPage();
  await tab.goto(url);
  return { tab, tabId: await tabIdOf(ext, tab) };
}

describe('toolbar badge', () => {
  it.each(COMPANIES.map((c) => [c.file, c] as const))(
    '%s shows its tier without a click',
    async (_, company) => {
      const { tab, tabId } = await visit(page(company.file).url);
      expect(await waitForBadge(ext, tabId, isTier)).toBe(company.badge);
      await tab.close();
    },
  );

  it.each(demos.map((d) => [d.file, d] as const))('demo page %s gets a badge', async (_, demo) => {
    const { tab, tabId } = await visit(demo.url);
    expect(await waitForBadge(ext, tabId, isTier)).toMatch(/^[A-Z?]{1,4}$/);
    await tab.close();
  });

  it('follows an in-app navigation to another company, and clears on a non-company page', async () => {
    // In-app navigation stays on one origin (history.pushState cannot change the host).
    const [first] = COMPANIES;
    const host = (c: ExpectedCompany) => new URL(page(c.file).url).host;
    const second = COMPANIES.find(
      (c) => first && c.badge !== first.badge && host(c) === host(first),
    );
    if (!first || !second) throw new Error('need two companies with different tiers on one host');
    const { tab, tabId } = await visit(page(first.file).url);
    await waitForBadge(ext, tabId, (t) => t === first.badge);
    // As LinkedIn does: push the new URL, then render the new company into the same document.
    const next = page(second.file);
    await tab.evaluate(
      ({ url, html }) => {
        history.pushState({}, '', url);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.title = doc.title;
        document.head.replaceChildren(
          ...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)),
        );
        document.body.replaceChildren(
          ...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)),
        );
      },
      { url: next.url, html: next.html },
    );
    expect(await waitForBadge(ext, tabId, (t) => t === second.badge)).toBe(second.badge);
    const view = await tabViewFrom(await openPopupFor(ext, tabId), tabId);
    expect(view.kind === 'ready' && view.company.name).toBe(second.name);

    await tab.evaluate((url) => {
      history.pushState({}, '', url);
      document.body.replaceChildren(
        Object.assign(document.createElement('main'), { textContent: 'Feed' }),
      );
    }, FEED_URL);
    expect(await waitForBadge(ext, tabId, (t) => t === '')).toBe('');
    await tab.close();
  });

  it("reads the next company's body, never the previous company's head, during an in-app navigation", async () => {
    // LinkedIn swaps the body first; the head (title, canonical, JSON-LD) can still name the
    // company before. The page URL decides the company: nothing of the stale head is read.
    const before = page('public-hostile-evil-corp.html');
    const next = page('about-en-sentinel-forge.html');
    const { tab, tabId } = await visit(before.url);
    await waitForBadge(ext, tabId, isTier);
    await tab.evaluate(
      ({ url, html }) => {
        history.pushState({}, '', url);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.body.replaceChildren(
          ...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)),
        );
      },
      { url: next.url, html: next.html },
    );
    const expected = COMPANIES.find((c) => c.file === 'about-en-sentinel-forge.html');
    await waitForBadge(ext, tabId, (t) => t === expected?.badge);
    const view = await tabViewFrom(await openPopupFor(ext, tabId), tabId);
    if (view.kind !== 'ready') throw new Error(`popup view is ${view.kind}`);
    expect(view.company.name).toBe('Sentinel Forge');
    const sources = Object.values(view.company.facts).map((f) => f.source);
    expect(sources).not.toContain('json-ld');
    expect(sources).not.toContain('meta');
    expect(view.company.facts.linkedinSlug?.value).toBe('sentinel-forge');
    expect(view.company.facts.headquarters?.value.raw).toBe('Austin, Texas');
    await tab.close();
  });
});

describe('every UI language and layout', () => {
  it.each(MORE_PAGES)(
    '%s: badge and popup as the command line reads the saved page',
    async (file) => {
      const fixture = LINKEDIN_FIXTURES.find((f) => f.file === file);
      if (!fixture) throw new Error(`${file} has no expectations`);
      const read = normalizeExtraction(
        linkedinCompany.extract(
          parseHTML(page(file).html).document as unknown as Document,
          new URL(fixture.url),
        ),
      );
      const badge = badgeFor(scoreCompany(sampleIcp, read.facts)).text;
      const { tab, tabId } = await visit(page(file).url);
      expect(await waitForBadge(ext, tabId, isTier)).toBe(badge);
      const view = await tabViewFrom(await openPopupFor(ext, tabId), tabId);
      if (view.kind !== 'ready') throw new Error(`popup view is ${view.kind}`);
      expect(view.company.name).toBe(fixture.facts.name?.[0]);
      expect(view.company.facts.employees?.evidence).toBe(read.facts.employees?.evidence);
      expect(view.company.facts.followers?.value).toBe(fixture.facts.followers?.[0]);
      await tab.close();
    },
  );
});

describe('content script', () => {
  it('carries no language table, no zod and no interpretation: it only collects structure', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/linkedin.js'), 'utf8');
    // Words of the tables (labels, count words, company types) live in the background only.
    for (const word of ['Штаб-квартира', 'associated members', 'Privately Held', 'Quy mô công ty'])
      expect(code, word).not.toContain(word);
    expect(code).not.toMatch(/ZodError|safeParse/);
    expect(code).toContain('linkedinPageSeen');
  });
});

describe('popup', () => {
  it.each(COMPANIES.map((c) => [c.file, c] as const))(
    '%s: tier, score, every criterion with evidence, talking points',
    async (_, company) => {
      const { tab, tabId } = await visit(page(company.file).url);
      await waitForBadge(ext, tabId, isTier);
      const popup = await openPopupFor(ext, tabId);
      const view = await tabViewFrom(popup, tabId);
      if (view.kind !== 'ready') throw new Error(`popup view is ${view.kind}`);
      const active = view.scores.find((s) => s.active);
      expect(active?.result.tier).toBe(company.tier);

      await expect
        .poll(() => popup.getByRole('heading', { level: 1 }).textContent())
        .toContain(company.name);
      const above = (await popup.locator('body').innerText()).replace(/\s+/g, ' ');
      expect(above).toContain(company.tier);
      // "Not enough data" shows the score range the unknowns allow instead of one score.
      const range = active?.result.scoreRange;
      expect(above).toContain(
        active?.result.tierKind === 'insufficient' && range && range.min !== range.max
          ? `${range.min}–${range.max}`
          : String(active?.result.score),
      );
      // Every criterion with its evidence, and what the pages say: one click away each.
      await popup.locator('[data-all-criteria] > summary').click();
      await popup.locator('[data-facts] > summary').click();
      const text = (await popup.locator('body').innerText()).replace(/\s+/g, ' ');
      for (const evidence of company.evidence) expect(text).toContain(evidence);
      // Every criterion of the active ICP is listed.
      expect(await popup.locator('[data-criterion]').count()).toBe(active?.result.criteria.length);
      // Screenshots to look at: light and dark, at the popup's 360 px.
      const shot = `test-results/e2e/popup-${company.file.replace(/\.html$/, '')}`;
      await popup.screenshot({ path: `${shot}-light.png`, fullPage: true });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: `${shot}-dark.png`, fullPage: true });
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await popup.close();
      await tab.close();
    },
  );

  it('opens from the toolbar icon over the LinkedIn tab, as a user clicks it', async () => {
    const company = COMPANIES[0];
    if (!company) throw new Error('no company');
    const { tab, tabId } = await visit(page(company.file).url);
    await waitForBadge(ext, tabId, isTier);
    const { popup, close } = await openRealPopup(ext, tab, debugPort);
    await expect
      .poll(() => popup.getByRole('heading', { level: 1 }).textContent())
      .toContain(company.name);
    expect(await popup.locator('body').innerText()).toContain(company.tier);
    await popup.screenshot({
      path: `test-results/e2e/real-popup-${company.file.replace(/\.html$/, '')}.png`,
    });
    await close();
    await tab.close();
  });

  it('copies a talking point to the clipboard', async () => {
    const company = COMPANIES[0];
    if (!company) throw new Error('no company');
    const { tab, tabId } = await visit(page(company.file).url);
    await waitForBadge(ext, tabId, isTier);
    const popup = await openPopupFor(ext, tabId);
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = popup.locator('[data-copy]').first();
    await copy.click();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(20);
    expect(await copy.getAttribute('data-copied')).toBe('true');
    await popup.close();
    await tab.close();
  });

  it('says so on a page that is not a company page', async () => {
    const { tab, tabId } = await visit(FEED_URL);
    const popup = await openPopupFor(ext, tabId);
    await expect
      .poll(() => popup.locator('[data-state]').getAttribute('data-state'))
      .toBe('not-company');
    await popup.close();
    await tab.close();
  });

  it('renders hostile page text as text', async () => {
    const hostile = COMPANIES.find((c) => c.hostile);
    if (!hostile) return;
    // The page's own scripts alert (it is hostile); only a dialog from the extension counts.
    let dialogs = 0;
    const onDialog = (dialog: Dialog) => {
      if (dialog.page()?.url().startsWith('chrome-extension://')) dialogs++;
      void dialog.dismiss();
    };
    ext.context.on('dialog', onDialog);
    const { tab, tabId } = await visit(page(hostile.file).url);
    await waitForBadge(ext, tabId, isTier);
    const popup = await openPopupFor(ext, tabId);
    await popup.waitForSelector('[data-criterion]', { state: 'attached' });
    await popup.locator('[data-all-criteria] > summary').click();
    await popup.locator('[data-facts] > summary').click();
    expect(await popup.locator('img, script:not([src])').count()).toBe(0);
    expect(dialogs).toBe(0);
    ext.context.off('dialog', onDialog);
    await popup.close();
    await tab.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request of its own', () => {
    expect(ext.extensionRequests).toEqual([]);
  });
});
