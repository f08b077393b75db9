/**
 * The hiringFor criterion in Debian's Chromium, as a user meets it: an ICP file with a "Hiring
 * for" criterion is imported and made active; on a company's careers page the popup shows the
 * criterion with the job titles that decided it; the ICP editor offers the field and its role
 * families. Screenshots light and dark, 360 px and wide.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_FIXTURES } from '../fixtures/sites';
import {
  activeTabId,
  clickToolbarIcon,
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  waitForBadge,
} from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/hiring-for');
const FILE = 'id-nuxt-kasirku-careers.html';
const careers = SITE_FIXTURES.find((f) => f.file === FILE);
if (!careers) throw new Error(`no site fixture ${FILE}`);
const html = readFileSync(resolve(import.meta.dirname, '../fixtures/sites', FILE), 'utf8');

/** An ICP that cares most about whom the company is hiring (made-up, for this test). */
const hiringIcp = {
  format: 'icp-lens/icp@1',
  name: 'Teams hiring sellers',
  tiers: [
    { name: 'Best fit', minScore: 80 },
    { name: 'Good fit', minScore: 50 },
  ],
  criteria: [
    {
      field: 'hiringFor',
      weight: 3,
      bands: [{ in: ['Sales'] }, { in: ['Support', 'Marketing'], credit: 0.5 }],
    },
    { field: 'hiringFor', mode: 'exclude', bands: [{ in: ['Legal'] }] },
    { field: 'location', weight: 1, bands: [{ in: ['ASEAN'] }] },
  ],
};

let ext: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchWithExtension(new Map([[careers.url, html]]));
});
afterAll(async () => {
  await ext?.close();
});

/** Light and dark screenshots at `width`, and no sideways scrolling. */
async function shoot(page: Page, name: string, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

describe('hiringFor', () => {
  let dashboard: Page;

  it('an ICP file with a "Hiring for" criterion imports and becomes the active ICP', async () => {
    dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.waitForSelector('[data-page]');
    await dashboard.setInputFiles('input[type="file"]', {
      name: 'hiring.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hiringIcp)),
    });
    const item = dashboard.locator('.icp', { hasText: 'Teams hiring sellers' });
    await expect.poll(() => item.count()).toBe(1);
    // The radio is controlled: it turns on once the store says so.
    await item.locator('input[type="radio"]').click();
    await expect.poll(() => item.getAttribute('class')).toContain('icp-active');
  });

  it('the popup on a careers page shows the criterion with the job titles as evidence', async () => {
    const page = await ext.context.newPage();
    await page.goto(careers.url);
    await page.bringToFront();
    const tabId = await activeTabId(ext);
    await clickToolbarIcon(ext, page);
    // Account Executive (SMB) is a sales role, and Kasirku is in Jakarta (ASEAN): best fit.
    expect(await waitForBadge(ext, tabId, (t) => t !== '' && t !== '…')).toBe('BEST');
    const popup = await openPopupFor(ext, tabId);
    const row = popup.locator('[data-criterion]', { hasText: 'Hiring for' }).first();
    await row.waitFor({ state: 'attached' });
    expect(await row.getAttribute('data-criterion')).toBe('matched');
    expect(await row.locator('.criterion-evidence').textContent()).toContain(
      'Account Executive (SMB)',
    );
    // The exclusion did not fire: nobody in legal is being hired.
    const excluded = popup.locator('[data-criterion]', { hasText: 'Hiring for' }).nth(1);
    expect(await excluded.getAttribute('data-criterion')).toBe('matched');
    // Open "All criteria" so the screenshots show the evidence.
    await popup.locator('summary', { hasText: /all criteria/i }).click();
    expect(await row.isVisible()).toBe(true);
    await shoot(popup, 'popup', 360, 600);
    await shoot(popup, 'popup', 800, 700);
    await popup.close();
    await page.close();
  });

  it('the editor offers "Hiring for" with its role families, as a list field', async () => {
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.waitForSelector('[data-page]');
    await dashboard.locator('.icp-active').getByRole('button', { name: 'Edit' }).click();
    await dashboard.waitForSelector('[data-editor]');
    const first = dashboard.locator('[data-criterion-editor="0"]');
    expect(await first.locator('select').first().inputValue()).toBe('hiringFor');
    const options = await first.locator('select').first().locator('option').allTextContents();
    expect(options).toContain('Hiring for');
    // A list field: chips for the families, no number range.
    expect(await first.locator('[data-band="0"] .chip').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Sales')]),
    );
    expect(await first.locator('[data-band="0"] .band-range').count()).toBe(0);
    const suggested = await first
      .locator('[data-band="0"] datalist option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(suggested).toEqual(expect.arrayContaining(['Sales', 'Engineering', 'Security']));
    await shoot(dashboard, 'editor', 1100, 900);
    await shoot(dashboard, 'editor', 360, 800);
  });
});
