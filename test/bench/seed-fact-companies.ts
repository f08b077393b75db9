import type { Page } from 'playwright-core';
import type { CompanyFacts } from '../../lib/facts';
import { BUCKETS_JS } from '../harness/buckets';

const CHUNK = 10_000;

/**
 * Stores one company per entry of `facts` straight into the extension's IndexedDB (ids
 * `li:seeded-<i>`, names from `facts.name` or "Seeded company <i>"), as months of browsing and
 * imports would have left them, in transactions of 10,000. `page` is an extension page opened
 * after the background worker created the database (e.g. the dashboard's ICP list showing the
 * sample ICP). Resolves when every company is committed.
 */
export async function seedFactCompanies(page: Page, facts: readonly CompanyFacts[]): Promise<void> {
  for (let from = 0; from < facts.length; from += CHUNK) {
    const rows = facts.slice(from, from + CHUNK).map((f, k) => {
      const i = from + k;
      const name = f.name?.value ?? `Seeded company ${i}`;
      const id = `li:seeded-${i}`;
      return {
        id,
        name,
        linkedinSlug: `seeded-${i}`,
        keys: [id],
        facts: { ...f, name: { value: name, source: 'csv', evidence: name } },
        url: `https://www.linkedin.com/company/seeded-${i}/`,
        firstSeen: i,
        lastSeen: i,
        sources: ['account-file'],
      };
    });
    // One JSON string: Playwright serialises a plain string far faster than nested objects.
    await page.evaluate(`(async () => {
      ${BUCKETS_JS}
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await putCompanies(db, JSON.parse(${JSON.stringify(JSON.stringify(rows))}));
      db.close();
    })()`);
  }
}

/** The id of the first stored ICP (the sample ICP the worker installs at first start). */
export function firstIcpId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('icp-lens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const icps = await new Promise<{ id: string }[]>((resolve) => {
      const r = db.transaction('icps').objectStore('icps').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return icps[0]?.id ?? '';
  });
}
