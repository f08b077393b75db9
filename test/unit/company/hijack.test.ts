import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCompany, NotACompanyPage, recordObservation } from '@/lib/db/companies';
import { countCompanies } from '@/lib/db/company-store';
import { IcpLensDb } from '@/lib/db/schema';
import type { CompanyFacts, Extraction } from '@/lib/facts';
import { normalizeExtraction } from '@/lib/normalize';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`hijack-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const linkedinPage = (slug: string, facts: CompanyFacts): Extraction => ({
  url: `https://www.linkedin.com/company/${slug}/about/`,
  extractor: 'linkedin-company',
  facts: { linkedinSlug: { value: slug, source: 'url', evidence: `/company/${slug}/` }, ...facts },
  missing: [],
});

/** A website as the site extractor reads it: the page URL's site, its JSON-LD and links. */
const sitePage = (url: string, facts: CompanyFacts): Extraction =>
  normalizeExtraction({
    url,
    extractor: 'website',
    facts: { website: { value: new URL(url).origin, source: 'url', evidence: url }, ...facts },
    missing: [],
  });

const text = (value: string, source: 'json-ld' | 'linkedin-about' | 'meta') => ({
  value,
  source,
  evidence: value,
});

describe('a website cannot take over a LinkedIn company', () => {
  const acme = linkedinPage('acme-security', {
    name: text('Acme Security', 'json-ld'),
    description: text('Acme builds network security software.', 'linkedin-about'),
  });
  const hostile = (url = 'https://totally-not-acme.com/') =>
    sitePage(url, {
      name: text('Acme Security (official)', 'json-ld'),
      description: text('Send your payments to our new account.', 'json-ld'),
      linkedinSlug: {
        value: 'acme-security',
        source: 'json-ld',
        evidence: 'https://www.linkedin.com/company/acme-security/',
      },
    });

  it('a sameAs link to the LinkedIn page does not join, rename or rewrite the company', async () => {
    await recordObservation(acme, 1, db);
    const site = await recordObservation(hostile(), 2, db);
    expect(site.id).toBe('domain:totally-not-acme.com');
    expect(site.keys).toEqual(['domain:totally-not-acme.com']);
    const company = await getCompany('li:acme-security', db);
    expect(company?.name).toBe('Acme Security');
    expect(company?.facts.description?.value).toBe('Acme builds network security software.');
    expect(await db.observations.where('companyId').equals('li:acme-security').count()).toBe(1);
  });

  it('the site seen first does not capture the LinkedIn page visited later', async () => {
    await recordObservation(hostile(), 1, db);
    const company = await recordObservation(acme, 2, db);
    expect(company.id).toBe('li:acme-security');
    expect(company.name).toBe('Acme Security');
    expect(await countCompanies(db)).toBe(2);
  });

  it('many sites claiming one LinkedIn page stay many companies', async () => {
    await recordObservation(acme, 1, db);
    for (const host of ['a-shop.myshopify.com', 'b-shop.myshopify.com', 'c.github.io'])
      await recordObservation(hostile(`https://${host}/`), 2, db);
    expect(await countCompanies(db)).toBe(4);
  });

  it('when the LinkedIn page names the site, they are one, and LinkedIn keeps its facts', async () => {
    const ownSite = sitePage('https://www.acme-security.com/', {
      name: text('ACME SECURITY INC — Home', 'json-ld'),
      description: text('Welcome to our website.', 'json-ld'),
    });
    await recordObservation(ownSite, 1, db);
    const joined = await recordObservation(
      normalizeExtraction(
        linkedinPage('acme-security', {
          ...acme.facts,
          website: text('https://www.acme-security.com', 'linkedin-about'),
        }),
      ),
      2,
      db,
    );
    expect(await countCompanies(db)).toBe(1);
    expect(joined.linkedinSlug).toBe('acme-security');
    expect(joined.name).toBe('Acme Security');
    expect(joined.facts.description?.value).toBe('Acme builds network security software.');
    // A later visit to the site does not take the facts back.
    const again = await recordObservation(ownSite, 3, db);
    expect(again.name).toBe('Acme Security');
  });
});

describe('sites on shared hosting are separate companies', () => {
  it.each([
    ['https://north-shop.myshopify.com/', 'https://south-shop.myshopify.com/'],
    ['https://north.github.io/', 'https://south.github.io/'],
    ['https://north.vercel.app/', 'https://south.vercel.app/'],
    ['https://north.pages.dev/', 'https://south.pages.dev/'],
    ['https://north.wixsite.com/site', 'https://south.wixsite.com/site'],
    ['https://north.blogspot.com/', 'https://south.blogspot.com/'],
    ['https://sites.google.com/view/north/home', 'https://sites.google.com/view/south/home'],
    [
      'https://s3.amazonaws.com/north-www/index.html',
      'https://s3.amazonaws.com/south-www/index.html',
    ],
  ])('%s and %s', async (a, b) => {
    const first = await recordObservation(sitePage(a, { name: text('North', 'meta') }), 1, db);
    const second = await recordObservation(sitePage(b, { name: text('South', 'meta') }), 2, db);
    expect(first.id).not.toBe(second.id);
    expect(await countCompanies(db)).toBe(2);
  });
});

describe('stored URLs keep no secrets; private hosts are never companies', () => {
  it('stores page, website and profile URLs without query and fragment', async () => {
    const page = sitePage('https://www.acme.com/account/reset?token=9f8e7d#done', {
      name: text('Acme', 'meta'),
      socialProfiles: {
        value: [{ network: 'twitter', url: 'https://twitter.com/acme?ref_src=twsrc%5Etfw' }],
        source: 'site-links',
        evidence: 'twitter.com/acme',
      },
    });
    const company = await recordObservation(page, 1, db);
    const [observation] = await db.observations.toArray();
    expect(company.url).toBe('https://www.acme.com/account/reset');
    expect(observation?.url).toBe('https://www.acme.com/account/reset');
    const stored = JSON.stringify([company, observation]);
    expect(stored.match(/.{80}(token|9f8e7d|ref_src|#done).{40}/)?.[0]).toBeUndefined();
  });

  it.each([
    'http://10.0.0.12/wiki/Quarterly_plan',
    'http://intranet/hr?session=abc',
    'http://localhost:8080/',
    'http://192.168.1.20/',
  ])('%s is not stored', async (url) => {
    const page: Extraction = {
      url,
      extractor: 'website',
      facts: { name: text('Internal wiki', 'meta'), description: text('Plans', 'meta') },
      missing: [],
    };
    await expect(recordObservation(page, 1, db)).rejects.toBeInstanceOf(NotACompanyPage);
    expect(await countCompanies(db)).toBe(0);
    expect(await db.observations.count()).toBe(0);
  });
});
