import type { Page } from 'playwright-core';

/**
 * Stores `count` companies with a score each straight into the extension's IndexedDB, as the
 * worker would have stored them over months. `page` is any extension page (`icpsUrl`: the
 * dashboard's ICP list, opened until the worker has installed the sample ICP).
 */
export async function seedCompanies(page: Page, icpsUrl: string, count: number): Promise<void> {
  // The worker installs the sample ICP at first start; wait until the dashboard lists it.
  for (let i = 0; i < 20; i++) {
    await page.goto(icpsUrl);
    if (await page.waitForSelector('.icp', { timeout: 1000 }).catch(() => null)) break;
  }
  // Seed straight into IndexedDB, as the worker would have stored them over months.
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('icp-lens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const icps = await new Promise<{ id: string }[]>((resolve) => {
      const r = db.transaction('icps').objectStore('icps').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    const icpId = icps[0]?.id ?? '';
    const tx = db.transaction(['companies', 'scores'], 'readwrite');
    const tiers = ['Best fit', 'Good fit', 'Possible fit', 'Bad fit', 'Disqualified'];
    for (let i = 0; i < count; i++) {
      const id = `li:company-${i}`;
      const name = `Company ${i}`;
      tx.objectStore('companies').put({
        id,
        name,
        linkedinSlug: `company-${i}`,
        keys: [id],
        facts: { name: { value: name, source: 'json-ld', evidence: name } },
        url: `https://www.linkedin.com/company/company-${i}/`,
        firstSeen: i,
        lastSeen: i,
      });
      const tier = tiers[i % tiers.length] as string;
      tx.objectStore('scores').put({
        icpId,
        companyId: id,
        tier,
        tierKind: tier === 'Bad fit' ? 'bad' : tier === 'Disqualified' ? 'disqualified' : 'tier',
        score: i % 101,
        confidence: 0.8,
        at: i,
      });
    }
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  }, count);
}
