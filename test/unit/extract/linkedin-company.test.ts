import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '@/lib/extract';
import type { CompanyFacts, Extraction } from '@/lib/facts';
import { extractionSchema } from '@/lib/facts-schema';
import { sampleIcp } from '@/lib/icp/sample';
import { normalizeExtraction } from '@/lib/normalize';
import { scoreCompany } from '@/lib/scoring/score';
import { LINKEDIN_FIXTURES, type LongText } from '../../fixtures/linkedin';
import { loadPage } from './fixture-pages';

const isLongText = (v: unknown): v is LongText =>
  typeof v === 'object' && v !== null && 'startsWith' in v && 'length' in v;

function extractFixture(file: string, url: string): Extraction {
  const fixture = LINKEDIN_FIXTURES.find((f) => f.file === file);
  return EXTRACTORS[fixture?.extractor ?? 'linkedin-company'].extract(loadPage(file), new URL(url));
}

describe.each(LINKEDIN_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
  const extraction = extractFixture(fixture.file, fixture.url);

  it('reads every expected fact, with its value and source, and no other', () => {
    expect(Object.keys(extraction.facts).sort()).toEqual(Object.keys(fixture.facts).sort());
    for (const [name, [value, source]] of Object.entries(fixture.facts)) {
      const fact = extraction.facts[name as keyof CompanyFacts];
      expect(fact?.source, `${name}.source`).toBe(source);
      if (isLongText(value)) {
        expect(String(fact?.value).startsWith(value.startsWith), `${name} starts with`).toBe(true);
        expect(String(fact?.value).length, `${name}.length`).toBe(value.length);
      } else {
        expect(fact?.value, name).toEqual(value);
      }
    }
  });

  it('reports the fields it did not find, its url, id and UI language', () => {
    expect(extraction.missing).toEqual(fixture.missing);
    expect(extraction.url).toBe(new URL(fixture.url).href);
    expect(extraction.extractor).toBe(fixture.extractor);
    expect(extraction.lang).toBe(fixture.lang);
  });

  it('gives evidence a user can read: short, visible text, no markup run', () => {
    for (const [name, fact] of Object.entries(extraction.facts)) {
      expect(fact.evidence.length, name).toBeGreaterThan(0);
      expect(fact.evidence.length, name).toBeLessThanOrEqual(300);
      expect(fact.evidence, name).not.toMatch(
        /[\u200b\u202a-\u202e\ufeff]|alert\('|document\.write/,
      );
    }
  });

  it('passes the schema the background worker parses it with', () => {
    const parsed = extractionSchema.safeParse(extraction);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('normalizes places, industries, company types, domains and funding, idempotently', () => {
    const normalized = normalizeExtraction(extraction);
    const { facts } = normalized;
    const expected = fixture.normalized ?? {};
    if (expected.industry) expect(facts.industry?.value).toBe(expected.industry);
    if (expected.companyType) expect(facts.companyType?.value).toBe(expected.companyType);
    if (expected.domain) expect(facts.domain?.value).toBe(expected.domain);
    if (expected.funding) expect(facts.funding?.value).toEqual(expected.funding);
    if (expected.headquarters) {
      const { raw, ...place } = facts.headquarters?.value ?? { raw: '' };
      expect(place).toEqual(expected.headquarters);
      expect(raw).toBe(extraction.facts.headquarters?.value.raw);
    }
    for (const [name, fact] of Object.entries(facts)) {
      const before = extraction.facts[name as keyof CompanyFacts];
      expect(fact.source, name).toBe(before?.source ?? extraction.facts.website?.source);
      expect(fact.evidence, name).toBe(before?.evidence ?? extraction.facts.website?.evidence);
    }
    expect(normalizeExtraction(normalized)).toEqual(normalized);
    expect(extractionSchema.safeParse(normalized).success).toBe(true);
  });

  it('changes nothing in the page and reads the same twice', () => {
    const doc = loadPage(fixture.file);
    const before = doc.documentElement.outerHTML;
    const url = new URL(fixture.url);
    const first = EXTRACTORS[fixture.extractor].extract(doc, url);
    expect(EXTRACTORS[fixture.extractor].extract(doc, url)).toEqual(first);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('demo companies', () => {
  it('has the four demo pages the extension ships, each served at its canonical URL', () => {
    const demos = LINKEDIN_FIXTURES.filter((f) => f.demo);
    expect(demos.map((d) => d.demo).sort()).toEqual([
      'bad-fit',
      'best-fit',
      'excluded-industry',
      'mostly-unknown',
    ]);
    for (const demo of demos) {
      expect(demo.file).toMatch(/^demo-.*\.html$/);
      const canonical = loadPage(demo.file)
        .querySelector('link[rel="canonical"]')
        ?.getAttribute('href');
      expect(canonical, demo.file).toBe(demo.url);
    }
  });

  it('the best fit is a US security company of 1,001-5,000; the bad fit a small Vietnamese bakery', () => {
    const read = (demo: string) => {
      const f = LINKEDIN_FIXTURES.find((x) => x.demo === demo);
      if (!f) throw new Error(`no ${demo} demo`);
      return normalizeExtraction(extractFixture(f.file, f.url)).facts;
    };
    const best = read('best-fit');
    expect(best.headquarters?.value.country).toBe('US');
    expect(best.employees?.value).toEqual({ min: 1001, max: 5000 });
    expect(best.industry?.value).toBe('Computer and Network Security');
    const bad = read('bad-fit');
    expect(bad.headquarters?.value.country).toBe('VN');
    expect(bad.employees?.value).toEqual({ min: 51, max: 200 });
    expect(read('excluded-industry').industry?.value).toBe('Staffing and Recruiting');
    expect(Object.keys(read('mostly-unknown')).length).toBeLessThanOrEqual(5);
  });

  it('shows the four kinds of fit with the sample ICP: best, bad, disqualified, mostly unknown', () => {
    const score = (demo: string) => {
      const f = LINKEDIN_FIXTURES.find((x) => x.demo === demo);
      if (!f) throw new Error(`no ${demo} demo`);
      return scoreCompany(sampleIcp, normalizeExtraction(extractFixture(f.file, f.url)).facts);
    };
    expect(score('best-fit').tier).toBe('Best fit');
    expect(score('bad-fit').tier).toBe('Bad fit');
    const excluded = score('excluded-industry');
    expect(excluded.tier).toBe('Disqualified');
    expect(excluded.disqualifiedBy?.field).toBe('industry');
    expect(score('mostly-unknown').confidence).toBeLessThan(0.5);
  });
});
