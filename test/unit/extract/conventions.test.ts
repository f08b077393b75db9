import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, extractorFor } from '@/lib/extract';
import { LINKEDIN_FIXTURES } from '../../fixtures/linkedin';
import { SITE_FIXTURES } from '../../fixtures/sites';

/** Every saved page, with the extractor that must read it. */
const SAVED_PAGES: readonly { url: string; extractor: string }[] = [
  ...LINKEDIN_FIXTURES,
  ...SITE_FIXTURES.map((f) => ({ url: f.url, extractor: 'website' })),
];

/** Pages no extractor may claim: LinkedIn pages that are not companies, the browser's own. */
const NO_EXTRACTOR = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/some-person/',
  'https://www.linkedin.com/school/some-university/', // schools have their own page type
  'https://www.linkedin.com/company/setup/new/',
  'https://www.linkedin.com/company/',
  'https://www.linkedin.com/jobs/view/1234567890/',
  'https://www.linkedin.com/search/results/companies/?keywords=acme',
  'https://www.linkedin.com/',
  'http://www.linkedin.com/company/acme/',
  'chrome://extensions/',
  'chrome-extension://abcdefghijklmnop/popup.html',
  'about:blank',
  'file:///home/user/page.html',
];

/** Look-alike hosts: company websites as far as we know, never LinkedIn company pages. */
const LOOK_ALIKES = [
  'https://linkedin.com.evil.test/company/acme/',
  'https://evil.test/www.linkedin.com/company/acme/',
  'https://www.linkedin.company.test/company/acme/',
  'https://www.example.com/company/acme/',
];

const entries = Object.entries(EXTRACTORS);

describe.each(entries)('extractor %s', (id, extractor) => {
  it('is registered under its own id and lives in lib/extract/<id>.ts or <id>/index.ts', () => {
    expect(extractor.id, `EXTRACTORS['${id}'] holds the extractor "${extractor.id}"`).toBe(id);
    const base = resolve(import.meta.dirname, `../../../lib/extract/${id}`);
    expect(
      existsSync(`${base}.ts`) || existsSync(`${base}/index.ts`),
      `move the extractor to lib/extract/${id}.ts`,
    ).toBe(true);
  });

  it('has example URLs and saved pages', () => {
    expect(extractor.fixtures.length, `add example URLs to ${id}.fixtures`).toBeGreaterThan(0);
    const pages = SAVED_PAGES.filter((f) => f.extractor === id);
    expect(
      pages.length,
      `save a page under test/fixtures/ and list it in its index.ts with extractor "${id}"`,
    ).toBeGreaterThan(0);
  });

  it('matches its own example URLs and saved pages', () => {
    const urls = [
      ...extractor.fixtures,
      ...SAVED_PAGES.filter((f) => f.extractor === id).map((f) => f.url),
    ];
    for (const url of urls) {
      expect(
        extractor.matches(new URL(url)),
        `${id} does not match its own example ${url}: fix matches() in lib/extract/${id}.ts, or the example`,
      ).toBe(true);
    }
  });

  it("rejects pages that are not its kind, and every other extractor's examples", () => {
    const others = entries.filter(([other]) => other !== id).flatMap(([, e]) => e.fixtures);
    const theirs = SAVED_PAGES.filter((f) => f.extractor !== id).map((f) => f.url);
    for (const url of [...NO_EXTRACTOR, ...others, ...theirs]) {
      expect(
        extractor.matches(new URL(url)),
        `${id} claims ${url}, which is not its page: tighten matches() in lib/extract/${id}.ts`,
      ).toBe(false);
    }
  });
});

describe('extractorFor', () => {
  it('finds the extractor for each saved page and none for other pages', () => {
    for (const page of SAVED_PAGES)
      expect(extractorFor(new URL(page.url))?.id, page.url).toBe(page.extractor);
    for (const url of NO_EXTRACTOR) expect(extractorFor(new URL(url)), url).toBeUndefined();
    for (const url of LOOK_ALIKES) expect(extractorFor(new URL(url))?.id, url).toBe('website');
  });
});

describe('saved pages are found by convention', () => {
  const dir = resolve(import.meta.dirname, '../../fixtures/linkedin');
  const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));

  it('every LinkedIn page in test/fixtures/linkedin has its expectations', () => {
    const known = new Set(LINKEDIN_FIXTURES.map((f) => f.file));
    for (const page of pages)
      expect(
        known.has(page),
        `add ${page.replace(/\.html$/, '.expected.json')} beside ${page} (url, facts, missing)`,
      ).toBe(true);
  });

  it('every expectation has its page, and no page is listed twice', () => {
    for (const f of LINKEDIN_FIXTURES) expect(pages, f.file).toContain(f.file);
    const files = LINKEDIN_FIXTURES.map((f) => f.file);
    expect(new Set(files).size).toBe(files.length);
  });
});
