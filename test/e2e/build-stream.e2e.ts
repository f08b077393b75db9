/**
 * "Build from customers" with a 200,000-row export, in Debian's Chromium: the worker keeps the
 * picked file, never its rows, and reads it again for the proposal (a progress bar under the
 * busy button while it does) and for each back-test (the older win rates dimmed meanwhile); every
 * deal is still counted. Screenshots light and dark, 360 px and wide.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/build-stream');
const ROWS = 200_000;

let ext: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchWithExtension(new Map());
  dashboard = await ext.context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 900 });
});
afterAll(async () => {
  await ext?.close();
});

/**
 * A HubSpot-like customers export of made-up companies: one in five is a security company, and
 * those pay the most ARR; descriptions name the company, as real ones do.
 */
function customersExport(rows: number): Buffer {
  const lines = [
    'Company name,Company Domain Name,Industry,Number of Employees,Country/Region,Description,Annual Recurring Revenue,Deal Stage',
  ];
  for (let i = 0; i < rows; i++) {
    const security = i % 5 === 0;
    lines.push(
      [
        `Customer ${i}`,
        `customer${i}.example`,
        security ? 'Computer and Network Security' : 'Retail',
        50 + (i % 900),
        i % 4 ? 'United States' : 'Germany',
        `"Customer${i} builds ${security ? 'zero trust access' : 'point of sale'} software"`,
        `"$${((security ? 90_000 : 1000) + (i % 5000)).toLocaleString('en')}"`,
        i % 3 ? 'Closed Won' : 'Closed Lost',
      ].join(','),
    );
  }
  return Buffer.from(lines.join('\r\n'));
}

async function shoot(name: string) {
  for (const width of [1100, 360]) {
    await dashboard.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await dashboard.emulateMedia({ colorScheme: scheme });
      await dashboard.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`) });
    }
  }
  await dashboard.emulateMedia({ colorScheme: 'light' });
  await dashboard.setViewportSize({ width: 1100, height: 900 });
}

describe('Build from customers: a 200,000-row file streamed', () => {
  it('reads, proposes with progress and back-tests every deal, keeping no rows', async () => {
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#build`);
    await dashboard.waitForSelector('[data-page]');
    await dashboard.setInputFiles('[data-input="customers"]', {
      name: 'customers-200k.csv',
      mimeType: 'text/csv',
      buffer: customersExport(ROWS),
    });
    await dashboard.waitForSelector('[data-read]', { timeout: 120_000 });
    expect(await dashboard.locator('[data-read]').textContent()).toMatch(
      /^200\D?000 customers read/,
    );

    await dashboard.selectOption('[data-input="best-column"]', 'Annual Recurring Revenue');
    await dashboard.fill('input[type="number"]', '500');
    await dashboard.click('[data-action="propose"]');
    // The worker reads the file again: the busy button, and a bar that moves.
    const bar = dashboard.locator('progress[data-proposing]');
    const share = () => bar.evaluate((p) => (p as HTMLProgressElement).value).catch(() => 1);
    await expect.poll(share, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await dashboard.locator('[data-action="propose"]').getAttribute('aria-busy')).toBe(
      'true',
    );
    await shoot('proposing');
    const first = await share();
    await expect.poll(share, { timeout: 60_000 }).toBeGreaterThan(first);

    await dashboard.waitForSelector('[data-proposal]', { timeout: 180_000 });
    expect(await bar.count()).toBe(0);
    const proposals = (await dashboard.locator('[data-proposed]').allTextContents()).join('\n');
    expect(proposals).toContain('100% of your best customers are in Computer and Network Security');
    expect(proposals).toMatch(/zero trust/i);

    await dashboard.selectOption('[data-proposal] select', 'Deal Stage');
    await dashboard.waitForSelector('[data-win-rates]', { timeout: 120_000 });
    const deals = await dashboard
      .locator('[data-win-rates] tbody td:first-of-type')
      .allTextContents();
    expect(deals.reduce((n, d) => n + Number(d.replace(/\D/g, '')), 0)).toBe(ROWS);
    await dashboard.locator('[data-win-rates]').scrollIntoViewIfNeeded();
    await shoot('win-rates');

    // Dropping a trait back-tests again: the older figures stay, dimmed, until the new ones come.
    const table = dashboard.locator('[data-win-rates]');
    await dashboard.locator('[data-proposed] input[type="checkbox"]').last().uncheck();
    await expect.poll(() => table.getAttribute('aria-busy')).toBe('true');
    await shoot('win-rates-busy');
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 120_000 }).toBeNull();
    const again = await dashboard
      .locator('[data-win-rates] tbody td:first-of-type')
      .allTextContents();
    expect(again.reduce((n, d) => n + Number(d.replace(/\D/g, '')), 0)).toBe(ROWS);
  }, 480_000);
});
