/**
 * The engine's structured values in the popup, in Chromium started in Vietnamese and Persian
 * (LANGUAGE=…, Debian's chromium-l10n): the "Why" lines and the facts list are worded in the UI
 * language — sizes in its digits with its own word for "employees", the country by its own name —
 * with no English sentence frame left. Screenshots (light and dark, 360 px and wide) under
 * test-results/e2e/structured-values/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  waitForBadge,
} from '../harness/browser';
import { fixturePage, routesFor } from '../harness/demo-pages';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/structured-values');

/** A made-up English-language security company's LinkedIn About page. */
const COMPANY = fixturePage('about-en-sentinel-forge.html');

// English frames the engine used to send; none may reach a Vietnamese or Persian popup.
const ENGLISH =
  /\b(employees|revenue|founded|uses|open roles?|United States|up to|in the|not in)\b/;

const LANGUAGES = [
  { env: 'vi', words: /nhân viên|Hoa Kỳ|thành lập|dùng /, employees: 'nhân viên' },
  { env: 'fa', words: /کارمند|ایالات متحده|تأسیس|استفاده/, employees: 'کارمند' },
];

async function shoot(page: Page, name: string) {
  for (const width of [360, 800]) {
    await page.setViewportSize({ width, height: 700 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: join(SHOTS, `${name}-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe.each(LANGUAGES)('popup in $env', (language) => {
  let ext: ExtensionBrowser;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension(routesFor([COMPANY]), { env: { LANGUAGE: language.env } });
    const page = await ext.context.newPage();
    await page.goto(COMPANY.url);
    tabId = await tabIdOf(ext, page);
    await waitForBadge(ext, tabId, (text) => text !== '' && text !== '…');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('words the "Why" lines and the facts in the UI language', async () => {
    const popup = await openPopupFor(ext, tabId);
    await popup.waitForSelector('[data-reasons] .reason-text');
    const reasons = await popup.locator('[data-reasons] .reason-text').allInnerTexts();
    expect(reasons.length).toBeGreaterThan(0);
    for (const line of reasons) expect(line).not.toMatch(ENGLISH);
    expect(reasons.join('\n')).toMatch(language.words);

    await popup.locator('[data-all-criteria] > summary').click();
    await popup.locator('[data-facts] > summary').click();
    const rows = (await popup.locator('[data-all-criteria]').textContent()) ?? '';
    expect(rows).not.toMatch(/\b(specialties|tagline|description): /);
    const size = (await popup.locator('[data-fact="employees"] .fact-value').textContent()) ?? '';
    expect(size).toContain(language.employees);
    expect(size).not.toMatch(ENGLISH);
    await shoot(popup, `popup-${language.env}`);
    await popup.close();
  });
});

describe('ICP history in vi', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension(routesFor([COMPANY]), { env: { LANGUAGE: 'vi' } });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('words the version-diff lines in Vietnamese', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.locator('.icp-active button.button').first().click();
    await dashboard.waitForSelector('[data-editor]');
    await dashboard
      .locator('[data-criterion-editor="0"] [data-band="0"] .band-credit input')
      .fill('0');
    await dashboard.click('[data-action="save"]');
    await dashboard.waitForSelector('[data-saved]');
    await expect.poll(() => dashboard.locator('[data-version]').count()).toBe(2);
    await dashboard.locator('[data-version="1"] summary').click();
    const lines = await dashboard
      .locator('[data-version="1"] .impact-changes li')
      .allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/điểm của khoảng/);
    for (const line of lines) expect(line).not.toMatch(/\b(band|credit|weight|Added|Removed)\b/);
    // The history alone (the editor above it is long), light and dark, narrow and wide.
    for (const width of [360, 1100]) {
      await dashboard.setViewportSize({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await dashboard.emulateMedia({ colorScheme: scheme });
        await dashboard
          .locator('.versions')
          .screenshot({ path: join(SHOTS, `history-vi-${width}-${scheme}.png`) });
      }
    }
  });
});
