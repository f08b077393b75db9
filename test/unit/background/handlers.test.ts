import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  buildTabView,
  handleCompanyPageLeft,
  handleCompanyPageSeen,
} from '@/entrypoints/background/handlers';
import { countCompanies } from '@/lib/db/company-store';
import { seedSampleIcp } from '@/lib/db/icps';
import { getDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { allListings } from '../../harness/listings';

const acme: Extraction = {
  url: 'https://www.linkedin.com/company/acme-security/about/',
  extractor: 'linkedin-company',
  facts: {
    name: { value: 'Acme Security', source: 'json-ld', evidence: 'Acme Security' },
    linkedinSlug: { value: 'acme-security', source: 'url', evidence: '/company/acme-security/' },
    industry: {
      value: 'Computer and Network Security',
      source: 'linkedin-about',
      evidence: 'Computer and Network Security',
    },
    employees: {
      value: { min: 1001, max: 5000 },
      source: 'linkedin-about',
      evidence: '1,001-5,000 employees',
    },
    headquarters: {
      value: { raw: 'Austin, TX', city: 'Austin', region: 'US-TX', country: 'US' },
      source: 'linkedin-about',
      evidence: 'Austin, TX',
    },
  },
  missing: [],
};

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no i18n; the badge title only needs to be a string here.
  fakeBrowser.i18n.getMessage = (name: string, subs?: string | string[]) =>
    [name, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join(' ');
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  await seedSampleIcp(sampleIcp, db);
});

describe('background handlers', () => {
  it('stores a company page, scores it against the active ICP and shows it for the tab', async () => {
    await handleCompanyPageSeen(acme, 7);
    const view = await buildTabView(7);
    expect(view.kind).toBe('ready');
    if (view.kind !== 'ready') return;
    expect(view.company.name).toBe('Acme Security');
    expect(view.scores).toHaveLength(1);
    expect(view.scores[0]?.active).toBe(true);
    expect(view.scores[0]?.result.criteria.length).toBe(sampleIcp.criteria.length);
    expect(await getDb().observations.count()).toBe(1);
    expect((await allListings(getDb())).length).toBe(1);
  });

  it('drops a malformed message without storing anything', async () => {
    await handleCompanyPageSeen({ url: 'not a url', facts: { name: 42 } }, 7);
    await handleCompanyPageSeen('<script>alert(1)</script>', 7);
    expect(await countCompanies(getDb())).toBe(0);
    expect((await buildTabView(7)).kind).toBe('not-company');
  });

  it('an intranet page (private IP, single-label host) is no company: no record, no badge', async () => {
    for (const url of ['http://10.0.0.12/wiki/Plan?token=abc', 'http://intranet/hr?sid=1']) {
      await handleCompanyPageSeen({ ...acme, url, extractor: 'website' }, 7);
      expect((await buildTabView(7)).kind).toBe('not-company');
    }
    expect(await countCompanies(getDb())).toBe(0);
    expect(await getDb().observations.count()).toBe(0);
  });

  it('says "empty" for a page that names nothing, and "loading"/"not-company" as told', async () => {
    await handleCompanyPageSeen({ ...acme, facts: { linkedinSlug: acme.facts.linkedinSlug } }, 3);
    expect((await buildTabView(3)).kind).toBe('empty');
    await handleCompanyPageLeft({ url: acme.url, loading: true }, 3);
    expect((await buildTabView(3)).kind).toBe('loading');
    await handleCompanyPageLeft({ url: 'https://www.linkedin.com/feed/', loading: false }, 3);
    expect((await buildTabView(3)).kind).toBe('not-company');
  });

  it('still shows the fit when storage refuses the write, and says it was not saved', async () => {
    const db = getDb();
    const original = db.observations.add.bind(db.observations);
    db.observations.add = (() =>
      Promise.reject(
        new DOMException('quota', 'QuotaExceededError'),
      )) as unknown as typeof db.observations.add;
    try {
      await handleCompanyPageSeen(acme, 9);
    } finally {
      db.observations.add = original;
    }
    const view = await buildTabView(9);
    expect(view.kind).toBe('ready');
    if (view.kind !== 'ready') return;
    expect(view.storageError).toMatch(/QuotaExceededError/);
    expect(view.scores[0]?.result.score).toBeGreaterThan(0);
    expect(await countCompanies(db)).toBe(0);
  });
});
