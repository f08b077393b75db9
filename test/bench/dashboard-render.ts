import { launchWithExtension } from '../harness/browser';
import type { BenchResult } from './run';
import { ms } from './stats';

const COMPANIES = 50_000;

/**
 * The dashboard's companies page with 50,000 companies stored: time from opening the page to the
 * first rows on screen, how many rows are in the DOM (virtualised), and a scroll to the end.
 */
export async function benchDashboardRender(): Promise<BenchResult[]> {
  const ext = await launchWithExtension(new Map());
  try {
    const page = await ext.context.newPage();
    const url = `chrome-extension://${ext.extensionId}/options.html`;
    // The worker installs the sample ICP at first start; wait until the dashboard lists it.
    for (let i = 0; i < 20; i++) {
      await page.goto(`${url}#icps`);
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
    }, COMPANIES);
    const started = Date.now();
    await page.goto(`${url}#companies`);
    await page.waitForSelector('[data-company-row]', { timeout: 60_000 });
    const firstRender = Date.now() - started;
    await page.waitForFunction(
      () => /^Showing/.test(document.body.innerText.match(/Showing[^\n]*/)?.[0] ?? ''),
      undefined,
      { timeout: 60_000 },
    );
    const allLoaded = Date.now() - started;
    const inDom = await page.locator('[data-company-row]').count();
    const scroll = await page.evaluate(async () => {
      const box = document.querySelector('.companies-scroll') as HTMLElement;
      const t0 = performance.now();
      box.scrollTop = box.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    });
    return [
      {
        name: `dashboard companies page, first rows with ${COMPANIES.toLocaleString('en')} stored`,
        value: ms(firstRender),
      },
      { name: '  every company loaded, sortable', value: ms(allLoaded) },
      { name: '  rows in the DOM (virtualised)', value: String(inDom) },
      { name: '  scroll to the end, two frames', value: ms(scroll) },
    ];
  } finally {
    await ext.close();
  }
}
