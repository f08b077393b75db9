import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { countCompanies, storedCompany } from '@/lib/db/company-store';
import { stripUrlV5 } from '@/lib/db/migrations/v5-stored-urls';
import { IcpLensDb } from '@/lib/db/schema';
import { sampleIcp } from '@/lib/icp/sample';
import { storedListing } from '../../harness/listings';

const NAME = 'migration-v5';
afterEach(async () => {
  await Dexie.delete(NAME);
});

/** The database as version 3 (today's schema before lists and stored-URL stripping) declared it. */
function v3(): Dexie {
  const db = new Dexie(NAME);
  db.version(3).stores({
    icps: '&id, icp.name',
    companies: '&id, name, linkedinSlug, domain, lastSeen, *keys',
    observations: '++id, companyId, at',
    scores: '[icpId+companyId], icpId, companyId, tier, score',
    settings: '&key',
    icpVersions: '++id, icpId, at',
  });
  return db;
}

const fact = (value: unknown, evidence: string) => ({ value, source: 'url', evidence });

describe('v5: stored URLs lose query and fragment, and nothing else is lost', () => {
  it('strips every stored URL, re-keys URL-based companies, keeps every record', async () => {
    const old = v3();
    await old.table('icps').put({
      id: 'i',
      icp: sampleIcp,
      builtIn: true,
      createdAt: 1,
      updatedAt: 1,
      reviewBy: 9,
    });
    await old.table('icpVersions').add({ icpId: 'i', at: 1, note: 'Created', icp: sampleIcp });
    await old.table('settings').put({ key: 'activeIcpId', value: 'i' });
    const acmeFacts = {
      name: fact('Acme', 'Acme'),
      linkedinSlug: fact('acme', 'https://www.linkedin.com/company/acme/?trk=abc'),
      website: fact(
        'https://acme.com/?utm_source=linkedin',
        'https://acme.com/?utm_source=linkedin',
      ),
      hiring: fact({ openRoles: 3, careersUrl: 'https://acme.com/jobs?sid=77' }, '3 jobs'),
      socialProfiles: fact([{ network: 'x', url: 'https://x.com/acme?s=20' }], 'x.com/acme'),
    };
    await old.table('companies').bulkPut([
      {
        id: 'li:acme',
        name: 'Acme',
        linkedinSlug: 'acme',
        keys: ['li:acme'],
        facts: acmeFacts,
        url: 'https://www.linkedin.com/company/acme/about/?session_redirect=x#top',
        firstSeen: 1,
        lastSeen: 2,
      },
      // Two pages of one intranet host, kept apart only by their query: one company after.
      {
        id: 'url:http://10.0.0.5/wiki?page=1&token=s3cret',
        name: 'Wiki',
        keys: [],
        facts: { name: fact('Wiki', 'Wiki') },
        url: 'http://10.0.0.5/wiki?page=1&token=s3cret',
        firstSeen: 3,
        lastSeen: 4,
      },
      {
        id: 'url:http://10.0.0.5/wiki?page=2&token=s3cret',
        name: 'Wiki 2',
        keys: [],
        facts: { name: fact('Wiki 2', 'Wiki 2') },
        url: 'http://10.0.0.5/wiki?page=2&token=s3cret',
        firstSeen: 1,
        lastSeen: 6,
      },
    ]);
    await old.table('observations').bulkAdd([
      {
        companyId: 'li:acme',
        url: 'https://www.linkedin.com/company/acme/about/?session_redirect=x#top',
        extractor: 'linkedin-company',
        at: 2,
        facts: acmeFacts,
      },
      {
        companyId: 'url:http://10.0.0.5/wiki?page=1&token=s3cret',
        url: 'http://10.0.0.5/wiki?page=1&token=s3cret',
        extractor: 'website',
        at: 4,
        facts: { name: fact('Wiki', 'Wiki') },
      },
    ]);
    await old.table('scores').bulkPut([
      {
        icpId: 'i',
        companyId: 'li:acme',
        tier: 'Best fit',
        tierKind: 'tier',
        score: 90,
        confidence: 1,
        at: 2,
      },
      {
        icpId: 'i',
        companyId: 'url:http://10.0.0.5/wiki?page=1&token=s3cret',
        tier: 'Bad fit',
        tierKind: 'bad',
        score: 10,
        confidence: 0.2,
        at: 4,
      },
    ]);
    old.close();

    const db = new IcpLensDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    const everything = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
    expect(everything).not.toMatch(
      /token|s3cret|utm_source|session_redirect|trk=|sid=77|s=20|#top/,
    );

    const acme = await storedCompany(db, 'li:acme');
    expect(acme).toMatchObject({
      name: 'Acme',
      url: 'https://www.linkedin.com/company/acme/about/',
      firstSeen: 1,
      lastSeen: 2,
    });
    expect(acme?.facts.website?.value).toBe('https://acme.com/');
    expect(acme?.facts.hiring?.value).toEqual({
      openRoles: 3,
      careersUrl: 'https://acme.com/jobs',
    });
    expect(acme?.facts.socialProfiles?.value).toEqual([
      { network: 'x', url: 'https://x.com/acme' },
    ]);

    const wiki = await storedCompany(db, 'url:http://10.0.0.5/wiki');
    expect(wiki).toMatchObject({ name: 'Wiki 2', firstSeen: 1, lastSeen: 6 });
    expect(await countCompanies(db)).toBe(2);
    expect(await db.observations.count()).toBe(2);
    expect(
      await db.observations.where('companyId').equals('url:http://10.0.0.5/wiki').count(),
    ).toBe(1);
    expect(await storedListing(db, 'i', 'url:http://10.0.0.5/wiki')).toMatchObject({ score: 10 });
    expect(await storedListing(db, 'i', 'li:acme')).toMatchObject({ score: 90 });
    expect(await db.icps.get('i')).toMatchObject({ icp: sampleIcp, reviewBy: 9 });
    expect(await db.icpVersions.count()).toBe(1);
    expect(await db.settings.get('activeIcpId')).toEqual({ key: 'activeIcpId', value: 'i' });
    db.close();
  });

  it('the frozen stripping function does what v5 shipped with', () => {
    expect(stripUrlV5('https://a.com/p?q=1#f')).toBe('https://a.com/p');
    expect(stripUrlV5('https://u:p@a.com/')).toBe('https://a.com/');
    expect(stripUrlV5('Acme Inc')).toBe('Acme Inc');
    expect(stripUrlV5('https://not a url')).toBe('https://not a url');
  });
});
