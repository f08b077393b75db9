/**
 * Company websites by kind of real-world page (issue 10): every `.html` under
 * `test/fixtures/sites/kinds/` opens with an `<!--icp-lens-expect {…} -->` comment saying where
 * the page was saved from, what kind it exercises and what must be read. A new page is a new
 * file: this test finds it by convention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzePage } from '@/lib/extract/analyze-page';
import { website } from '@/lib/extract/website';
import { analyzeWebsite } from '@/lib/extract/website-analysis';
import type { CompanyFacts } from '@/lib/facts';
import { extractionSchema } from '@/lib/facts-schema';

const DIR = resolve(import.meta.dirname, '../../fixtures/sites/kinds');

const expectation = z
  .object({
    url: z.string().url(),
    kind: z.string().min(10),
    facts: z.record(z.string(), z.tuple([z.unknown(), z.string()])),
    absent: z.array(z.string()).optional(),
    evidence: z.record(z.string(), z.string()).optional(),
  })
  .strict();

function load(file: string) {
  const html = readFileSync(join(DIR, file), 'utf8');
  const block = /^<!--icp-lens-expect\s*([\s\S]*?)-->/.exec(html)?.[1];
  if (!block) throw new Error(`${file}: start the file with <!--icp-lens-expect {…} -->`);
  const expected = expectation.parse(JSON.parse(block));
  return { expected, doc: parseHTML(html).document as unknown as Document };
}

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.html'));

it('finds the kinds fixtures', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(10);
});

describe.each(FILES)('%s', (file) => {
  const { expected, doc } = load(file);
  const url = new URL(expected.url);
  const extraction = analyzePage(doc, url);

  it('is read by the website extractor and passes the schema', () => {
    expect(website.matches(url)).toBe(true);
    expect(extraction?.extractor).toBe('website');
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
  });

  it(`reads what the page says (${expected.kind.slice(0, 60)}…)`, () => {
    for (const [name, [value, source]] of Object.entries(expected.facts)) {
      const fact = extraction?.facts[name as keyof CompanyFacts];
      expect(fact?.value, name).toEqual(value);
      expect(fact?.source, `${name}.source`).toBe(source);
    }
    for (const name of expected.absent ?? [])
      expect(
        extraction?.facts[name as keyof CompanyFacts],
        `${name} must be absent`,
      ).toBeUndefined();
    for (const [name, start] of Object.entries(expected.evidence ?? {}))
      expect(extraction?.facts[name as keyof CompanyFacts]?.evidence, `${name}.evidence`).toContain(
        start,
      );
  });
});

describe('analyzeWebsite (the automatic-analysis script)', () => {
  it('reads a company site exactly as the click analyzer does', () => {
    const { expected, doc } = load(FILES[0] as string);
    const url = new URL(expected.url);
    expect(analyzeWebsite(doc, url)).toEqual(analyzePage(doc, url));
  });

  it('reads nothing on LinkedIn, which it carries no code for', () => {
    const { doc } = load(FILES[0] as string);
    expect(analyzeWebsite(doc, new URL('https://www.linkedin.com/company/acme/'))).toBeUndefined();
  });
});
