/**
 * The list import streams and writes batch by batch (10,000 rows, then 100,000 per transaction,
 * its companies' buckets 64 at a time): cancelling after a batch was written, or while a batch is
 * written, must still leave nothing, in Debian's Chromium. A 60,000-row HubSpot-shaped export of
 * made-up companies is imported into a list and cancelled once the progress bar shows the first
 * batch stored, then (into another list) once it shows part of the second batch stored; the
 * database then holds no company, observation, score, listing, membership or batch of it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFile } from '../bench/lists-in-chromium';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser';

const FILE = join(tmpdir(), 'icp-lens-import-cancel-60000.csv');
let ext: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  writeFileSync(FILE, accountFile(60_000));
  ext = await launchWithExtension(new Map());
  dashboard = await ext.context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 900 });
});
afterAll(async () => {
  await ext?.close();
  rmSync(FILE, { force: true });
});

/** Record counts of the tables an import writes, read from the extension's IndexedDB. */
function counts(): Promise<Record<string, number>> {
  return dashboard.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('icp-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = ['companyBuckets', 'observations', 'listingBuckets', 'memberBuckets', 'importBatches'];
      const tx = db.transaction(names, 'readonly');
      const out = {};
      for (const name of names) {
        // Companies are counted one by one (the table's count record), not by bucket.
        const store = tx.objectStore(name);
        const r = name === 'companyBuckets' ? store.get(['count', 0]) : store.count();
        r.onsuccess = () => { out[name] = name === 'companyBuckets' ? (r.result ? r.result.count : 0) : r.result; };
      }
      tx.oncomplete = () => { db.close(); resolve(out); };
    };
  })`);
}

/** Imports the file into a new list, presses Cancel once the bar passes `at`, checks nothing stayed. */
async function cancelAt(list: string, at: number): Promise<void> {
  const url = `chrome-extension://${ext.extensionId}/options.html`;
  await dashboard.goto(`${url}#lists`);
  await dashboard.fill('[data-input="new-list"]', list);
  await dashboard.click('[data-action="create-list"]');
  await dashboard.waitForSelector('[data-page="list"] [data-import]');
  const before = await counts();
  await dashboard.setInputFiles('[data-input="account-file"]', FILE);
  await dashboard.waitForSelector('[data-import-preview]', { timeout: 60_000 });
  await dashboard.click('[data-action="import-start"]');
  // The bar moves as each 64 buckets of companies are stored. (Counting the tables here would wait
  // behind the batch being written, and the import could be finished before the click.)
  await dashboard.waitForFunction(
    (n) => Number(document.querySelector('progress')?.getAttribute('value') ?? 0) >= n,
    at,
    { timeout: 120_000 },
  );
  await dashboard.click('[data-action="import-cancel"]');
  await expect
    .poll(() => dashboard.locator('[data-import-result]').textContent(), { timeout: 120_000 })
    .toMatch(/cancel/i);
  expect(await counts()).toEqual(before);
}

describe('list import: cancel', () => {
  it('after the first batch was written: leaves nothing of the import', async () => {
    await cancelAt('Cancelled after a batch', 10_000);
  }, 300_000);

  it('while the second batch is written (part of it stored): leaves nothing, and ends', async () => {
    // 20,000 is the fourth of the second batch's 16 steps (64 buckets of 50,000 companies each):
    // the rest of that batch is still being written when Cancel aborts its transaction.
    await cancelAt('Cancelled mid-batch', 20_000);
  }, 300_000);
});
