import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildTabView, handleCompanyPageSeen } from '@/entrypoints/background/handlers';
import { seedSampleIcp } from '@/lib/db/icps';
import { getDb } from '@/lib/db/schema';
import {
  createReportInterpreter,
  extractionFromLinkedInPage,
  interpretLinkedInPage,
  linkedInPageSchema,
  linkedinCompany,
} from '@/lib/extract/linkedin-company';
import { collectLinkedInPage } from '@/lib/extract/linkedin-company/collect';
import type { LinkedInPage } from '@/lib/extract/linkedin-company/page';
import { sampleIcp } from '@/lib/icp/sample';
import { LINKEDIN_FIXTURES } from '../../fixtures/linkedin';
import { loadPage, pageOf } from './fixture-pages';

/** What crosses `runtime.sendMessage`: JSON-serialisable data only. */
const overTheWire = (page: LinkedInPage): unknown => JSON.parse(JSON.stringify(page));

describe.each(LINKEDIN_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
  it('is collected by the content script and interpreted by the background as the CLI reads it', () => {
    const url = new URL(fixture.url);
    const page = collectLinkedInPage(loadPage(fixture.file), url);
    const parsed = linkedInPageSchema.safeParse(overTheWire(page));
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(extractionFromLinkedInPage(overTheWire(page))).toEqual(
      linkedinCompany.extract(loadPage(fixture.file), url),
    );
  });
});

describe('the collected structure', () => {
  const url = new URL('https://www.linkedin.com/company/acme/about/');

  it('is the page in its own words: labels and values as shown, no field names', () => {
    const page = collectLinkedInPage(
      pageOf(
        '<main><section><h1>Acme</h1></section><section><h2>Übersicht</h2><dl><dt>Unternehmensgröße</dt><dd>51–200 Beschäftigte</dd></dl></section></main>',
      ),
      url,
    );
    expect(page.rows[0]).toMatchObject({
      label: 'Unternehmensgröße',
      values: ['51–200 Beschäftigte'],
    });
    expect(page.sections[1]?.heading).toBe('Übersicht');
    expect(JSON.stringify(page)).not.toMatch(/"(size|employees|industry)"/);
  });

  it('is rejected at the boundary when a page tries to make it big or malformed', () => {
    const page = collectLinkedInPage(pageOf('<main><h1>Acme</h1></main>'), url);
    const tooMany = {
      ...page,
      links: Array.from({ length: 151 }, () => ({ text: 'x', href: '/' })),
    };
    expect(linkedInPageSchema.safeParse(tooMany).success).toBe(false);
    expect(extractionFromLinkedInPage(tooMany)).toBeUndefined();
    expect(extractionFromLinkedInPage({ ...page, title: 'x'.repeat(501) })).toBeUndefined();
    expect(extractionFromLinkedInPage('<html>')).toBeUndefined();
    expect(
      extractionFromLinkedInPage({ ...page, url: 'https://www.linkedin.com/feed/' }),
    ).toBeUndefined();
  });

  it('turns a LinkedIn page report into the extraction report the handlers take, once per change', () => {
    const interpret = createReportInterpreter();
    const sentinel = overTheWire(
      collectLinkedInPage(loadPage('about-en-sentinel-forge.html'), url),
    );
    const seen = { kind: 'linkedinPageSeen', page: sentinel };
    const report = interpret(seen, 1);
    expect(report?.kind).toBe('companyPageSeen');
    expect(report?.extraction).toEqual(extractionFromLinkedInPage(sentinel));
    // The same facts again (LinkedIn re-rendered something): nothing new to store.
    expect(interpret(seen, 1)).toBeUndefined();
    // Sent again because the popup found the tab stuck "loading": handled even though it repeats.
    expect(interpret({ ...seen, again: true }, 1)?.kind).toBe('companyPageSeen');
    expect(interpret(seen, 1)).toBeUndefined();
    // Another tab, or the same tab after leaving the company: handled again.
    expect(interpret(seen, 2)?.kind).toBe('companyPageSeen');
    const left = { kind: 'companyPageLeft', url: url.href, loading: false };
    expect(interpret(left, 1)).toBe(left);
    expect(interpret(seen, 1)?.kind).toBe('companyPageSeen');
    expect(interpret(seen, 1)).toBeUndefined();
    // The tab loaded a new document (a reload, back from another site): handled again.
    interpret.forget(1);
    expect(interpret(seen, 1)?.kind).toBe('companyPageSeen');
    expect(interpret(undefined, 1)).toBeUndefined();
    // A malformed structure still reaches the handler, which drops it.
    expect(interpret({ kind: 'linkedinPageSeen', page: 5 }, 1)).toEqual({
      kind: 'companyPageSeen',
      extraction: undefined,
    });
  });
});

describe('the page URL decides the company', () => {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Acme | LinkedIn</title>
    <link rel="canonical" href="https://www.linkedin.com/company/acme/">
    <script type="application/ld+json">{"@type":"Organization","name":"Acme Inc.","description":"Acme makes anvils."}</script>
    </head><body><main><section><h1>Acme</h1><p class="tagline">Anvils</p><div>Machinery Manufacturing</div></section></main></body></html>`;

  it('reads the head when the canonical link names the same company', () => {
    const e = linkedinCompany.extract(
      pageOf(html),
      new URL('https://www.linkedin.com/company/ACME/about/'),
    );
    expect(e.facts.name).toMatchObject({ value: 'Acme Inc.', source: 'json-ld' });
    expect(e.facts.linkedinSlug).toMatchObject({ value: 'acme', source: 'canonical' });
  });

  it('ignores a head that names another company', () => {
    const e = linkedinCompany.extract(
      pageOf(html),
      new URL('https://www.linkedin.com/company/zenith/'),
    );
    expect(e.facts.name).toMatchObject({ value: 'Acme', source: 'linkedin-top-card' });
    expect(e.facts.description).toBeUndefined();
    expect(e.facts.linkedinSlug).toMatchObject({ value: 'zenith', source: 'url' });
  });

  it('takes the slug from the canonical link when the URL has only a number', () => {
    const e = linkedinCompany.extract(
      pageOf(html),
      new URL('https://www.linkedin.com/company/1337/'),
    );
    expect(e.facts.linkedinSlug).toMatchObject({ value: 'acme', source: 'canonical' });
    expect(e.facts.name?.source).toBe('json-ld');
  });

  it('is pure: the same structure gives the same extraction', () => {
    const page = collectLinkedInPage(
      pageOf(html),
      new URL('https://www.linkedin.com/company/acme/'),
    );
    expect(interpretLinkedInPage(page)).toEqual(interpretLinkedInPage(structuredClone(page)));
  });
});

describe('background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = (name: string) => name;
    const db = getDb();
    await Promise.all(db.tables.map((t) => t.clear()));
    await seedSampleIcp(sampleIcp, db);
  });

  it('stores and scores a company from the structure a content script sent', async () => {
    const url = new URL('https://www.linkedin.com/company/sentinel-forge/about/');
    const page = overTheWire(collectLinkedInPage(loadPage('about-en-sentinel-forge.html'), url));
    await handleCompanyPageSeen(extractionFromLinkedInPage(page), 3);
    const view = await buildTabView(3);
    expect(view.kind).toBe('ready');
    if (view.kind !== 'ready') return;
    expect(view.company.name).toBe('Sentinel Forge');
    expect(view.company.facts.headquarters?.value.country).toBe('US');
    expect(view.scores[0]?.result.tier).toBeDefined();
  });

  it('stores nothing for a malformed structure', async () => {
    await handleCompanyPageSeen(extractionFromLinkedInPage({ url: 'https://x.test/', rows: 5 }), 4);
    expect(await getDb().observations.count()).toBe(0);
  });
});

describe('counters', () => {
  const read = (links: string) =>
    linkedinCompany.extract(
      pageOf(
        `<main><section><h1>Geotab Fleet</h1><div>Software Development</div></section>${links}</main>`,
      ),
      new URL('https://www.linkedin.com/company/geotab-fleet/'),
    ).facts;

  it('counts the people link of a company whose slug holds "geo"', () => {
    expect(
      read('<a href="/company/geotab-fleet/people/">See all 812 employees</a>').linkedinMembers
        ?.value,
    ).toBe(812);
  });

  it('does not count people by place or LinkedIn-wide job searches', () => {
    const facts = read(
      '<a href="/company/geotab-fleet/people/?facetGeoRegion=103644278">212 employees work in Toronto</a>' +
        '<a href="https://www.linkedin.com/jobs/search/?keywords=Fleet%20Manager">1,234 open jobs</a>',
    );
    expect(facts.linkedinMembers).toBeUndefined();
    expect(facts.hiring).toBeUndefined();
  });

  it("counts the company's jobs, on its own tab or as a search filtered by the company", () => {
    expect(read('<a href="/company/geotab-fleet/jobs/">See all 9 jobs</a>').hiring?.value).toEqual({
      openRoles: 9,
    });
    expect(read('<a href="/jobs/search/?f_C=1234">See all 14 jobs</a>').hiring?.value).toEqual({
      openRoles: 14,
    });
  });
});

describe('the feed', () => {
  it('is not collected: a post that loads later changes nothing the content script sends', () => {
    const url = new URL('https://www.linkedin.com/company/kestrel-ledger/');
    const doc = loadPage('home-en-kestrel-ledger.html');
    const before = JSON.stringify(collectLinkedInPage(doc, url));
    const feed = doc.querySelector('.org-updates-section');
    const post = feed?.querySelector('[role="article"]')?.cloneNode(true) as Element;
    post
      .querySelector('.feed-shared-update-v2__description')
      ?.append(' See all 12 jobs, 40 employees.');
    feed?.append(post);
    expect(JSON.stringify(collectLinkedInPage(doc, url))).toBe(before);
  });
});
