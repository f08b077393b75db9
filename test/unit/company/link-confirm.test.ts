import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  claimedSlug,
  type LinkCandidate,
  linkClaim,
  USER_LINK_EXTRACTOR,
} from '@/lib/company/link';
import { exportDatabase, restoreDatabase } from '@/lib/db/backup';
import { getCompany, recordObservation } from '@/lib/db/companies';
import { countCompanies } from '@/lib/db/company-store';
import { saveCorrection } from '@/lib/db/corrections';
import { confirmLink, dismissLink, pendingLinkClaim } from '@/lib/db/links';
import { IcpLensDb } from '@/lib/db/schema';
import type { CompanyFacts, Extraction } from '@/lib/facts';
import { normalizeExtraction } from '@/lib/normalize';

const text = (value: string, source: 'json-ld' | 'linkedin-about' | 'meta' | 'url') => ({
  value,
  source,
  evidence: value,
});

describe('the pure join rule: when to ask "same company?"', () => {
  const site: LinkCandidate = {
    id: 'domain:acme-security.com',
    domain: 'acme-security.com',
    name: 'Acme (site)',
    facts: { linkedinSlug: text('Acme-Security', 'json-ld') },
  };
  const li: LinkCandidate = {
    id: 'li:acme-security',
    linkedinSlug: 'acme-security',
    name: 'Acme Security',
    facts: {},
  };

  it('a site claiming a LinkedIn company stored apart is asked about, by its LinkedIn name', () => {
    expect(claimedSlug(site)).toBe('acme-security');
    expect(linkClaim(site, li)).toEqual({
      companyId: 'li:acme-security',
      name: 'Acme Security',
      slug: 'acme-security',
    });
  });

  it('is not asked once dismissed, when already joined, or with no such LinkedIn company', () => {
    expect(linkClaim(site, li, true)).toBeUndefined();
    expect(linkClaim({ ...site, linkedinSlug: 'acme-security' }, li)).toBeUndefined();
    expect(linkClaim(site, { ...li, id: site.id })).toBeUndefined();
    expect(linkClaim(site, undefined)).toBeUndefined();
    expect(linkClaim(site, { ...li, linkedinSlug: 'other' })).toBeUndefined();
  });

  it('is not asked when LinkedIn names another domain (LinkedIn already said no)', () => {
    expect(linkClaim(site, { ...li, domain: 'acme.io' })).toBeUndefined();
    expect(linkClaim(site, { ...li, domain: 'acme-security.com' })).toBeDefined();
  });
});

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`link-confirm-${n++}`);
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
const sitePage = (url: string, facts: CompanyFacts): Extraction =>
  normalizeExtraction({
    url,
    extractor: 'website',
    facts: { website: { value: new URL(url).origin, source: 'url', evidence: url }, ...facts },
    missing: [],
  });

const acme = linkedinPage('acme-security', {
  name: text('Acme Security', 'json-ld'),
  description: text('Acme builds network security software.', 'linkedin-about'),
  industry: text('Computer and Network Security', 'linkedin-about'),
});
const ownSite = sitePage('https://www.acme-security.com/', {
  name: text('ACME — Home', 'json-ld'),
  description: text('Welcome to our website.', 'json-ld'),
  industry: text('Software', 'json-ld'),
  linkedinSlug: {
    value: 'acme-security',
    source: 'json-ld',
    evidence: 'https://www.linkedin.com/company/acme-security/',
  },
});

describe('the user confirms a site is its LinkedIn company', () => {
  it('asks, and "Yes" joins them: LinkedIn facts win, later visits of either go to one id', async () => {
    await recordObservation(acme, 1, db);
    const site = await recordObservation(ownSite, 2, db);
    expect(site.id).toBe('domain:acme-security.com');
    const claim = await pendingLinkClaim(site.id, db);
    expect(claim).toEqual({
      companyId: 'li:acme-security',
      name: 'Acme Security',
      slug: 'acme-security',
    });

    const joined = await confirmLink(site.id, 'li:acme-security', 3, db);
    expect(joined?.id).toBe('li:acme-security');
    expect(await countCompanies(db)).toBe(1);
    expect(joined?.keys).toEqual(['li:acme-security', 'domain:acme-security.com']);
    expect(joined?.name).toBe('Acme Security');
    expect(joined?.facts.description?.value).toBe('Acme builds network security software.');
    expect(joined?.facts.industry?.value).toBe('Computer and Network Security');
    expect(await pendingLinkClaim('li:acme-security', db)).toBeUndefined();

    const siteAgain = await recordObservation(ownSite, 4, db);
    const liAgain = await recordObservation(acme, 5, db);
    expect([siteAgain.id, liAgain.id]).toEqual(['li:acme-security', 'li:acme-security']);
    expect(siteAgain.name).toBe('Acme Security');
    expect(await countCompanies(db)).toBe(1);
  });

  it("the user's correction wins over both LinkedIn and the site after the join", async () => {
    await recordObservation(acme, 1, db);
    const site = await recordObservation(ownSite, 2, db);
    await confirmLink(site.id, 'li:acme-security', 3, db);
    await saveCorrection(
      'li:acme-security',
      { industry: { value: 'Banking', source: 'user', evidence: 'Banking' } },
      4,
      db,
    );
    const after = await recordObservation(ownSite, 5, db);
    expect(after.facts.industry?.value).toBe('Banking');
  });

  it('the confirmation is a stored observation: it survives a backup and restore', async () => {
    await recordObservation(acme, 1, db);
    const site = await recordObservation(ownSite, 2, db);
    await confirmLink(site.id, 'li:acme-security', 3, db);
    const backup = await exportDatabase(db);
    const name = db.name;
    await db.delete();
    db = new IcpLensDb(name); // the same database, emptied, as after a reinstall
    await db.open();
    expect(await restoreDatabase(backup, db)).toMatchObject({ ok: true });
    const links = await db.observations.filter((o) => o.extractor === USER_LINK_EXTRACTOR).count();
    expect(links).toBe(1);
    const visit = await recordObservation(ownSite, 4, db);
    expect(visit.id).toBe('li:acme-security');
    expect(await countCompanies(db)).toBe(1);
  });

  it('"No" stops asking for that pair and joins nothing; a stale "Yes" changes nothing', async () => {
    await recordObservation(acme, 1, db);
    const site = await recordObservation(ownSite, 2, db);
    await dismissLink(site.id, 'acme-security', 3, db);
    expect(await pendingLinkClaim(site.id, db)).toBeUndefined();
    expect(await confirmLink(site.id, 'li:acme-security', 4, db)).toBeUndefined();
    expect(await countCompanies(db)).toBe(2);
    expect((await getCompany('li:acme-security', db))?.facts.description?.value).toBe(
      'Acme builds network security software.',
    );
  });

  it('without a confirmation the site stays apart (the claim alone never joins)', async () => {
    await recordObservation(acme, 1, db);
    await recordObservation(ownSite, 2, db);
    expect(await countCompanies(db)).toBe(2);
    expect(await confirmLink('domain:acme-security.com', 'li:someone-else', 3, db)).toBeUndefined();
    expect(await countCompanies(db)).toBe(2);
  });
});
