/**
 * Talking points in the ICP's outreach language, whatever the UI language: Chromium in English
 * with an ICP whose outreach language is Vietnamese, then Persian — the popup's opening line and
 * talking points are in that language, marked with its `lang` (and `dir="rtl"` for Persian),
 * while the popup itself stays English. In Vietnamese, a new ICP from a template starts from the
 * Vietnamese template with Vietnamese outreach. Screenshots under test-results/e2e/outreach/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
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

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/outreach');
const TEMPLATES = resolve(import.meta.dirname, '../../lib/icp/templates');
const COMPANY = fixturePage('about-en-sentinel-forge.html');
const CUSTOMERS = resolve(import.meta.dirname, '../fixtures/csv/customers-hubspot-arr.csv');

/** Light and dark screenshots of `page` at `width`: the whole page, or the part in view. */
async function shoot(page: Page, name: string, width: number, height: number, fullPage = true) {
  await page.setViewportSize({ width, height });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Imports a built-in template's file (as a user would import a shared ICP) and makes it active. */
async function importAndActivate(dashboard: Page, locale: string, name: string) {
  const file = JSON.parse(readFileSync(join(TEMPLATES, locale, 'security-vendor.json'), 'utf8'));
  await dashboard.setInputFiles('input[type="file"]', {
    name: `${locale}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...file, name })),
  });
  const item = dashboard.locator('.icp', { hasText: name });
  await item.waitFor();
  await item.locator('input[type="radio"]').click();
  await expect.poll(() => item.getAttribute('class')).toContain('icp-active');
}

/** The opening line and each talking point's text: language, direction and words. */
async function pitchIn(popup: Page) {
  await popup.waitForSelector('[data-opening-line]');
  return popup.evaluate(() => {
    const opening = document.querySelector<HTMLElement>('[data-opening-line]')!;
    const points = [...document.querySelectorAll<HTMLElement>('.points .point-text')];
    return {
      page: { lang: document.documentElement.lang, dir: document.documentElement.dir },
      opening: { lang: opening.lang, dir: opening.dir, text: opening.textContent },
      points: points.map((p) => ({ lang: p.lang, dir: p.dir, text: p.textContent })),
      listLanguage: document.querySelector('.points')?.getAttribute('data-outreach-language'),
    };
  });
}

describe('Chromium in English, outreach in Vietnamese and Persian', () => {
  let ext: ExtensionBrowser;
  let tabId: number;
  let dashboard: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension(routesFor([COMPANY]));
    const page = await ext.context.newPage();
    await page.goto(COMPANY.url);
    tabId = await tabIdOf(ext, page);
    await waitForBadge(ext, tabId, (text) => text !== '' && text !== '…');
    dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.waitForSelector('[data-page="icps"]');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('writes the popup talking points in Vietnamese, lang="vi", in an English popup', async () => {
    await importAndActivate(dashboard, 'vi', 'Bảo mật — bán hàng tại Việt Nam');
    const popup = await openPopupFor(ext, tabId);
    const pitch = await pitchIn(popup);
    expect(pitch.page).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await popup.locator('h2#opening-heading').textContent()).toMatch(/opening line/i);
    expect(pitch.opening).toMatchObject({ lang: 'vi', dir: 'ltr' });
    expect(pitch.opening.text).toMatch(/^Chào anh\/chị, tôi xin gửi vài dòng tới .+ của Sentinel/);
    expect(pitch.listLanguage).toBe('vi');
    expect(pitch.points.length).toBeGreaterThan(0);
    for (const point of pitch.points) expect(point).toMatchObject({ lang: 'vi', dir: 'ltr' });
    expect(pitch.points.map((p) => p.text).join('\n')).not.toMatch(/\b(Likely pain|Our angle)\b/);
    await shoot(popup, 'popup-en-ui-vi-outreach', 360, 900);
    await shoot(popup, 'popup-en-ui-vi-outreach', 800, 900);
    await popup.close();
  });

  it('writes them in Chinese, lang="zh-CN", without spaces between words', async () => {
    await importAndActivate(dashboard, 'zh_CN', '安全厂商 — 中国市场');
    const popup = await openPopupFor(ext, tabId);
    const pitch = await pitchIn(popup);
    expect(pitch.page).toEqual({ lang: 'en', dir: 'ltr' });
    expect(pitch.opening).toMatchObject({ lang: 'zh-CN', dir: 'ltr' });
    expect(pitch.opening.text).toMatch(
      /^您好，这封信写给Sentinel Forge的.+：我注意到Sentinel Forge/,
    );
    for (const point of pitch.points) expect(point).toMatchObject({ lang: 'zh-CN', dir: 'ltr' });
    await shoot(popup, 'popup-en-ui-zh-outreach', 360, 900);
    await popup.close();
  });

  it('writes them in Persian, lang="fa" dir="rtl", and the editor shows the language', async () => {
    await importAndActivate(dashboard, 'fa', 'امنیت — فروش در ایران');
    const popup = await openPopupFor(ext, tabId);
    const pitch = await pitchIn(popup);
    expect(pitch.page).toEqual({ lang: 'en', dir: 'ltr' });
    expect(pitch.opening).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(pitch.opening.text).toMatch(/^سلام، این پیام را برای .+ می‌نویسم/);
    for (const point of pitch.points) expect(point).toMatchObject({ lang: 'fa', dir: 'rtl' });
    // Right to left: the opening line's text starts at the right edge of its box.
    const align = await popup
      .locator('[data-opening-line]')
      .evaluate((p) => getComputedStyle(p).direction);
    expect(align).toBe('rtl');
    await shoot(popup, 'popup-en-ui-fa-outreach', 360, 900);
    await shoot(popup, 'popup-en-ui-fa-outreach', 800, 900);
    await popup.close();

    await dashboard
      .locator('.icp', { hasText: 'امنیت — فروش در ایران' })
      .getByRole('button', {
        name: 'Edit',
      })
      .click();
    const picker = dashboard.locator('[data-outreach-language-picker] select');
    await expect.poll(() => picker.inputValue()).toBe('fa');
    for (const [width, height] of [
      [1100, 900],
      [360, 800],
    ] as const) {
      await dashboard.setViewportSize({ width, height });
      await picker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shoot(dashboard, 'editor-en-ui-fa-outreach', width, height, false);
    }
  });
});

describe('Chromium in Vietnamese', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension(routesFor([COMPANY]), { env: { LANGUAGE: 'vi' } });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('starts a new ICP from the Vietnamese template, outreach in Vietnamese', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    const template = dashboard.locator('[data-template="security-vendor"]');
    expect(await template.textContent()).toContain('Nhà cung cấp và đại lý phần mềm bảo mật');
    await template.click();
    await dashboard.waitForSelector('[data-page="editor"]');
    const picker = dashboard.locator('[data-outreach-language-picker] select');
    await expect.poll(() => picker.inputValue()).toBe('vi');
    expect(await dashboard.locator('[data-outreach-language-picker]').textContent()).toContain(
      'Ngôn ngữ tiếp cận khách hàng',
    );
    for (const [width, height] of [
      [1100, 900],
      [360, 800],
    ] as const) {
      await dashboard.setViewportSize({ width, height });
      await picker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shoot(dashboard, 'editor-vi-ui-template', width, height, false);
    }
  });

  it('words "build from customers" proposals in Vietnamese, from structured values', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#build`);
    await dashboard.setInputFiles('[data-input="customers"]', CUSTOMERS);
    await dashboard.waitForSelector('[data-read]');
    await dashboard.selectOption('[data-input="best-column"]', 'Annual Recurring Revenue');
    await dashboard.fill('input[type="number"]', '12');
    await dashboard.click('[data-action="propose"]');
    await dashboard.waitForSelector('[data-proposal]');
    const proposals = (await dashboard.locator('[data-proposed]').allTextContents()).join('\n');
    expect(proposals).toMatch(
      // The industry as LinkedIn names it in Vietnamese ("Computer and Network Security").
      /83\s?% khách hàng tốt nhất của bạn thuộc ngành Bảo mật máy tính và mạng/,
    );
    expect(proposals).not.toMatch(/of your best customers|as common as/);
    await dashboard.locator('[data-proposal]').scrollIntoViewIfNeeded();
    for (const [width, height] of [
      [1100, 900],
      [360, 800],
    ] as const) {
      await dashboard.setViewportSize({ width, height });
      await dashboard.locator('[data-proposal]').evaluate((el) => el.scrollIntoView());
      await shoot(dashboard, 'build-vi-ui-proposal', width, height, false);
    }
  });
});
