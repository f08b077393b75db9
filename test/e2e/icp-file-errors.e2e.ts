/**
 * A rejected ICP file, imported on the dashboard's ICPs page in Chromium started in English,
 * Vietnamese, Simplified Chinese and Persian: the reason is worded in the UI language, the field
 * paths kept as the file spells them, and no ICP is added. Screenshots light and dark, 360 px and
 * wide, under test-results/e2e/icp-file-errors/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/icp-file-errors');

/** A made-up vendor's ICP with a credit over 1, a misspelt key and an unknown place. */
const BROKEN = JSON.stringify({
  format: 'icp-lens/icp@1',
  name: 'Fabrikam cloud security',
  tiers: [{ name: 'Best fit', minScore: 80 }],
  criteria: [
    { field: 'employees', weight: 3, bands: [{ min: 200, credit: 1.5 }] },
    { field: 'industry', wieght: 2, bands: [{ in: ['Computer and Network Security'] }] },
  ],
});

const EXPECTED: Record<string, RegExp> = {
  en: /criteria\[0\]\.bands\[0\]\.credit: must be ≤ 1; criteria\[1\]\.wieght: unknown key \(did you mean "weight"\?\)/,
  vi: /criteria\[0\]\.bands\[0\]\.credit: phải ≤ 1; criteria\[1\]\.wieght: khóa không xác định \(ý bạn là "weight"\?\)/,
  zh_CN:
    /criteria\[0\]\.bands\[0\]\.credit：必须 ≤ 1；criteria\[1\]\.wieght：未知的键（是否想写 "weight"？）/,
  fa: /criteria\[0\]\.bands\[0\]\.credit: باید ≤ ۱ باشد؛ criteria\[1\]\.wieght: کلید ناشناخته \(منظورتان "weight" بود؟\)/,
};

async function shoot(page: Page, name: string, width: number) {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 700 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`), fullPage: true });
  }
}

describe('a rejected ICP file', () => {
  let ext: ExtensionBrowser | undefined;
  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });

  it.each(Object.keys(EXPECTED))('is explained in %s', async (language) => {
    ext = await launchWithExtension(new Map(), { env: { LANGUAGE: language } });
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 700 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.waitForSelector('.icp');
    const before = await dashboard.locator('.icp').count();
    await dashboard.setInputFiles('input[type="file"]', {
      name: 'fabrikam.json',
      mimeType: 'application/json',
      buffer: Buffer.from(BROKEN),
    });
    const detail = dashboard.locator('.notice-error .notice-detail');
    await detail.waitFor();
    const text = (await detail.textContent())?.replace(/[\u2066-\u2069]/g, '') ?? '';
    expect(text).toMatch(EXPECTED[language] as RegExp);
    expect(await dashboard.locator('.icp').count()).toBe(before);
    await shoot(dashboard, `icps-${language}`, 1100);
    await shoot(dashboard, `icps-${language}`, 360);
  });
});
