import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeCompany } from '@/lib/company/merge';
import { keysOf, resolveCompany } from '@/lib/company/resolve';
import { getCompany, recordObservation } from '@/lib/db/companies';
import { companiesWithKeys, countCompanies, storedCompany } from '@/lib/db/company-store';
import { IcpLensDb, reviewDateAfter } from '@/lib/db/schema';
import type { CompanyFacts, Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { storedListing } from '../../harness/listings';

const linkedin = (
  slug: string,
  domain: string | undefined,
  facts: CompanyFacts = {},
): Extraction => ({
  url: `https://www.linkedin.com/company/${slug}/about/`,
  extractor: 'linkedin-company',
  facts: {
    name: { value: 'Acme Security', source: 'json-ld', evidence: 'Acme Security' },
    linkedinSlug: { value: slug, source: 'url', evidence: `/company/${slug}/` },
    ...(domain && {
      website: { value: `https://www.${domain}`, source: 'linkedin-about', evidence: domain },
      domain: { value: domain, source: 'linkedin-about', evidence: domain },
    }),
    ...facts,
  },
  missing: [],
});

const site = (domain: string, slug: string | undefined, facts: CompanyFacts = {}): Extraction => ({
  url: `https://www.${domain}/`,
  extractor: 'website',
  facts: {
    name: { value: 'Acme', source: 'meta', evidence: 'Acme' },
    domain: { value: domain, source: 'url', evidence: `https://www.${domain}/` },
    ...(slug && {
      linkedinSlug: {
        value: slug,
        source: 'site-links',
        evidence: `linkedin.com/company/${slug}`,
      },
    }),
    ...facts,
  },
  missing: [],
});

const employees = (min: number, max: number | undefined, source: 'linkedin-about' | 'json-ld') => ({
  employees: {
    value: { min, ...(max !== undefined && { max }) },
    source,
    evidence: `${min}-${max ?? ''}`,
  },
});

describe('resolveCompany', () => {
  it('joins by slug, by domain, and both at once', () => {
    const known = [
      { id: 'li:acme', linkedinSlug: 'acme', domain: 'acme.io' },
      { id: 'domain:beta.com', domain: 'beta.com' },
    ];
    expect(resolveCompany({ linkedinSlug: 'acme' }, 'u', known)).toEqual({
      id: 'li:acme',
      absorb: [],
    });
    expect(resolveCompany({ domain: 'acme.io' }, 'u', known).id).toBe('li:acme');
    // A LinkedIn page for beta (slug new) whose website is beta.com joins the site seen first.
    expect(resolveCompany({ linkedinSlug: 'beta', domain: 'beta.com' }, 'u', known)).toEqual({
      id: 'domain:beta.com',
      absorb: [],
    });
    expect(resolveCompany({ domain: 'new.dev' }, 'https://new.dev/', known).id).toBe(
      'domain:new.dev',
    );
  });

  it('never joins two different LinkedIn pages or two different domains', () => {
    const known = [{ id: 'li:vendor', linkedinSlug: 'vendor', domain: 'vendor.com' }];
    // A reseller's site that links to its vendor's LinkedIn page stays its own company, under an
    // id that is not the vendor's.
    expect(resolveCompany({ domain: 'reseller.vn', linkedinSlug: 'vendor' }, 'u', known)).toEqual({
      id: 'domain:reseller.vn',
      absorb: [],
    });
    // A LinkedIn page whose website is the vendor's domain, under another slug: not the vendor.
    expect(resolveCompany({ linkedinSlug: 'other', domain: 'vendor.com' }, 'u', known).id).toBe(
      'li:other',
    );
  });

  it('absorbs a website-only company when its LinkedIn page links the two', () => {
    const known = [
      { id: 'li:acme', linkedinSlug: 'acme' },
      { id: 'domain:acme.io', domain: 'acme.io' },
    ];
    expect(resolveCompany({ linkedinSlug: 'acme', domain: 'acme.io' }, 'u', known)).toEqual({
      id: 'li:acme',
      absorb: ['domain:acme.io'],
    });
  });

  it('normalizes keys: decoded lower-case slugs, domains without www', () => {
    expect(
      keysOf({
        linkedinSlug: { value: 'Acme%20Inc', source: 'url', evidence: '' },
        domain: { value: 'WWW.Acme.co.uk', source: 'url', evidence: '' },
      }),
    ).toEqual({ linkedinSlug: 'acme inc', domain: 'acme.co.uk' });
  });
});

describe('mergeCompany', () => {
  it('trusts LinkedIn over the website on size, and tells the other value', () => {
    const { facts, disagreements } = mergeCompany([
      {
        facts: site('acme.io', 'acme', employees(50, 100, 'json-ld')).facts,
        at: 2,
        extractor: 'website',
      },
      {
        facts: linkedin('acme', 'acme.io', employees(1001, 5000, 'linkedin-about')).facts,
        at: 1,
        extractor: 'linkedin-company',
      },
    ]);
    expect(facts.employees?.value).toEqual({ min: 1001, max: 5000 });
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]).toMatchObject({ field: 'employees', extractor: 'website' });
    expect(disagreements[0]?.fact.value).toEqual({ min: 50, max: 100 });
  });

  it('an exact count inside the band is no disagreement', () => {
    const { disagreements } = mergeCompany([
      {
        facts: linkedin('acme', 'acme.io', employees(1001, 5000, 'linkedin-about')).facts,
        at: 1,
        extractor: 'linkedin-company',
      },
      {
        facts: site('acme.io', 'acme', employees(1200, 1200, 'json-ld')).facts,
        at: 2,
        extractor: 'website',
      },
    ]);
    expect(disagreements).toEqual([]);
  });
});

describe('one company from LinkedIn and its website, in either order (IndexedDB)', () => {
  let db: IcpLensDb;
  let n = 0;
  beforeEach(async () => {
    db = new IcpLensDb(`resolve-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('LinkedIn first, then the website', async () => {
    await recordObservation(
      linkedin('acme', 'acme.io', employees(1001, 5000, 'linkedin-about')),
      1,
      db,
    );
    const company = await recordObservation(site('acme.io', undefined), 2, db);
    expect(company.id).toBe('li:acme');
    expect(await countCompanies(db)).toBe(1);
    expect(await db.observations.where('companyId').equals('li:acme').count()).toBe(2);
    expect(company.facts.employees?.value).toEqual({ min: 1001, max: 5000 });
  });

  it('the website first, then LinkedIn: one record, every observation kept, first seen kept', async () => {
    await recordObservation(site('acme.io', undefined), 1, db);
    const company = await recordObservation(linkedin('acme', 'acme.io'), 5, db);
    expect(company.id).toBe('domain:acme.io');
    expect(company.linkedinSlug).toBe('acme');
    expect(company.keys.sort()).toEqual(['domain:acme.io', 'li:acme']);
    expect(company.firstSeen).toBe(1);
    expect(await countCompanies(db)).toBe(1);
    expect(await db.observations.count()).toBe(2);
  });

  it('joins two records once the LinkedIn page names the site (a site linking LinkedIn does not)', async () => {
    await recordObservation(linkedin('acme', undefined), 1, db);
    await recordObservation(site('acme.io', undefined), 2, db);
    expect(await countCompanies(db)).toBe(2);
    // The site's own link to the LinkedIn page is a claim any site could make: kept apart.
    const claimed = await recordObservation(site('acme.io', 'acme'), 3, db);
    expect(claimed.id).toBe('domain:acme.io');
    expect(await countCompanies(db)).toBe(2);
    // The LinkedIn page names the site's domain: now they are one.
    const joined = await recordObservation(linkedin('acme', 'acme.io'), 4, db);
    expect(joined.id).toBe('li:acme');
    expect(await countCompanies(db)).toBe(1);
    expect(await db.observations.where('companyId').equals('li:acme').count()).toBe(4);
  });

  it('keeps conflicting employee counts, shows LinkedIn, mentions the site', async () => {
    const seen = await recordObservation(
      site('acme.io', 'acme', employees(11, 50, 'json-ld')),
      1,
      db,
    );
    await recordObservation(
      linkedin('acme', 'acme.io', employees(201, 500, 'linkedin-about')),
      2,
      db,
    );
    expect(await countCompanies(db)).toBe(1);
    const company = await getCompany(seen.id, db);
    expect(company?.facts.employees?.value).toEqual({ min: 201, max: 500 });
    expect(company?.disagreements?.[0]?.fact.value).toEqual({ min: 11, max: 50 });
  });

  it('a site quoting another company (its LinkedIn page in a testimonial) is not merged into it', async () => {
    await recordObservation(linkedin('vendor', 'vendor.com'), 1, db);
    const reseller = await recordObservation(site('reseller.vn', 'vendor'), 2, db);
    expect(reseller.id).not.toBe('li:vendor');
    expect(await countCompanies(db)).toBe(2);
    expect(await db.observations.where('companyId').equals('li:vendor').count()).toBe(1);
  });
});

describe('schema upgrade v1 → latest', () => {
  it('keeps every v1 company, observation, score and ICP, and indexes companies by key', async () => {
    const name = 'upgrade-test';
    const v1 = new Dexie(name);
    v1.version(1).stores({
      icps: '&id, icp.name',
      companies: '&id, name, linkedinSlug, domain, lastSeen',
      observations: '++id, companyId, at',
      scores: '[icpId+companyId], icpId, companyId, tier, score',
      settings: '&key',
    });
    const facts = linkedin('acme', 'acme.io').facts;
    await v1.table('companies').put({
      id: 'li:acme',
      name: 'Acme Security',
      linkedinSlug: 'acme',
      domain: 'acme.io',
      facts,
      url: 'https://www.linkedin.com/company/acme/',
      firstSeen: 1,
      lastSeen: 2,
    });
    await v1
      .table('observations')
      .add({ companyId: 'li:acme', url: 'u', extractor: 'linkedin-company', at: 1, facts });
    await v1.table('scores').put({
      icpId: 'i',
      companyId: 'li:acme',
      tier: 'Best fit',
      tierKind: 'tier',
      score: 90,
      confidence: 1,
      at: 2,
    });
    await v1.table('settings').put({ key: 'activeIcpId', value: 'i' });
    await v1
      .table('icps')
      .put({ id: 'i', icp: sampleIcp, builtIn: true, createdAt: 1, updatedAt: 1 });
    v1.close();

    const db = new IcpLensDb(name);
    await db.open();
    expect(db.verno).toBe(11);
    const company = await storedCompany(db, 'li:acme');
    expect(company).toMatchObject({ name: 'Acme Security', firstSeen: 1, lastSeen: 2 });
    expect(company?.keys.sort()).toEqual(['domain:acme.io', 'li:acme']);
    expect(await companiesWithKeys(db, ['domain:acme.io'])).toHaveLength(1);
    expect(await db.observations.count()).toBe(1);
    expect(await db.settings.get('activeIcpId')).toEqual({ key: 'activeIcpId', value: 'i' });
    // v3: the ICP keeps its content, gains its first version and a review date 6 months on.
    const icp = await db.icps.get('i');
    expect(icp?.icp).toEqual(sampleIcp);
    expect(icp?.reviewBy).toBe(reviewDateAfter(1));
    expect(await db.icpVersions.where('icpId').equals('i').count()).toBe(1);
    // v7: the score has its compact listing, with the tier's position in the ICP.
    expect(await storedListing(db, 'i', 'li:acme')).toMatchObject({
      name: 'Acme Security',
      domain: 'acme.io',
      tier: 'Best fit',
      tierIndex: 0,
      tierKey: 'tier:0',
      score: 90,
      firstSeen: 1,
      lastSeen: 2,
    });
    // The next page of the same company lands on the upgraded record.
    await recordObservation(site('acme.io', undefined), 3, db);
    expect(await countCompanies(db)).toBe(1);
    await db.delete();
  });
});
