/**
 * Every technology of the fingerprint file is proved by at least one fixture line: markup as real
 * pages carry it (`test/fixtures/sites/technologies/<family>.txt`, one `Name | markup` per line,
 * optionally `|| also: Other, Names` for technologies the same markup rightly shows). The line
 * must show that technology and nothing else but what it implies. New families are new files:
 * this test finds them by convention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileFingerprints, detectTechnologies } from '@/lib/extract/technologies/detect';
import fingerprintFile from '@/lib/extract/technologies/fingerprints.json';

const DIR = resolve(import.meta.dirname, '../../fixtures/sites/technologies');
const compiled = compileFingerprints(fingerprintFile);
const byName = new Map(fingerprintFile.technologies.map((t) => [t.name, t]));

interface Line {
  file: string;
  name: string;
  markup: string;
  also: string[];
}

const LINES: Line[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((file) =>
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => {
        const [main = '', also = ''] = l.split(' || also: ');
        const cut = main.indexOf(' | ');
        return {
          file,
          name: main.slice(0, cut).trim(),
          markup: main.slice(cut + 3),
          also: also ? also.split(',').map((s) => s.trim()) : [],
        };
      }),
  );

/** A technology and everything it implies, transitively. */
function withImplied(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const implied of byName.get(name)?.implies ?? []) withImplied(implied, seen);
  return seen;
}

describe('technology fixture lines', () => {
  it('prove at least 300 technologies, every one of the file', () => {
    const proved = new Set(LINES.map((l) => l.name));
    const missing = fingerprintFile.technologies.map((t) => t.name).filter((n) => !proved.has(n));
    expect(missing, 'add a "Name | markup" line to test/fixtures/sites/technologies/').toEqual([]);
    expect(proved.size).toBeGreaterThanOrEqual(300);
    const unknown = [...proved].filter((n) => !byName.has(n));
    expect(unknown, 'a fixture line names a technology the file lacks').toEqual([]);
  });

  it.each(LINES.map((l) => [`${l.file}: ${l.name}`, l] as const))('%s', (_, line) => {
    const doc = parseHTML(`<!doctype html><html><head></head><body>${line.markup}</body></html>`)
      .document as unknown as Document;
    const found = detectTechnologies(doc, compiled);
    const names = found.map((d) => d.name);
    expect(names, `${line.name} not seen in its fixture line`).toContain(line.name);
    const allowed = withImplied(line.name);
    for (const also of line.also) for (const n of withImplied(also)) allowed.add(n);
    expect(
      names.filter((n) => !allowed.has(n)),
      'other technologies seen: tighten their patterns or list them after "|| also:"',
    ).toEqual([]);
    const own = found.find((d) => d.name === line.name);
    expect(own?.evidence).not.toMatch(/[a-f0-9]{12,}/i);
  });
});

describe('technologies fact of a website', () => {
  it('sums the detections up as "Name: sign" lines a seller reads (the popup adds " — website code")', async () => {
    const { analyzePage } = await import('@/lib/extract/analyze-page');
    const doc = parseHTML(
      '<!doctype html><html><head><script src="https://js.hs-scripts.com/4123456.js"></script>' +
        '<script src="/_next/static/chunks/pages/_app-4f3a9c1be2d7a8b1.js"></script></head>' +
        '<body><footer>Acme Analytics · +1 512 555 0100</footer></body></html>',
    ).document as unknown as Document;
    const facts = analyzePage(doc, new URL('https://www.acme-analytics.com/'))?.facts;
    expect(facts?.technologies?.evidence).toBe(
      "HubSpot: script from js.hs-scripts.com; Next.js: the site's script /_next/static/; React: implied by Next.js",
    );
    expect(facts?.detections?.value[0]?.sign).toEqual({
      kind: 'script',
      host: 'js.hs-scripts.com',
    });
  });
});
