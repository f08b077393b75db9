import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { compileFingerprints, detectTechnologies } from '@/lib/extract/technologies/detect';
import fingerprintFile from '@/lib/extract/technologies/fingerprints.json';
import { websiteExtraction } from '@/lib/extract/website';
import type { BenchResult } from './run';
import { median, ms } from './stats';

const SITES = resolve(import.meta.dirname, '../fixtures/sites');

const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

function timed(run: () => unknown, times = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/**
 * Hostile pages in Node (linkedom), median of 5 runs each: the technology detector on 10,000
 * scripts plus a 3.4 MB inline script, and on 10,000 matching scripts among 5,000 elements; the
 * website extractor on the 360 KB hostile fixture. The unit tests check these finish with the
 * right answer; the times live here so a loaded machine cannot fail the suite.
 */
export async function benchHostileInputs(): Promise<BenchResult[]> {
  const compiled = compileFingerprints(fingerprintFile);
  const manyScripts = doc(
    Array.from({ length: 10_000 }, (_, i) => `<script src="/s${i}.js"></script>`).join('') +
      `<script>${'var a = "hubspot";'.repeat(200_000)}</script>`,
  );
  const matching = doc(
    Array.from(
      { length: 10_000 },
      (_, i) => `<script src="/wp-content/themes/t/js/part-${i}.js"></script>`,
    ).join(''),
    '<div class="card"><span>x</span></div>'.repeat(5_000),
  );
  const hostile = parseHTML(readFileSync(resolve(SITES, 'hostile-megacorp.html'), 'utf8'))
    .document as unknown as Document;
  return [
    {
      name: 'technologies, 10,000 scripts + 3.4 MB inline script',
      value: ms(timed(() => detectTechnologies(manyScripts, compiled))),
      budget: '5,000 ms',
    },
    {
      name: 'technologies, 10,000 matching scripts + 5,000 elements',
      value: ms(timed(() => detectTechnologies(matching, compiled))),
      budget: '5,000 ms',
    },
    {
      name: 'website extraction, 360 KB hostile page',
      value: ms(
        timed(() => websiteExtraction(hostile, new URL('https://www.megacorp-global.biz/'))),
      ),
      budget: '500 ms',
    },
  ];
}
