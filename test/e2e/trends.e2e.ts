/**
 * The trends page as a marketer reads it, in Debian's Chromium: the legend lists the tiers in the
 * table's order (the bottom of the stack first) and gives the range's totals before any week is
 * hovered, a hovered week's own counts after; the date controls share a line; the chart follows a
 * change of colour scheme; Chinese column heads do not break inside a word at 360 px.
 * Screenshots under test-results/e2e/trends/, light and dark, 360 px and wide.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openDashboardOnceSeeded,
} from '../harness/browser';
import { seedWeeklyHistory } from '../harness/history';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/trends');
const WEEK = 7 * 24 * 3600 * 1000;

/** Text as a user reads it: the invisible direction isolates left out, spaces as one. */
const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Seeds `weeks` weeks of history for the first ICP: 10 companies a week, three in the ICP's first
 * tier, two in its second, three "Bad fit" and two "Disqualified"; the last four weeks before this
 * one are left empty.
 */
function seedHistory(page: Page, weeks: number): Promise<string> {
  return seedWeeklyHistory(page, {
    weeks,
    pattern: [
      'tier:0',
      'tier:0',
      'tier:0',
      'tier:1',
      'tier:1',
      'bad',
      'bad',
      'bad',
      'disqualified',
      'disqualified',
    ],
    newestAgoMs: 5 * WEEK,
    idPrefix: 'trend',
    namePrefix: 'Trend Co',
  });
}

async function openTrends(ext: ExtensionBrowser, width: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await openDashboardOnceSeeded(ext, page);
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#trends`);
  await page.waitForSelector('[data-page="trends"]');
  return page;
}

/** The legend's entries as [name, value], in reading order. */
async function legendEntries(page: Page): Promise<[string, string][]> {
  const rows = page.locator('[data-trend-chart] .u-legend .u-series');
  const names = (await rows.locator('.u-label').allTextContents()).map(plain);
  const values = (await rows.locator('.u-value').allTextContents()).map(plain);
  return names.map((name, i) => [name, values[i] ?? '']);
}

async function shoot(page: Page, name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('trends legend and layout (English)', () => {
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension(new Map());
    page = await openTrends(ext, 1100);
    await seedHistory(page, 12);
    await page.reload();
    await page.waitForSelector('[data-trend-chart] canvas');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('lists the tiers in the table’s order and gives the totals before a week is hovered', async () => {
    const heads = (await page.locator('[data-trend-table] thead th').allTextContents()).map(plain);
    // Week, the tiers…, Total, ICP fit share.
    const tiers = heads.slice(1, -2);
    const totals = (await page.locator('[data-trend-total] td').allTextContents()).map(plain);
    const legend = await legendEntries(page);
    expect(legend.map(([name]) => name)).toEqual(['Total', ...tiers, 'ICP fit share']);
    // Best fit at the bottom of the stack, first in the legend as in the table.
    expect(tiers[0]).toBe('Best fit');
    // The range's totals, as the table's total row says them (no "--" waiting for a hover).
    expect(legend.slice(1, -1).map(([, value]) => value)).toEqual(totals.slice(0, tiers.length));
    expect(legend.at(-1)?.[1]).toBe(totals.at(-1));
    expect(legend.at(-1)?.[1]).toBe('50%');
    expect(legend[0]?.[1]).toMatch(/^[A-Z][a-z]{2} \d+(, \d{4})? – [A-Z][a-z]{2} \d+, \d{4}$/);
  });

  it('gives a hovered week’s own counts, named as a week, and the totals again on leaving', async () => {
    const plot = (await page.locator('[data-trend-chart] .u-over').boundingBox())!;
    // The seeded weeks lie in the middle of the range (six months back to five weeks ago).
    const rows = page.locator('[data-trend-table] tbody tr');
    const count = await rows.count();
    let hovered: [string, string][] = [];
    for (let x = plot.width - 2; x > 0; x -= plot.width / count / 2) {
      await page.mouse.move(plot.x + x, plot.y + plot.height / 2);
      hovered = await legendEntries(page);
      if (hovered[1]?.[1] === '3') break;
    }
    expect(hovered[0]?.[0]).toBe('Week of');
    expect(hovered.slice(1, 3).map(([name, value]) => `${name} ${value}`)).toEqual([
      'Best fit 3',
      'Good fit 2',
    ]);
    expect(hovered.at(-1)?.[1]).toBe('50%');
    await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height + 200);
    await expect.poll(async () => (await legendEntries(page))[0]?.[0]).toBe('Total');
    expect((await legendEntries(page))[1]?.[1]).toBe('36');
  });

  it('puts the ICP, list and both dates on one line when wide, the two dates on one at 360 px', async () => {
    // Controls of one line share their bottom edge (a select and a date field differ in height).
    const top = async (input: string) => {
      const box = await page.locator(`[data-input="${input}"]`).boundingBox();
      return Math.round((box?.y ?? -1) + (box?.height ?? 0));
    };
    await page.setViewportSize({ width: 1100, height: 900 });
    const wide = [await top('trend-list'), await top('trend-from'), await top('trend-to')];
    expect(new Set(wide).size).toBe(1);
    await page.setViewportSize({ width: 360, height: 900 });
    expect(await top('trend-from')).toBe(await top('trend-to'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await shoot(page, 'trends-en', 1100);
    await shoot(page, 'trends-en', 360);
  });

  it('redraws the chart in the scheme the page turns to (no dark grid on a light page)', async () => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.evaluate(() => {
      const w = window as unknown as { strokes: string[] };
      w.strokes = [];
      const stroke = CanvasRenderingContext2D.prototype.stroke;
      CanvasRenderingContext2D.prototype.stroke = function (...args: [Path2D?]) {
        w.strokes.push(String(this.strokeStyle));
        return stroke.apply(this, args as [Path2D]);
      };
    });
    const strokes = () => page.evaluate(() => (window as unknown as { strokes: string[] }).strokes);
    const reset = () =>
      page.evaluate(() => ((window as unknown as { strokes: string[] }).strokes = []));
    for (const [scheme, grid, other] of [
      ['dark', '#2a2f39', '#e8eaee'],
      ['light', '#e8eaee', '#2a2f39'],
      ['dark', '#2a2f39', '#e8eaee'],
      ['light', '#e8eaee', '#2a2f39'],
    ] as const) {
      await reset();
      await page.emulateMedia({ colorScheme: scheme });
      // A resize in the same moment rebuilds the chart too.
      await page.setViewportSize({ width: scheme === 'dark' ? 1000 : 1100, height: 900 });
      // The chart as it stays: the last grid drawn is this scheme's (a resize may redraw once in
      // between while the browser applies both changes).
      const lastGrid = async () =>
        (await strokes()).filter((s) => s === grid || s === other).at(-1);
      await expect.poll(lastGrid).toBe(grid);
      await page.waitForTimeout(500);
      expect(await lastGrid()).toBe(grid);
    }
  });

  it('hides and shows a series from the keyboard: Tab reaches each legend entry, Enter and Space toggle it', async () => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await page.waitForSelector('[data-trend-chart] canvas');
    const toggles = page.locator('[data-trend-chart] .u-legend button[aria-pressed]');
    // Every tier and the fit share, not the week.
    expect((await toggles.allTextContents()).map(plain)).toEqual([
      ...(await legendEntries(page)).slice(1).map(([name]) => name),
    ]);
    // From the last control before the chart, Tab (a date field takes one per part) reaches the
    // first legend entry, then the next.
    await page.focus('[data-input="trend-to"]');
    const active = () =>
      page.evaluate(() => ({
        text: document.activeElement?.textContent ?? '',
        pressed: document.activeElement?.getAttribute('aria-pressed') ?? null,
      }));
    for (let i = 0; i < 6 && (await active()).pressed === null; i++)
      await page.keyboard.press('Tab');
    expect(await active()).toEqual({ text: 'Best fit', pressed: 'true' });
    await page.keyboard.press('Tab');
    expect(await active()).toEqual({ text: 'Good fit', pressed: 'true' });
    const goodFitRow = page.locator('[data-trend-chart] .u-series', { hasText: 'Good fit' });
    await page.keyboard.press('Enter');
    expect(await active()).toEqual({ text: 'Good fit', pressed: 'false' });
    expect(await goodFitRow.getAttribute('class')).toContain('u-off');
    // A visible focus ring, in both schemes; the chart redrawn in the other scheme keeps the
    // hidden series and the focus.
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(active).toEqual({ text: 'Good fit', pressed: 'false' });
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
      });
      expect(ring).toEqual({
        style: 'solid',
        width: '2px',
        color: scheme === 'dark' ? 'rgb(138, 180, 255)' : 'rgb(37, 99, 235)',
      });
      const box = (await page.locator('[data-trend-chart]').boundingBox())!;
      await page.screenshot({
        path: join(SHOTS, `trends-legend-keyboard-${scheme}.png`),
        clip: { x: box.x, y: box.y + 240, width: box.width, height: box.height - 240 },
      });
    }
    await page.keyboard.press(' ');
    expect(await active()).toEqual({ text: 'Good fit', pressed: 'true' });
    expect(await goodFitRow.getAttribute('class')).not.toContain('u-off');
  });

  it('ends a 60-character ICP name with "…" in its picker, whole in its title, at 1100 and 360 px', async () => {
    const name = 'Mid-market security software vendors in North America and EU';
    expect(name).toHaveLength(60);
    await page.evaluate(async (long) => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const r = indexedDB.open('icp-lens');
        r.onsuccess = () => ok(r.result);
      });
      const tx = db.transaction('icps', 'readwrite');
      const store = tx.objectStore('icps');
      const all = await new Promise<{ icp: { name: string } }[]>((ok) => {
        const r = store.getAll();
        r.onsuccess = () => ok(r.result);
      });
      for (const stored of all) store.put({ ...stored, icp: { ...stored.icp, name: long } });
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
    }, name);
    for (const width of [1100, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await page.waitForSelector('[data-trend-chart] canvas');
      // The select labelled "ICP".
      const picker = page.locator('label:has(> span:text-is("ICP")) select');
      const fit = await picker.evaluate((select: HTMLSelectElement) => ({
        title: select.title,
        chosen: select.selectedOptions[0]?.textContent,
        // Narrower than the name (so its end is cut, with "…", not mid-letter).
        cut: (() => {
          const ctx = document.createElement('canvas').getContext('2d');
          if (!ctx) return false;
          ctx.font = getComputedStyle(select).font;
          return (
            ctx.measureText(select.selectedOptions[0]?.textContent ?? '').width > select.clientWidth
          );
        })(),
        overflow: getComputedStyle(select).textOverflow,
        inside: select.getBoundingClientRect().right <= document.documentElement.clientWidth,
      }));
      expect([width, fit]).toEqual([
        width,
        { title: name, chosen: name, cut: true, overflow: 'ellipsis', inside: true },
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await shoot(page, 'trends-long-icp', width);
    }
  });
});

describe('trends in Chinese at 360 px', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchWithExtension(new Map(), { env: { LANGUAGE: 'zh_CN' } });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('breaks no column head inside a word (one character per line was unreadable)', async () => {
    const page = await openTrends(ext, 360);
    await seedHistory(page, 6);
    await page.reload();
    await page.waitForSelector('[data-trend-table] thead th');
    const heads = await page.locator('[data-trend-table] thead th').evaluateAll((ths) =>
      ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        return { text: th.textContent ?? '', lines };
      }),
    );
    expect(heads.some((h) => h.text === '最匹配')).toBe(true);
    // A head may break only where it has a space.
    for (const head of heads)
      expect([head.text, head.lines]).toEqual([
        head.text,
        Math.min(head.lines, head.text.split(' ').length),
      ]);
    const legend = await legendEntries(page);
    expect(legend[0]?.[0]).toBe('合计');
    await shoot(page, 'trends-zh_CN', 360);
    await shoot(page, 'trends-zh_CN', 1100);
    await page.close();
  });
});
