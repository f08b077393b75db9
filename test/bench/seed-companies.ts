import type { Page } from 'playwright-core';
import { BUCKETS_JS } from '../harness/buckets';

/**
 * Stores `count` companies with a score and its listing (`lib/records.ts`; listings in buckets,
 * see test/harness/buckets.ts) straight into the extension's IndexedDB, as the worker would have stored them over months. `page` is any extension page (`icpsUrl`: the
 * dashboard's ICP list, opened until the worker has installed the sample ICP).
 */
export async function seedCompanies(page: Page, icpsUrl: string, count: number): Promise<void> {
  // The worker installs the sample ICP at first start; wait until the dashboard lists it.
  for (let i = 0; i < 20; i++) {
    await page.goto(icpsUrl);
    if (await page.waitForSelector('.icp', { timeout: 1000 }).catch(() => null)) break;
  }
  // Seed straight into IndexedDB, as the worker would have stored them over months.
  await page.evaluate(`(async () => {
    const count = ${count};
    ${BUCKETS_JS}
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('icp-lens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const icps = await new Promise((resolve) => {
      const r = db.transaction('icps').objectStore('icps').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    const icpId = icps[0]?.id ?? '';
    const companies = [];
    const tiers = ['Best fit', 'Good fit', 'Possible fit', 'Bad fit', 'Disqualified'];
    const listings = [];
    for (let i = 0; i < count; i++) {
      const id = 'li:company-' + i;
      const name = 'Company ' + i;
      companies.push({
        id,
        name,
        linkedinSlug: 'company-' + i,
        keys: [id],
        facts: { name: { value: name, source: 'json-ld', evidence: name } },
        url: 'https://www.linkedin.com/company/company-' + i + '/',
        firstSeen: i,
        lastSeen: i,
      });
      const tierIndex = i % tiers.length;
      const tier = tiers[tierIndex];
      const tierKind = tier === 'Bad fit' ? 'bad' : tier === 'Disqualified' ? 'disqualified' : 'tier';
      listings.push({
        icpId,
        companyId: id,
        tier,
        tierKind,
        score: i % 101,
        confidence: 0.8,
        name,
        linkedinSlug: 'company-' + i,
        ...(tierKind === 'tier' && { tierIndex }),
        tierKey: tierKind === 'tier' ? 'tier:' + tierIndex : tierKind,
        rank: tierKind === 'bad' ? 1000 : tierKind === 'disqualified' ? 1001 : tierIndex,
        sources: ['linkedin-company'],
        firstSeen: i,
        lastSeen: i,
        updatedAt: i,
      });
    }
    await putCompanies(db, companies);
    await putBuckets(db, 'listingBuckets', icpId, listings);
    db.close();
  })()`);
}
