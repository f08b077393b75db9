/**
 * The dashboard in Debian's Chromium, as an ICP owner uses it: a new ICP from a template, a band
 * edited and saved (the LinkedIn badge follows), an ICP built from a customers CSV, export and
 * re-import, an older version restored. Screenshots of every screen, light and dark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  tabIdOf,
  waitForBadge,
} from '../harness/browser';
import { fixturePage, routesFor } from '../harness/demo-pages';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/dashboard');
const CUSTOMERS = resolve(import.meta.dirname, '../fixtures/csv/customers-hubspot-arr.csv');
const company = fixturePage('about-en-sentinel-forge.html');

let ext: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchWithExtension(routesFor([company]));
  dashboard = await ext.context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 900 });
});
afterAll(async () => {
  await ext?.close();
});

async function open(hash: string): Promise<void> {
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#${hash}`);
  await dashboard.waitForSelector('[data-page]');
}

/** Light and dark full-page screenshots of the current screen, at desktop and phone width. */
async function shoot(name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await dashboard.emulateMedia({ colorScheme: scheme });
    await dashboard.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`), fullPage: true });
  }
  await dashboard.setViewportSize({ width: 360, height: 800 });
  await dashboard.screenshot({ path: join(SHOTS, `${name}-360.png`), fullPage: true });
  expect(await dashboard.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    360,
  );
  await dashboard.setViewportSize({ width: 1100, height: 900 });
  await dashboard.emulateMedia({ colorScheme: 'light' });
}

async function visitCompany(): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(company.url);
  return { page, tabId: await tabIdOf(ext, page) };
}

describe('dashboard', () => {
  it('lists the sample ICP with its review date and the templates', async () => {
    await open('icps');
    await expect.poll(() => dashboard.locator('.icp').count()).toBe(1);
    await expect.poll(() => dashboard.locator('[data-template]').count()).toBe(5);
    expect(await dashboard.locator('.icp-review').textContent()).toMatch(/Review by/);
    await shoot('icps');
  });

  it('creates an ICP from a template and keeps it as its first version', async () => {
    await open('icps');
    await dashboard.click('[data-template="security-vendor"]');
    await dashboard.waitForSelector('[data-editor]');
    await expect
      .poll(() => dashboard.locator('#icp-name').inputValue())
      .toBe('Security software vendors and resellers');
    await shoot('editor-template');
    await dashboard.click('[data-action="save"]');
    await dashboard.waitForSelector('[data-saved]');
    await expect.poll(() => dashboard.locator('[data-version]').count()).toBe(1);
    await open('icps');
    await expect.poll(() => dashboard.locator('.icp').count()).toBe(2);
  });

  it('shows every error where it is, as the user types', async () => {
    await open('icp/new');
    // Industries are picked from LinkedIn's groups: a whole group at once.
    await dashboard
      .locator('[data-band="0"] select[aria-label="Add a whole group…"]')
      .first()
      .selectOption('Financial Services');
    await expect
      .poll(() => dashboard.locator('[data-band="0"]').first().locator('.chip').count())
      .toBe(7);
    await dashboard.fill('#icp-name', 'x');
    await dashboard.fill('#icp-name', '');
    await expect.poll(() => dashboard.locator('.field-error').count()).toBeGreaterThan(0);
    await dashboard.locator('[data-band="0"] input[type="number"]').last().fill('7');
    await expect
      .poll(() => dashboard.locator('[data-band="0"] .field-error').first().textContent())
      .toMatch(/1/);
    await shoot('editor-errors');
  });

  it('an edited band changes the badge of a LinkedIn page; restoring the old version brings it back', async () => {
    const { page, tabId } = await visitCompany();
    expect(await waitForBadge(ext, tabId, (t) => t === 'BEST')).toBe('BEST');

    await open('icps');
    await dashboard.locator('.icp-active').getByRole('button', { name: 'Edit' }).click();
    await dashboard.waitForSelector('[data-editor]');
    // The industry criterion: its best band now earns nothing.
    const industry = dashboard.locator('[data-criterion-editor="0"]');
    expect(await industry.locator('select').first().inputValue()).toBe('industry');
    await industry.locator('[data-band="0"] .band-credit input').fill('0');
    await dashboard.click('[data-action="preview"]');
    await expect
      .poll(() => dashboard.locator('[data-impact-summary]').textContent())
      .toMatch(/Best fit|No tier changes/);
    await shoot('editor-impact');
    await dashboard.click('[data-action="save"]');
    await dashboard.waitForSelector('[data-saved]');
    expect(await waitForBadge(ext, tabId, (t) => t !== 'BEST' && t !== '' && t !== '…')).toBe(
      'GOOD',
    );

    await expect.poll(() => dashboard.locator('[data-version]').count()).toBe(2);
    await dashboard.locator('[data-version="1"] summary').click();
    await shoot('editor-history');
    await dashboard.locator('[data-version="1"] [data-action="restore"]').click();
    await expect.poll(() => dashboard.locator('[data-version]').count()).toBe(3);
    expect(await waitForBadge(ext, tabId, (t) => t === 'BEST')).toBe('BEST');
    await page.close();
  });

  it('builds an ICP from a customers CSV, with coverage, lift and a back-test', async () => {
    await open('build');
    await dashboard.setInputFiles('[data-input="customers"]', CUSTOMERS);
    await dashboard.waitForSelector('[data-read]');
    expect(await dashboard.locator('[data-read]').textContent()).toMatch(/^40 customers read/);
    await dashboard.selectOption('[data-input="best-column"]', 'Annual Recurring Revenue');
    await dashboard.fill('input[type="number"]', '12');
    await dashboard.click('[data-action="propose"]');
    await dashboard.waitForSelector('[data-proposal]');
    const proposals = await dashboard.locator('[data-proposed]').allTextContents();
    expect(proposals.join('\n')).toContain(
      '83% of your best customers are in Computer and Network Security',
    );
    expect(proposals.join('\n')).toContain('75% of your best customers use HubSpot');
    await dashboard.selectOption('[data-proposal] select', 'Deal Stage');
    await dashboard.waitForSelector('[data-win-rates]');
    await shoot('build');
    await dashboard.click('[data-action="save-proposal"]');
    await dashboard.waitForSelector('[data-editor]');
    expect(await dashboard.locator('#icp-name').inputValue()).toMatch(/^Best customers of/);
  });

  it('reads a large customers file in a worker: progress that moves, cancel, then the result', async () => {
    const rows = (n: number) =>
      Buffer.from(
        [
          'Company name,Company Domain Name,Industry,Number of Employees,Country/Region,Annual Recurring Revenue,Deal Stage',
          ...Array.from(
            { length: n },
            (_, i) =>
              `Customer ${i},customer${i}.com,${i % 5000 >= 4000 ? 'Computer and Network Security' : 'Retail'},${50 + (i % 900)},${i % 5 ? 'United States' : 'Germany'},"$${1000 + (i % 5000)}",${i % 3 ? 'Closed Won' : 'Closed Lost'}`,
          ),
        ].join('\n'),
      );
    await open('build');
    await dashboard.setInputFiles('[data-input="customers"]', {
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: rows(200_000),
    });
    // The page shows progress while the worker reads, and keeps painting it as it moves.
    const bar = dashboard.locator('[data-reading] progress');
    const value = () => bar.evaluate((p) => (p as HTMLProgressElement).value);
    await expect.poll(value, { timeout: 30_000 }).toBeGreaterThan(0);
    const first = await value();
    await expect.poll(value, { timeout: 30_000 }).toBeGreaterThan(first);
    await dashboard.click('[data-action="build-cancel"]');
    expect(await dashboard.locator('[data-read-notice]').textContent()).toBe(
      'Reading the file was cancelled.',
    );
    expect(await dashboard.locator('[data-reading]').count()).toBe(0);
    expect(await dashboard.locator('[data-read]').count()).toBe(0);
    // A file read to the end gives its rows and columns to choose the best customers from.
    await dashboard.setInputFiles('[data-input="customers"]', {
      name: 'medium.csv',
      mimeType: 'text/csv',
      buffer: rows(20_000),
    });
    await dashboard.waitForSelector('[data-read]', { timeout: 30_000 });
    expect(await dashboard.locator('[data-read]').textContent()).toMatch(
      /^20\D?000 customers read/,
    );
    expect(await dashboard.locator('[data-reading]').count()).toBe(0);
    expect(await dashboard.locator('[data-read-notice]').count()).toBe(0);
    // The worker keeps the rows: the proposal and the back-test come from it.
    await dashboard.click('[data-action="propose"]');
    await dashboard.waitForSelector('[data-proposal]');
    expect(await dashboard.locator('[data-proposed]').allTextContents()).toContainEqual(
      expect.stringContaining('Computer and Network Security'),
    );
    await dashboard.selectOption('[data-proposal] select', 'Deal Stage');
    await dashboard.waitForSelector('[data-win-rates]');
    const deals = await dashboard
      .locator('[data-win-rates] tbody td:first-of-type')
      .allTextContents();
    expect(deals.reduce((n, d) => n + Number(d.replace(/\D/g, '')), 0)).toBe(20_000);
  });

  it('exports an ICP and imports the file again', async () => {
    await open('icps');
    const download = dashboard.waitForEvent('download');
    await dashboard.locator('.icp').first().getByRole('button', { name: 'Export' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('icp-lens/icp@1');
    const before = await dashboard.locator('.icp').count();
    await dashboard.setInputFiles('input[type="file"]', {
      name: 'exported.json',
      mimeType: 'application/json',
      buffer: readFileSync(file),
    });
    await expect.poll(() => dashboard.locator('.icp').count()).toBe(before + 1);
    // A malformed file is refused with the field named, and nothing changes.
    await dashboard.setInputFiles('input[type="file"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...exported, tiers: [{ name: '<b>x</b>', minScore: 900 }] }),
      ),
    });
    await expect.poll(() => dashboard.locator('.notice-error').textContent()).toMatch(/tiers/);
    expect(await dashboard.locator('.icp').count()).toBe(before + 1);
  });

  it('lists the companies seen, per ICP, sortable and searchable', async () => {
    await open('companies');
    await dashboard.waitForSelector('[data-company-row]');
    expect(await dashboard.locator('[data-company-row]').first().textContent()).toContain(
      'Sentinel Forge',
    );
    await dashboard.fill('[data-input="company-search"]', 'nothing like it');
    await expect.poll(() => dashboard.locator('[data-company-row]').count()).toBe(0);
    await dashboard.fill('[data-input="company-search"]', 'sentinel');
    await expect.poll(() => dashboard.locator('[data-company-row]').count()).toBe(1);
    await dashboard.getByRole('button', { name: 'Score' }).click();
    expect(await dashboard.locator('th.col-score').getAttribute('aria-sort')).toMatch(
      /ascending|descending/,
    );
    await shoot('companies');
  });

  it('settings: the active ICP, the website opt-in, a backup and its restore', async () => {
    await open('settings');
    expect(await dashboard.locator('[data-setting="auto-analysis"]').isChecked()).toBe(false);
    const download = dashboard.waitForEvent('download');
    await dashboard.click('[data-action="backup"]');
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).formatName).toBe('dexie');
    await dashboard.setInputFiles('[data-input="restore"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"formatName":"dexie","data":'),
    });
    await dashboard.click('[data-action="confirm-restore"]');
    await expect
      .poll(() => dashboard.locator('[data-backup-message]').textContent())
      .toMatch(/Nothing was changed/);
    await dashboard.setInputFiles('[data-input="restore"]', file);
    await dashboard.click('[data-action="confirm-restore"]');
    await expect
      .poll(() => dashboard.locator('[data-backup-message]').textContent())
      .toMatch(/Restored: .*companies 1/);
    await shoot('settings');
  });
});

describe('privacy', () => {
  it('the extension made no network request of its own', () => {
    expect(ext.extensionRequests).toEqual([]);
  });
});
