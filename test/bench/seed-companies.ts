import type { Page } from 'playwright-core';

/**
 * Stores `count` companies with a score and its listing (Dexie v7, `lib/records.ts`) each straight
 * into the extension's IndexedDB, as the worker would have stored them over months. `page` is any extension page (`icpsUrl`: the
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
    const tx = db.transaction(['companies', 'listings'], 'readwrite');
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
      const tierIndex = i % tiers.length;
      const tier = tiers[tierIndex] as string;
      const tierKind =
        tier === 'Bad fit' ? 'bad' : tier === 'Disqualified' ? 'disqualified' : 'tier';
      const score = {
        icpId,
        companyId: id,
        tier,
        tierKind,
        score: i % 101,
        confidence: 0.8,
        at: i,
      };
      tx.objectStore('listings').put({
        icpId,
        companyId: id,
        tier,
        tierKind,
        score: score.score,
        confidence: score.confidence,
        name,
        linkedinSlug: `company-${i}`,
        ...(tierKind === 'tier' && { tierIndex }),
        tierKey: tierKind === 'tier' ? `tier:${tierIndex}` : tierKind,
        rank: tierKind === 'bad' ? 1000 : tierKind === 'disqualified' ? 1001 : tierIndex,
        sources: ['linkedin-company'],
        firstSeen: i,
        lastSeen: i,
        updatedAt: i,
      });
    }
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  }, count);
}
