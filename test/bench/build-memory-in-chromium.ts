/**
 * "Build from customers" in the built extension (Debian's Chromium, `.output/chrome-mv3`: run
 * `npx wxt build` first): the customers worker's JS heap while a user reads a 50,000-, 100,000-
 * and 200,000-row export, proposes from the top 20 by ARR and back-tests against the deal stage.
 * The heap is read over CDP from the worker's own target (`HeapProfiler.collectGarbage`, then
 * `Runtime.getHeapUsage`), every 250 ms: the peak, and what the worker holds at the end.
 * Run alone: `npx tsx -e "import('./test/bench/build-memory-in-chromium.ts').then(m=>m.benchBuildMemoryInChromium()).then(r=>console.log(r))"`.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension } from '../harness/browser';
import { customersFile } from './import-memory';
import type { BenchResult } from './run';

/** The dedicated worker of the page, reached through the page's CDP session (auto-attach). */
async function workerHeap(cdp: CDPSession) {
  let session: string | undefined;
  let next = 1;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') session = event.sessionId;
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id === undefined) return;
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const ask = (target: string, method: string) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId: target,
        message: JSON.stringify({ id, method }),
      });
    });
  return {
    forget() {
      session = undefined;
    },
    /** The worker's used JS heap after a full GC, in bytes; 0 before the worker exists. */
    async used(): Promise<number> {
      const target = session;
      if (!target) return 0;
      await ask(target, 'HeapProfiler.collectGarbage');
      const usage = (await ask(target, 'Runtime.getHeapUsage')) as { usedSize?: number };
      return usage?.usedSize ?? 0;
    },
  };
}

/** The customers worker's heap at 50k/100k/200k rows: peak and at the end. */
export async function benchBuildMemoryInChromium(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const ext = await launchWithExtension(new Map());
  try {
    const page = await ext.context.newPage();
    const heap = await workerHeap(await ext.context.newCDPSession(page));
    for (const rows of [50_000, 100_000, 200_000]) {
      const file = join(tmpdir(), `icp-lens-build-chromium-${rows}.csv`);
      writeFileSync(file, customersFile(rows));
      try {
        heap.forget();
        await page.goto(`chrome-extension://${ext.extensionId}/options.html#build`);
        await page.waitForSelector('[data-page]');
        let peak = 0;
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            peak = Math.max(peak, await heap.used());
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        })();
        await page.setInputFiles('[data-input="customers"]', file);
        await page.waitForSelector('[data-read]', { timeout: 300_000 });
        await page.selectOption('[data-input="best-column"]', 'Annual Recurring Revenue');
        await page.click('[data-action="propose"]');
        await page.waitForSelector('[data-proposal]', { timeout: 300_000 });
        await page.selectOption('[data-proposal] select', 'Deal Stage');
        await page.waitForSelector('[data-win-rates]', { timeout: 300_000 });
        sampling = false;
        await sampler;
        const count = rows.toLocaleString('en');
        results.push(
          {
            name: `"build from customers" worker heap in Chromium, ${count} rows (peak)`,
            value: `${(peak / 1e6).toFixed(1)} MB`,
            budget: 'flat',
          },
          {
            name: `"build from customers" worker heap in Chromium, ${count} rows (at the end)`,
            value: `${((await heap.used()) / 1e6).toFixed(1)} MB`,
          },
        );
      } finally {
        rmSync(file, { force: true });
      }
    }
  } finally {
    await ext.close();
  }
  return results;
}
