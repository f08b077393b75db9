import { launchWithExtension } from '../harness/browser';
import type { BenchResult } from './run';
import { seedCompanies } from './seed-companies';
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
    await seedCompanies(page, `${url}#icps`, COMPANIES);
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
