/**
 * The extension in Chromium started in Vietnamese, Simplified Chinese and Persian (LANGUAGE=…,
 * Debian's chromium-l10n): the popup and every dashboard route are in that language, with its
 * `lang` and direction (Persian mirrors), and the settings' language picker overrides the
 * browser's language. Screenshots of each, light and dark, 360 px and wide, under
 * test-results/e2e/i18n/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/i18n');

interface Language {
  /** The `LANGUAGE` the browser starts with. */
  env: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Known UI strings: the Settings and Companies navigation links, the popup's "Why". */
  settings: string;
  companies: string;
  why: string;
  /** An account file's bad rows (extra cells, a quote never closed) as the import panel lists them. */
  badRows: string[];
  /** The import's failure when the list was deleted meanwhile (a list refusal, worded). */
  listGone: string;
  /** The trends table's "Total" row head, and what its digits must be (Persian in fa). */
  total: string;
  digits: RegExp;
  /** The sample ICP as installed at first start in this browser language: name, first tier. */
  sample: string;
  bestTier: string;
}

const LANGUAGES: Language[] = [
  {
    env: 'vi',
    lang: 'vi',
    dir: 'ltr',
    settings: 'Cài đặt',
    companies: 'Công ty',
    why: 'Vì sao',
    badRows: [
      'Dòng 3: 4 ô nhưng chỉ có 3 cột: các ô thừa bị bỏ qua',
      'Dòng 4: dấu ngoặc kép mở gần dòng 4 không bao giờ được đóng: phần còn lại của tệp không đọc được thành từng hàng',
    ],
    listGone: 'Nhập không thành công, không có gì thay đổi: danh sách đó không còn nữa (đã bị xoá)',
    total: 'Tổng',
    digits: /[0-9]/,
    sample: 'Phần mềm & bảo mật quy mô vừa (mẫu)',
    bestTier: 'Rất phù hợp',
  },
  {
    env: 'zh_CN',
    lang: 'zh-CN',
    dir: 'ltr',
    settings: '设置',
    companies: '公司',
    why: '原因',
    badRows: [
      '第 3 行：有 4 个单元格，但只有 3 列：多出的单元格已忽略',
      '第 4 行：第 4 行附近开始的引号始终没有闭合：文件其余部分无法按行读取',
    ],
    listGone: '导入失败，没有做任何改动：该列表已不存在（已被删除）',
    total: '合计',
    digits: /[0-9]/,
    sample: '中型软件与安全企业（示例）',
    bestTier: '最匹配',
  },
  {
    env: 'fa',
    lang: 'fa',
    dir: 'rtl',
    settings: 'تنظیمات',
    companies: 'شرکت‌ها',
    why: 'چرا',
    badRows: [
      'ردیف ۳: ۴ خانه اما ۳ ستون: خانه‌های اضافی نادیده گرفته شد',
      'ردیف ۴: گیومه‌ای که نزدیک خط ۴ باز شده هرگز بسته نمی‌شود: بقیه فایل را نمی‌توان به‌صورت ردیف خواند',
    ],
    listGone: 'وارد کردن ناموفق بود و هیچ چیز تغییر نکرد: آن فهرست دیگر وجود ندارد (حذف شده است)',
    total: 'جمع کل',
    digits: /[۰-۹]/,
    sample: 'شرکت\u200cهای نرم\u200cافزاری و امنیتی میان\u200cرده (نمونه)',
    bestTier: 'بهترین تناسب',
  },
];

/** An account file with a row of extra cells and a quote never closed (as Excel users send). */
const BAD_ROWS = [
  'Company,Website,Employees',
  'Northwind Traders,northwind-traders.example,250',
  'Contoso Freight,contoso-freight.example,1200,Q3 pipeline',
  '"Fabrikam Logistics,fabrikam-logistics.example,85',
  'Tailspin Toys,tailspin-toys.example,40',
  '',
].join('\r\n');

/** Text as a user reads it: the invisible direction isolates left out. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

/** Companies whose page text is in English, Persian, Chinese and Vietnamese. */
const COMPANIES = [
  'about-en-sentinel-forge.html',
  'about-fa-arman-data-pars.html',
  'about-zh-shenlan-data.html',
  'about-vi-saigon-home-goods.html',
].map(fixturePage);

/** What uPlot writes in English when left to itself: its x series' name and Gregorian months. */
const CHART_ENGLISH =
  /\b(Time|Week|Value|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(AM|PM|am|pm)\b/;

const ROUTES = ['icps', 'icp/new?template=security-vendor', 'companies', 'build', 'settings'];

async function langAndDir(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

/** Light and dark screenshots at `width`; the page must not scroll sideways. */
async function shoot(page: Page, name: string, width: number, height: number) {
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

async function visit(ext: ExtensionBrowser, url: string): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  await waitForBadge(ext, tabId, (text) => text !== '' && text !== '…');
  return tabId;
}

describe.each(LANGUAGES)('Chromium in $env', (language) => {
  let ext: ExtensionBrowser;
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension(routesFor(COMPANIES), { env: { LANGUAGE: language.env } });
    for (const company of COMPANIES) tabs.set(company.file, await visit(ext, company.url));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it("has that UI language (the browser's own translation is installed)", async () => {
    const ui = await ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(ui.replace('_', '-').toLowerCase()).toBe(language.lang.toLowerCase());
  });

  it.each(COMPANIES.map((c) => [c.file, c]))('popup on %s', async (file, company) => {
    const popup = await openPopupFor(ext, tabs.get(company.file)!);
    await popup.waitForSelector('[data-criterion]', { state: 'attached' });
    expect(await langAndDir(popup)).toEqual({ lang: language.lang, dir: language.dir });
    expect(await popup.locator('body').textContent()).toContain(language.why);
    await shoot(popup, `popup-${language.env}-${file.replace(/\.html$/, '')}`, 360, 600);
    await popup.close();
  });

  it.each(ROUTES)('dashboard #%s', async (route) => {
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#${route}`);
    await dashboard.waitForSelector('[data-page]');
    expect(await langAndDir(dashboard)).toEqual({ lang: language.lang, dir: language.dir });
    const nav = dashboard.locator('nav');
    await expect.poll(() => nav.innerText()).toContain(language.settings);
    expect(await nav.innerText()).toContain(language.companies);
    // Right to left: the navigation starts on the right.
    const links = nav.locator('a');
    const first = (await links.first().boundingBox())!;
    const last = (await links.last().boundingBox())!;
    expect(language.dir === 'rtl' ? first.x > last.x : first.x < last.x).toBe(true);
    const name = `dashboard-${language.env}-${route.replace(/[/?=]/g, '-')}`;
    await shoot(dashboard, name, 1100, 900);
    await shoot(dashboard, name, 360, 800);
    await dashboard.close();
  });

  it('installed the sample ICP in the language at first start, its tiers and outreach too', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#icps`);
    await dashboard.waitForSelector('.icp');
    const names = (await dashboard.locator('.icp').allTextContents()).map(plain).join('\n');
    expect(names).toContain(language.sample);
    expect(names).not.toContain('Mid-market software & security (sample)');
    await dashboard.close();
    const stored = await ext.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const req = indexedDB.open('icp-lens');
        req.onsuccess = () => ok(req.result);
      });
      const icps = await new Promise<
        { icp: { tiers: { name: string }[]; outreachLanguage?: string } }[]
      >((ok) => {
        const req = db.transaction('icps').objectStore('icps').getAll();
        req.onsuccess = () => ok(req.result);
      });
      db.close();
      return icps.map((s) => ({ tier: s.icp.tiers[0]?.name, outreach: s.icp.outreachLanguage }));
    });
    expect(stored).toEqual([{ tier: language.bestTier, outreach: language.env }]);
  });

  it('words the trends chart, its legend and table in the language (Persian digits in fa)', async () => {
    const dashboard = await ext.context.newPage();
    // Every text uPlot draws on its canvas (the axis ticks), recorded as it draws it.
    await dashboard.addInitScript(() => {
      const drawn: string[] = [];
      (window as unknown as { drawnTexts: string[] }).drawnTexts = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        drawn.push(String(text));
        return fillText.call(this, text, ...rest);
      };
    });
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#trends`);
    await dashboard.waitForSelector('[data-trend-chart] canvas');
    expect(await langAndDir(dashboard)).toEqual({ lang: language.lang, dir: language.dir });
    // Hovering the latest week fills the legend with its date, counts and share.
    const plot = (await dashboard.locator('[data-trend-chart] .u-over').boundingBox())!;
    await dashboard.mouse.move(plot.x + plot.width - 4, plot.y + plot.height / 2);
    const legend = dashboard.locator('[data-trend-chart] .u-legend');
    await expect.poll(async () => plain(await legend.textContent())).toMatch(language.digits);
    const ticks = await dashboard.evaluate(
      () => (window as unknown as { drawnTexts: string[] }).drawnTexts,
    );
    expect(ticks.length).toBeGreaterThan(3);
    // The latest week (Monday 00:00 UTC) is always ticked, as the language writes a day and month.
    const week = 7 * 24 * 3600 * 1000;
    const monday =
      Math.floor((Date.now() - 4 * 24 * 3600 * 1000) / week) * week + 4 * 24 * 3600 * 1000;
    const dayMonth = new Intl.DateTimeFormat(language.lang, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(monday);
    expect(
      ticks.some((tick) => tick.includes(dayMonth)),
      `${dayMonth} in ${ticks}`,
    ).toBe(true);
    const table = dashboard.locator('[data-trend-table]');
    const total = dashboard.locator('[data-trend-total]');
    expect(plain(await total.locator('th').textContent())).toBe(language.total);
    // The four companies visited this week, in the language's digits and percent sign.
    expect(plain(await total.locator('td').nth(-2).textContent())).toMatch(language.digits);
    const texts = [
      ...ticks,
      plain(await legend.textContent()),
      // The table without the ICP's own tier names (the sample ICP's, which are its data).
      ...(await table.locator('tbody th, tbody td, tfoot td').allInnerTexts()),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(CHART_ENGLISH);
      if (language.env === 'fa') expect(text).not.toMatch(/[0-9]/);
    }
    // Right to left: the table's first column (the week) is on the right, the legend starts there.
    if (language.dir === 'rtl') {
      const week = (await table.locator('thead th').first().boundingBox())!;
      const share = (await table.locator('thead th').last().boundingBox())!;
      expect(week.x).toBeGreaterThan(share.x);
      const entries = legend.locator('tr');
      const first = (await entries.first().boundingBox())!;
      const last = (await entries.last().boundingBox())!;
      expect(first.x).toBeGreaterThan(last.x);
    }
    const name = `dashboard-${language.env}-trends`;
    await shoot(dashboard, name, 1100, 900);
    await shoot(dashboard, name, 360, 800);
    await dashboard.close();
  });

  it('says an account file’s bad rows, and a list deleted during the import, in the language', async () => {
    const file = join(tmpdir(), `bad-rows-${language.env}-${Date.now()}.csv`);
    writeFileSync(file, BAD_ROWS);
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#lists`);
    await dashboard.fill('[data-input="new-list"]', 'Accounts with bad rows');
    await dashboard.click('[data-action="create-list"]');
    await dashboard.waitForSelector('[data-page="list"] [data-import]');
    const listUrl = dashboard.url();
    await dashboard.setInputFiles('[data-input="account-file"]', file);
    await dashboard.waitForSelector('[data-import-preview]');
    const problems = dashboard.locator('[data-import-errors]');
    await problems.locator('summary').click();
    const items = (await problems.locator('li').allTextContents()).map(plain);
    expect(items).toEqual(language.badRows);
    await shoot(dashboard, `dashboard-${language.env}-list-bad-rows`, 1100, 900);
    await shoot(dashboard, `dashboard-${language.env}-list-bad-rows`, 360, 800);

    // The list is deleted in another tab while this one still offers to import into it.
    const other = await ext.context.newPage();
    other.on('dialog', (dialog) => void dialog.accept());
    await other.goto(listUrl);
    await other.click('[data-action="delete-list"]');
    await other.waitForURL(/#lists$/);
    await other.close();
    await dashboard.click('[data-action="import-start"]');
    const result = dashboard.locator('[data-import-result]');
    await expect.poll(async () => plain(await result.textContent())).toBe(language.listGone);
    expect(await result.getAttribute('role')).toBe('alert');
    // Nothing offers the deleted list any more: no file picker, no Delete, no "this list is
    // empty" (found by qa3: the page still looked like a live empty list).
    for (const gone of [
      '[data-input="account-file"]',
      '[data-action="delete-list"]',
      '[data-state="empty-list"]',
    ])
      expect([gone, await dashboard.locator(gone).count()]).toEqual([gone, 0]);
    await shoot(dashboard, `dashboard-${language.env}-list-gone`, 1100, 900);
    await dashboard.close();
  });
});

describe('language picker', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension(routesFor(COMPANIES.slice(0, 1)), { env: { LANGUAGE: 'vi' } });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('overrides the browser language in the dashboard and the popup, and goes back', async () => {
    const tabId = await visit(ext, COMPANIES[0]!.url);
    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    const picker = dashboard.locator('[data-setting="ui-language"]');
    await expect.poll(() => picker.isEnabled()).toBe(true);
    expect(await picker.inputValue()).toBe('browser');

    // A popup already open follows the change too (as a side panel left open would).
    const popup = await openPopupFor(ext, tabId);
    await popup.waitForSelector('[data-criterion]', { state: 'attached' });
    expect(await langAndDir(popup)).toEqual({ lang: 'vi', dir: 'ltr' });

    await Promise.all([dashboard.waitForEvent('load'), picker.selectOption('fa')]);
    await dashboard.waitForSelector('[data-page="settings"]');
    expect(await langAndDir(dashboard)).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(await dashboard.locator('h1').innerText()).toBe('تنظیمات');
    expect(await picker.inputValue()).toBe('fa');
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await shoot(dashboard, 'picker-vi-browser-fa-chosen', 1100, 900);

    await expect.poll(() => langAndDir(popup)).toEqual({ lang: 'fa', dir: 'rtl' });
    await popup.waitForSelector('[data-criterion]', { state: 'attached' });
    expect(await popup.locator('body').textContent()).toContain('چرا');
    await popup.close();

    await Promise.all([dashboard.waitForEvent('load'), picker.selectOption('browser')]);
    await dashboard.waitForSelector('[data-page="settings"]');
    expect(await langAndDir(dashboard)).toEqual({ lang: 'vi', dir: 'ltr' });
    expect(await dashboard.locator('h1').innerText()).toBe('Cài đặt');
  });
});
