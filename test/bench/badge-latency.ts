import { launchWithExtension, tabIdOf, waitForBadge } from '../harness/browser';
import { demoPages, routesFor } from '../harness/demo-pages';
import type { BenchResult } from './run';
import { seedCompanies } from './seed-companies';
import { median, ms } from './stats';

const ROUNDS = 5;
const STORED = 100_000;

/** The badge path on a fresh profile and with 100,000 companies already stored. */
export async function benchBadgeLatency(): Promise<BenchResult[]> {
  return [...(await badgeLatency(0)), ...(await badgeLatency(STORED))];
}

/**
 * Time from the page's DOMContentLoaded to the tier badge being set, for every demo page, with
 * `stored` companies in the database first. The service worker's `action.setBadgeText` is
 * wrapped to note when a tier (not "…") is set.
 */
async function badgeLatency(stored: number): Promise<BenchResult[]> {
  const pages = demoPages();
  const ext = await launchWithExtension(routesFor(pages));
  const latencies: number[] = [];
  try {
    if (stored > 0) {
      const page = await ext.context.newPage();
      await seedCompanies(page, `chrome-extension://${ext.extensionId}/options.html#icps`, stored);
      await page.close();
    }
    await ext.worker.evaluate(() => {
      const g = globalThis as unknown as { __badgeSetAt: Record<number, number> };
      g.__badgeSetAt = {};
      const original = chrome.action.setBadgeText.bind(chrome.action);
      chrome.action.setBadgeText = ((details: chrome.action.BadgeTextDetails) => {
        if (details.tabId !== undefined && details.text && details.text !== '…') {
          g.__badgeSetAt[details.tabId] = Date.now();
        }
        return original(details);
      }) as typeof chrome.action.setBadgeText;
    });
    for (let round = 0; round < ROUNDS; round++) {
      for (const demo of pages) {
        const page = await ext.context.newPage();
        await page.goto(demo.url);
        const tabId = await tabIdOf(ext, page);
        await waitForBadge(ext, tabId, (t) => t !== '' && t !== '…');
        const dcl = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return performance.timeOrigin + nav.domContentLoadedEventStart;
        });
        const setAt = await ext.worker.evaluate(
          (id) =>
            (globalThis as unknown as { __badgeSetAt: Record<number, number> }).__badgeSetAt[id],
          tabId,
        );
        if (setAt !== undefined) latencies.push(setAt - dcl);
        await page.close();
      }
    }
  } finally {
    await ext.close();
  }
  const stock = stored > 0 ? `, ${stored.toLocaleString('en')} companies stored` : '';
  return [
    {
      name: `DOMContentLoaded → badge set${stock}, median of ${latencies.length}`,
      value: ms(median(latencies)),
      budget: '≤ 100 ms',
    },
    { name: `DOMContentLoaded → badge set${stock}, worst`, value: ms(Math.max(...latencies)) },
  ];
}
