/**
 * Sorting a list in Debian's Chromium with the ranks its worker computed: 3,000 made-up companies
 * (names in Latin with accents, Vietnamese, Chinese and Persian; numbers inside names; empty
 * headquarters) seeded as the extension stores them; each header click must give exactly the
 * order of the collator comparator the tables used before ranks (computed here in the same page,
 * with the same ICU), at the top and at the end of the scrolled list. Screenshots light and dark,
 * 360 px and wide.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSortList } from '../bench/lists-in-chromium';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openDashboardOnceSeeded,
} from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/list-sort');
const ROWS = 3000;

let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchWithExtension(new Map());
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = await openDashboardOnceSeeded(ext, page);
  await seedSortList(page, ROWS);
  await page.goto(`${url}#list/bench-sort`);
  await page.reload();
  await page.waitForFunction(
    () =>
      /\b3,?000 of 3,?000\b/.test(
        document.querySelector('.page-header p.muted')?.textContent ?? '',
      ),
    undefined,
    { timeout: 30_000 },
  );
}, 120_000);

afterAll(async () => {
  await ext?.close();
});

/**
 * The company ids of the seeded list in the order the old comparator gave for `column`: the
 * value (text by `Intl.Collator(undefined, { sensitivity: 'base', numeric: true })`), empty
 * values last both ways, then score (highest first), then name; equal rows keep membership order.
 */
function expectedOrder(column: string, direction: 'asc' | 'desc'): Promise<string[]> {
  return page.evaluate(
    `(async () => {
      const db = await new Promise((ok) => { const r = indexedDB.open('icp-lens'); r.onsuccess = () => ok(r.result); });
      const all = (store) => new Promise((ok) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); });
      const listings = new Map((await all('listingBuckets')).flatMap((b) => b.listings).map((l) => [l.companyId, l]));
      // Membership order: bucket by bucket, as lib/db/members.ts reads a list.
      const members = (await all('memberBuckets')).filter((b) => b.listId === 'bench-sort').flatMap((b) => b.members);
      db.close();
      const rank = { bad: 1000, disqualified: 1001, insufficient: 1002 };
      const key = (m, l) => ${JSON.stringify(column)} === 'tier' ? (l.tierKind === 'tier' ? l.tierIndex : rank[l.tierKind])
        : ${JSON.stringify(column)} === 'addedAt' ? m.addedAt : l[${JSON.stringify(column)}];
      const c = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
      const sign = ${direction === 'asc' ? 1 : -1};
      const rows = members.map((m) => { const l = listings.get(m.companyId); return { id: m.companyId, name: l.name, score: l.score, key: key(m, l) }; });
      rows.sort((a, b) => {
        const x = a.key, y = b.key;
        if (x === undefined || y === undefined) { if (x !== y) return x === undefined ? 1 : -1; }
        else { const d = typeof x === 'number' && typeof y === 'number' ? x - y : c.compare(String(x), String(y)); if (d !== 0) return sign * d; }
        return (b.score ?? 0) - (a.score ?? 0) || c.compare(a.name, b.name);
      });
      return rows.map((r) => r.id);
    })()`,
  );
}

/** Clicks the header until `aria-sort` says `direction`. */
async function sortBy(column: string, direction: 'asc' | 'desc') {
  const want = direction === 'asc' ? 'ascending' : 'descending';
  const header = page.locator(`th[data-column="${column}"]`);
  for (let i = 0; i < 2 && (await header.getAttribute('aria-sort')) !== want; i++)
    await header.locator('button').evaluate((b: HTMLButtonElement) => b.click());
  expect(await header.getAttribute('aria-sort')).toBe(want);
}

/** The ids of the rows drawn with the list scrolled to the top, or to the end. */
async function drawnIds(at: 'top' | 'end'): Promise<string[]> {
  await page.evaluate((where) => {
    const s = document.querySelector('.companies-scroll') as HTMLElement;
    s.scrollTop = where === 'top' ? 0 : s.scrollHeight;
  }, at);
  return page
    .locator('[data-company-row]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-company-row') ?? ''));
}

/**
 * The rows drawn at the top or the end, once they are the ones `want` has there (the table
 * redraws a frame after a scroll, later on a busy machine), or as drawn after 10 s.
 */
async function drawnAgainst(at: 'top' | 'end', want: string[]): Promise<string[]> {
  const part = (ids: string[]) =>
    at === 'top' ? want.slice(0, ids.length) : want.slice(-ids.length);
  let ids: string[] = [];
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    ids = await drawnIds(at);
    if (ids.length > 10 && ids.every((id, i) => id === part(ids)[i])) break;
    await page.waitForTimeout(100);
  }
  return ids;
}

describe('list sort with ranks from the worker', () => {
  it('orders by name, HQ, tier, score and added date exactly as the collator comparator', async () => {
    for (const [column, direction] of [
      ['name', 'asc'],
      ['name', 'desc'],
      ['hq', 'asc'],
      ['hq', 'desc'],
      ['tier', 'asc'],
      ['score', 'asc'],
      ['addedAt', 'desc'],
      ['industry', 'asc'],
    ] as const) {
      await sortBy(column, direction);
      const want = await expectedOrder(column, direction);
      const top = await drawnAgainst('top', want);
      expect(top.length).toBeGreaterThan(10);
      expect([column, direction, top]).toEqual([column, direction, want.slice(0, top.length)]);
      const end = await drawnAgainst('end', want);
      expect(end.length).toBeGreaterThan(10);
      expect([column, direction, end]).toEqual([column, direction, want.slice(-end.length)]);
    }
  });

  it('looks right light and dark, wide and 360 px, sorted by name', async () => {
    await sortBy('name', 'asc');
    await drawnIds('top');
    await page.waitForTimeout(300);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: join(SHOTS, `list-sorted-${scheme}.png`) });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.locator('.companies-scroll').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `list-sorted-${scheme}-360.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
