import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../harness/browser';
import { FIXTURE_DIR, fixturePage } from '../harness/demo-pages';
import type { BenchResult } from './run';
import { median, ms } from './stats';

const RUNS = 200;

/** The extractor bundled as the content script bundles it, exposed to the page for timing. */
async function extractorBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { extractorFor } from './lib/extract';
        globalThis.__icpExtract = (href) => { const url = new URL(href); return extractorFor(url)?.extract(document, url); };`,
      resolveDir: resolve(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Median time of one extraction per fixture page, in Chromium, after a warm-up. */
export async function benchExtractionInChromium(): Promise<BenchResult[]> {
  const script = await extractorBundle();
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const medians: { file: string; median: number }[] = [];
  try {
    const page = await browser.newPage();
    for (const file of files) {
      let fixture: ReturnType<typeof fixturePage>;
      try {
        fixture = fixturePage(file);
      } catch {
        continue; // a fixture without a canonical URL cannot be served at its real address
      }
      await page.route('**/*', (route) =>
        route.request().url() === fixture.url
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture.html })
          : route.abort(),
      );
      await page.goto(fixture.url);
      await page.addScriptTag({ content: script });
      const times = await page.evaluate(
        ({ href, runs }) => {
          const extract = (globalThis as unknown as { __icpExtract: (h: string) => unknown })
            .__icpExtract;
          for (let i = 0; i < 20; i++) extract(href);
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            extract(href);
            out.push(performance.now() - t0);
          }
          return out;
        },
        { href: fixture.url, runs: RUNS },
      );
      medians.push({ file, median: median(times) });
      await page.unroute('**/*');
    }
  } finally {
    await browser.close();
  }
  const worst = medians.reduce(
    (a, b) => (b.median > a.median ? b : a),
    medians[0] ?? { file: '-', median: 0 },
  );
  return [
    ...medians.map((m) => ({ name: `extract ${m.file} (median of ${RUNS})`, value: ms(m.median) })),
    { name: 'extraction, slowest fixture median', value: ms(worst.median), budget: '≤ 5 ms' },
  ];
}
