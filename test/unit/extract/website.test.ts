import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { website, websiteExtraction } from '@/lib/extract/website';
import type { CompanyFacts, Extraction } from '@/lib/facts';
import { extractionSchema } from '@/lib/facts-schema';
import { normalizeExtraction } from '@/lib/normalize';
import { type LongText, SITE_FIXTURES } from '../../fixtures/sites';

const DIR = resolve(import.meta.dirname, '../../fixtures/sites');
/** Facts another extractor (technology detection) adds. */
const NOT_OURS = new Set(['technologies', 'detections']);

function load(file: string): Document {
  return parseHTML(readFileSync(join(DIR, file), 'utf8')).document as unknown as Document;
}

function page(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const isLongText = (v: unknown): v is LongText =>
  typeof v === 'object' && v !== null && 'startsWith' in v && 'length' in v;

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(SITE_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
  const doc = load(fixture.file);
  const url = new URL(fixture.url);
  const extraction = website.extract(doc, url);

  it('is a URL the extractor claims', () => {
    expect(website.matches(url)).toBe(true);
  });

  it('reads every expected fact, with its value and source, and no other', () => {
    const ours = Object.keys(extraction.facts).filter((k) => !NOT_OURS.has(k));
    expect(ours.sort()).toEqual(Object.keys(fixture.facts).sort());
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
    expect(extraction.url).toBe(url.href);
    expect(extraction.extractor).toBe('website');
    expect(extraction.lang).toBe(fixture.lang);
  });

  it('gives evidence a user can read: short, visible text, no markup run', () => {
    for (const [name, fact] of Object.entries(extraction.facts)) {
      expect(fact.evidence.length, name).toBeGreaterThan(0);
      expect(fact.evidence.length, name).toBeLessThanOrEqual(300);
      expect(fact.evidence, name).not.toMatch(
        /[\u200b\u202a-\u202e\ufeff]|alert\('|document\.write|javascript:/,
      );
    }
  });

  it('keeps only http(s) URLs and capped strings', () => {
    const values = strings(Object.values(extraction.facts).map((f) => f.value));
    for (const s of values) {
      expect(s.length).toBeLessThanOrEqual(20_000);
      expect(s).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    const urls = [
      extraction.facts.website?.value,
      extraction.facts.hiring?.value.careersUrl,
      ...(extraction.facts.socialProfiles?.value.map((p) => p.url) ?? []),
    ].filter((u): u is string => Boolean(u));
    for (const u of urls) expect(new URL(u).protocol).toMatch(/^https?:$/);
  });

  it('passes the schema the background worker parses it with', () => {
    const parsed = extractionSchema.safeParse(extraction);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('is idempotent: the same page gives the same extraction, and leaves the page as it was', () => {
    const before = doc.documentElement.outerHTML.length;
    expect(website.extract(doc, url)).toEqual(extraction);
    expect(websiteExtraction(load(fixture.file), url)).toEqual(extraction);
    expect(doc.documentElement.outerHTML.length).toBe(before);
  });

  it('normalizes to a registrable domain and a place, idempotently', () => {
    const normalized = normalizeExtraction(extraction);
    const expected = fixture.normalized ?? {};
    if (expected.domain) expect(normalized.facts.domain?.value).toBe(expected.domain);
    if (expected.headquarters) {
      const { raw: _raw, ...place } = normalized.facts.headquarters?.value ?? { raw: '' };
      expect(place).toMatchObject(expected.headquarters);
    }
    expect(normalizeExtraction(normalized)).toEqual(normalized);
    expect(extractionSchema.safeParse(normalized).success).toBe(true);
  });

  it('lists a technology set for the detector, without duplicates', () => {
    expect(new Set(fixture.technologies).size).toBe(fixture.technologies.length);
  });
});

describe('entity resolution: whose LinkedIn page is it', () => {
  const find = (file: string) => SITE_FIXTURES.find((f) => f.file === file)!;
  const run = (file: string): Extraction => websiteExtraction(load(file), new URL(find(file).url));

  it("keeps the site's own slug from the footer when testimonials, logos and posts link to other companies", () => {
    const x = run('en-testimonials-loomtide.html');
    expect(x.facts.linkedinSlug?.value).toBe('loomtide');
    const all = JSON.stringify(x.facts);
    for (const other of [
      'northwind-freight',
      'ledgerline',
      'harborline',
      'medivista',
      'project44',
      'dokafor',
    ])
      expect(all).not.toContain(other);
  });

  it("leaves out a client's LinkedIn page quoted in a case study", () => {
    const x = run('de-agency-nordwind-studio.html');
    expect(JSON.stringify(x.facts)).not.toContain('hanseatic-logistik');
  });

  it('does not take a slug from scripts, templates, noscript, javascript: links or over-long URLs', () => {
    const x = run('hostile-megacorp.html');
    expect(x.facts.linkedinSlug?.value).toBe('megacorp-global');
    const all = JSON.stringify(x.facts);
    for (const trap of [
      'script-trap',
      'template-trap',
      'noscript-trap',
      'js-trap',
      'trap.com',
      'xxxxx',
      'google.com',
    ])
      expect(all).not.toContain(trap);
  });

  it('takes the footer slug when several company pages appear outside quotes', () => {
    const doc = page(`
      <header><a href="https://www.linkedin.com/company/header-co/">Header Co</a></header>
      <main><p>We partner with <a href="https://www.linkedin.com/company/partner-co">Partner Co</a></p></main>
      <footer><a href="https://www.linkedin.com/company/own-co" aria-label="LinkedIn">in</a></footer>`);
    const x = websiteExtraction(doc, new URL('https://own-co.com/'));
    expect(x.facts.linkedinSlug).toMatchObject({ value: 'own-co', source: 'site-links' });
  });

  it('prefers a link labelled LinkedIn when there is no footer', () => {
    const doc = page(`
      <main><p><a href="https://www.linkedin.com/company/partner-co">Partner Co</a></p>
      <a href="https://www.linkedin.com/company/own-co" title="Follow us on LinkedIn"><svg></svg></a></main>`);
    expect(websiteExtraction(doc, new URL('https://own-co.com/')).facts.linkedinSlug?.value).toBe(
      'own-co',
    );
  });

  it('reads no company slug from personal profiles, share buttons or LinkedIn job posts', () => {
    const doc = page(`<footer>
      <a href="https://www.linkedin.com/in/jane-doe">Jane</a>
      <a href="https://www.linkedin.com/shareArticle?url=https://own-co.com">Share</a>
      <a href="https://www.linkedin.com/jobs/view/123">Job</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a>
      <a href="https://twitter.com/intent/tweet?text=x">Tweet</a></footer>`);
    const x = websiteExtraction(doc, new URL('https://own-co.com/'));
    expect(x.facts.linkedinSlug).toBeUndefined();
    expect(x.facts.socialProfiles).toBeUndefined();
  });
});

describe('website pieces on small pages', () => {
  const at = (body: string, head = '', url = 'https://acme-robotics.com/') =>
    websiteExtraction(page(body, head), new URL(url));

  it('joins a street line with the city line after it', () => {
    const x = at('<footer><p>Acme Robotics<br>500 W 2nd Street<br>Austin, TX 78701</p></footer>');
    expect(x.facts.headquarters).toMatchObject({
      value: { raw: '500 W 2nd Street, Austin, TX 78701' },
      source: 'site-text',
    });
  });

  it('reads a labelled address on the line after its label, and prefers <address>', () => {
    const x = at(
      '<div class="contact"><h4>地址：</h4><p>上海市浦东新区张江路88号</p></div><address>123 Nguyễn Huệ, Quận 1, Hồ Chí Minh, Việt Nam</address>',
    );
    expect(x.facts.headquarters?.value.raw).toBe('123 Nguyễn Huệ, Quận 1, Hồ Chí Minh, Việt Nam');
    const y = at('<div class="contact"><h4>地址：</h4><p>上海市浦东新区张江路88号</p></div>');
    expect(y.facts.headquarters?.value.raw).toBe('上海市浦东新区张江路88号');
  });

  it('does not read an address from body copy outside contact blocks', () => {
    const x = at('<main><p>Our customers in Austin, TX 78701 love us.</p></main>');
    expect(x.facts.headquarters).toBeUndefined();
  });

  it('reads phones with a country code (also Persian digits), not fax numbers or bare numbers', () => {
    const x = at(
      '<footer><p>Tel: +۹۸ ۲۱ ۱۲۳۴ ۵۶۷۸ · Fax: +98 21 1234 9999 · MST: 0109876543</p><p>Phone +49 (0)30 1234567</p></footer>',
    );
    expect(x.facts.contacts?.value.phones).toEqual(['+98 21 1234 5678', '+49 (0)30 1234567']);
  });

  it('reads e-mails from mailto: links (address only) and contact text, never from scripts', () => {
    const x = at(
      '<footer><a href="mailto:Sales@Acme-Robotics.com?subject=Hi">Write us</a> or jobs@acme-robotics.com<script>var e="leak@acme-robotics.com"</script></footer>',
    );
    expect(x.facts.contacts?.value.emails).toEqual([
      'Sales@Acme-Robotics.com',
      'jobs@acme-robotics.com',
    ]);
  });

  it('takes the parent site as the website of a page on its subdomain, but never another domain', () => {
    const org = (url: string) =>
      `<script type="application/ld+json">{"@type":"Organization","name":"Acme","url":"${url}"}</script>`;
    const sub = at('', org('https://www.acme-robotics.com/'), 'https://shop.acme-robotics.com/p/1');
    expect(sub.facts.website).toMatchObject({
      value: 'https://www.acme-robotics.com',
      source: 'json-ld',
    });
    const other = at('', org('https://www.google.com/'), 'https://shop.acme-robotics.com/p/1');
    expect(other.facts.website).toMatchObject({
      value: 'https://shop.acme-robotics.com',
      source: 'url',
    });
  });

  it('uses the title when there is no structured name, skipping "Home"', () => {
    const x = websiteExtraction(
      parseHTML('<html><head><title>Home | Acme Robotics</title></head><body></body></html>')
        .document as unknown as Document,
      new URL('https://acme-robotics.com/'),
    );
    expect(x.facts.name).toMatchObject({ value: 'Acme Robotics', source: 'meta' });
    expect(x.lang).toBeUndefined();
  });

  it('finds the ATS in an iframe and counts roles in Chinese and Vietnamese', () => {
    const x = at(
      '<main><h2>Chúng tôi đang tuyển 5 vị trí</h2><iframe src="https://acme.jobs.personio.de/embed"></iframe></main>',
    );
    expect(x.facts.hiring).toMatchObject({
      value: { ats: 'Personio', openRoles: 5 },
      source: 'site-text',
    });
    expect(at('<p>我们有12个职位</p>').facts.hiring?.value.openRoles).toBe(12);
    expect(at("<p>We're hiring for 8 roles</p>").facts.hiring?.value.openRoles).toBe(8);
    expect(at('<p>Trusted by 8 roles of people</p>').facts.hiring).toBeUndefined();
  });

  it('counts job cards only on a careers page', () => {
    const cards = '<div class="job-card">A</div><div class="job-card">B</div>';
    expect(at(cards, '', 'https://acme-robotics.com/careers').facts.hiring?.value.openRoles).toBe(
      2,
    );
    expect(at(cards).facts.hiring).toBeUndefined();
  });

  it('reads business models: products with offers, marketplaces, and SaaS only with pricing and a login', () => {
    const product =
      '<script type="application/ld+json">{"@type":"Product","name":"Robot arm","offers":{"@type":"Offer","price":"999"}}</script>';
    expect(at('', product).facts.businessModel).toMatchObject({
      value: ['ecommerce'],
      source: 'json-ld',
    });
    expect(at('<nav><a href="/sell">Become a seller</a></nav>').facts.businessModel?.value).toEqual(
      ['marketplace'],
    );
    expect(at('<nav><a href="/pricing">Pricing</a></nav>').facts.businessModel).toBeUndefined();
    expect(
      at('<nav><a href="/pricing">Pricing</a><a href="/login">Sign in</a></nav>').facts
        .businessModel?.value,
    ).toEqual(['saas']);
  });
});

describe('matches', () => {
  it('claims company websites over http and https', () => {
    for (const url of [
      ...website.fixtures,
      'http://acme-robotics.com/about',
      'https://shop.acme.co.uk/',
    ])
      expect(website.matches(new URL(url)), url).toBe(true);
  });

  it('rejects LinkedIn, browser-internal, extension, file and blank pages', () => {
    for (const url of [
      'https://www.linkedin.com/company/acme/',
      'https://linkedin.com/feed/',
      'https://de.linkedin.com/company/acme',
      'http://www.linkedin.com/company/acme/',
      'https://www.linkedin.com./company/acme/',
      'chrome://extensions/',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
      'moz-extension://1234-5678/popup.html',
      'edge://settings/',
      'about:blank',
      'file:///home/me/page.html',
      'data:text/html,<p>hi</p>',
      'javascript:alert(1)',
      'http://localhost:3000/',
    ])
      expect(website.matches(new URL(url)), url).toBe(false);
  });
});

describe('the 360 KB hostile page', () => {
  it('is read to an extraction that passes the schema (its time is in npm run bench)', () => {
    const doc = load('hostile-megacorp.html');
    const result = websiteExtraction(doc, new URL('https://www.megacorp-global.biz/'));
    expect(extractionSchema.safeParse(result).success).toBe(true);
  });
});
