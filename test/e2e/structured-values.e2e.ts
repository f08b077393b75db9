/**
 * The engine's structured values in the popup, in Chromium started in Vietnamese and Persian
 * (LANGUAGE=…, Debian's chromium-l10n): the "Why" lines and the facts list are worded in the UI
 * language — sizes in its digits with its own word for "employees", the country by its own name —
 * with no English sentence frame left. On the dashboard in Persian and Chinese, a region of the ICP
 * ("North America") is named in the language in the version history, and a backup that cannot be
 * restored says why in the language; an ICP editor message under its field and the list import's
 * columns and row problems are worded in the language (no zod or reader English). Screenshots
 * (light and dark, 360 px and wide) under
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

/** Screenshots of one element (or the page), light and dark, 360 px and wide. */
async function shootDashboard(page: Page, name: string, selector?: string) {
  for (const width of [360, 1100]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const path = join(SHOTS, `${name}-${width}-${scheme}.png`);
      if (selector) await page.locator(selector).screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1100, height: 900 });
}

/**
 * An account file of made-up companies: a row with one cell too many, and a row that names no
 * company (a total line's shape without its word), as CRM exports have.
 */
const IMPORT_CSV = [
  'Company,Website,Employees',
  'Northwind Traders,northwind-traders.example,250',
  'Contoso Freight,contoso-freight.example,1200,Q3 pipeline',
  ',,40',
  'Fabrikam Logistics,fabrikam-logistics.example,85',
].join('\n');

const DASHBOARD_LANGUAGES = [
  {
    env: 'fa',
    region: 'آمریکای شمالی',
    backup: 'هیچ چیز تغییر نکرد. این پشتیبان مربوط به پایگاه داده دیگری است ("crm-sync").',
    credit: 'criteria[0].bands[0].credit: باید ≤ ۱ باشد',
    columns:
      'ستون‌های استفاده‌شده: Company ← نام،\u200f Website ← وب‌سایت، و Employees ← تعداد کارکنان',
    rowProblem: /ردیف ۳: ۴ خانه اما ۳ ستون: خانه‌های اضافی نادیده گرفته شد/,
  },
  {
    env: 'zh_CN',
    region: '北美',
    backup: '没有做任何改动。此备份属于另一个数据库（"crm-sync"）。',
    credit: 'criteria[0].bands[0].credit：必须 ≤ 1',
    columns: '使用的列：Company → 名称、Website → 网站和Employees → 员工人数',
    rowProblem: /第 3 行：有 4 个单元格，但只有 3 列：多出的单元格已忽略/,
  },
];

describe.each(DASHBOARD_LANGUAGES)('dashboard in $env', (language) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension(routesFor([COMPANY]), { env: { LANGUAGE: language.env } });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('names a region of the ICP in the language in its history', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.locator('.icp-active button.button').first().click();
    await dashboard.waitForSelector('[data-editor]');
    // The sample ICP's location criterion: US, then North America, then EU and UK. The chip
    // names the region in the language beside the value the file keeps.
    const chip = dashboard.locator('[data-criterion-editor="2"] [data-band="1"] .chip');
    expect(await chip.textContent()).toContain(`${language.region} (North America)`);
    await dashboard
      .locator('[data-criterion-editor="2"] [data-band="1"] .band-credit input')
      .fill('0.5');
    await dashboard.click('[data-action="save"]');
    await dashboard.waitForSelector('[data-saved]');
    await expect.poll(() => dashboard.locator('[data-version]').count()).toBe(2);
    await dashboard.locator('[data-version="1"] summary').click();
    const lines = (
      await dashboard.locator('[data-version="1"] .impact-changes li').allTextContents()
    ).join('\n');
    expect(lines).toContain(language.region);
    expect(lines).not.toMatch(/North America|\bin\b/);
    await shootDashboard(dashboard, `history-region-${language.env}`, '.versions');
    await shootDashboard(dashboard, `editor-region-${language.env}`, '[data-criterion-editor="2"]');
    await dashboard.close();
  });

  it('says in the language why a backup cannot be restored, and changes nothing', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    await dashboard.waitForSelector('[data-section="backup"]');
    // A Dexie export of another app's database: a real backup file, just not ICP Lens's.
    const other = {
      formatName: 'dexie',
      formatVersion: 1,
      data: { databaseName: 'crm-sync', databaseVersion: 3, tables: [], data: [] },
    };
    await dashboard.setInputFiles('[data-section="backup"] input[type="file"]', {
      name: 'crm-sync-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    await dashboard.click('[data-action="confirm-restore"]');
    const message = dashboard.locator('[data-backup-message]');
    await message.waitFor();
    const text = ((await message.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(text).toBe(language.backup);
    await shootDashboard(dashboard, `backup-error-${language.env}`);
    // Nothing was replaced: the ICP edited above is still there, with its two versions.
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await expect.poll(() => dashboard.locator('.icp').count()).toBeGreaterThan(0);
    await dashboard.close();
  });
  it('words an ICP editor message under its field in the language (no zod English)', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.locator('.icp-active button.button').first().click();
    await dashboard.waitForSelector('[data-editor]');
    const criterion = dashboard.locator('[data-criterion-editor="0"]');
    await criterion.locator('[data-band="0"] .band-credit input').fill('7');
    const error = criterion.locator('[data-band="0"] .field-error').first();
    await expect
      .poll(async () => ((await error.textContent()) ?? '').replace(/[\u2066-\u2069]/g, ''))
      .toBe(language.credit);
    expect(await error.textContent()).not.toMatch(/Too big|expected|must be/);
    await shootDashboard(dashboard, `editor-error-${language.env}`, '[data-criterion-editor="0"]');
    await dashboard.close();
  });

  it('names the fact each imported column feeds, and says row problems, in the language', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#lists`);
    await dashboard.fill('[data-input="new-list"]', 'Northwind prospects');
    await dashboard.click('[data-action="create-list"]');
    await dashboard.waitForSelector('[data-page="list"] [data-import]');
    await dashboard.setInputFiles('[data-input="account-file"]', {
      name: 'prospects.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(IMPORT_CSV),
    });
    await dashboard.waitForSelector('[data-import-preview]');
    const columns = dashboard.locator('[data-import-preview] p').first();
    expect(((await columns.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '')).toBe(
      language.columns,
    );
    await dashboard.locator('[data-import-errors] > summary').click();
    const problems = (await dashboard.locator('[data-import-errors] li').allTextContents()).join(
      '\n',
    );
    expect(problems).toMatch(language.rowProblem);
    expect(problems).not.toMatch(/cells but|extra cells|no company|not imported/);
    await shootDashboard(dashboard, `import-preview-${language.env}`, '[data-import]');
    await dashboard.close();
  });
});
