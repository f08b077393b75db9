/**
 * "Build from customers" with account files as Excel and CRMs write them, in Debian's Chromium:
 * Excel's Unicode text (UTF-16 LE, tabs), a Salesforce report with titles and footers, and an
 * .xlsx renamed .csv. What the user sees after picking the file.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/account-files');
const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/csv', name);

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

async function pick(name: string): Promise<void> {
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#build`);
  await dashboard.waitForSelector('[data-page]');
  await dashboard.setInputFiles('[data-input="customers"]', fixture(name));
}

describe('Build from customers: real account files', () => {
  it("reads Excel's Unicode text (UTF-16 LE, tabs) without mangling names", async () => {
    await pick('excel-unicode-text.txt');
    await dashboard.waitForSelector('[data-read]');
    const read = await dashboard.locator('[data-read]').textContent();
    expect(read).toMatch(/^3 customers read/);
    expect(read).toContain('Company Name');
    await dashboard.screenshot({ path: join(SHOTS, 'utf16.png'), fullPage: true });
  });

  it('reads a Salesforce report: titles above and totals below are not customers', async () => {
    await pick('salesforce-report.csv');
    await dashboard.waitForSelector('[data-read]');
    expect(await dashboard.locator('[data-read]').textContent()).toMatch(/^3 customers read/);
  });

  it('an .xlsx renamed .csv: a clear message, nothing read', async () => {
    await pick('fake.xlsx.csv');
    const alert = dashboard.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/xlsx/);
    expect(await dashboard.locator('[data-read]').count()).toBe(0);
    await dashboard.screenshot({ path: join(SHOTS, 'xlsx.png'), fullPage: true });
  });
});
