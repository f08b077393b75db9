import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { recordObservation } from '@/lib/db/companies';
import {
  allCompanies,
  COMPANY_OWNER,
  companiesWithKeys,
  companyBucket,
  countCompanies,
  firstCompanies,
  storedCompany,
} from '@/lib/db/company-store';
import { IcpLensDb } from '@/lib/db/schema';

const NAME = 'migration-v11';
afterEach(async () => {
  await Dexie.delete(NAME);
});

/** The stores as version 10 shipped them. */
const V10 = {
  icps: '&id, icp.name',
  companies: '&id, *keys',
  observations: '++id, companyId, at',
  settings: '&key',
  icpVersions: '++id, icpId, at',
  lists: '&id, name, updatedAt',
  crmRecords: '++id, *keys',
  importBatches: '&id, listId, at',
  memberBuckets: '[listId+bucket]',
  listingBuckets: '[icpId+bucket]',
};

const company = (i: number) => ({
  id: `li:acme-${i}`,
  name: `Acme ${i}`,
  linkedinSlug: `acme-${i}`,
  domain: `acme-${i}.example`,
  keys: [`li:acme-${i}`, `domain:acme-${i}.example`],
  facts: { name: { value: `Acme ${i}`, source: 'linkedin-company', evidence: `Acme ${i}` } },
  url: `https://www.linkedin.com/company/acme-${i}/`,
  firstSeen: 1000 + i,
  lastSeen: 2000 + i,
  sources: ['linkedin-company'],
  someFieldOfALaterVersion: { kept: i },
});

describe('v11: companies in buckets', () => {
  it('moves every company, whole, into its bucket; ids, keys and counts read as before', async () => {
    const old = new Dexie(NAME);
    old.version(10).stores(V10);
    await old.open();
    await old.table('companies').bulkAdd(Array.from({ length: 2500 }, (_, i) => company(i)));
    // A record no code could read (no string id) is dropped.
    await old
      .table('observations')
      .add({ companyId: 'li:acme-7', url: 'x', extractor: 'x', at: 1, facts: {} });
    old.close();

    const db = new IcpLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(db.tables.map((t) => t.name)).not.toContain('companies');
    expect(await countCompanies(db)).toBe(2500);
    const all = await allCompanies(db);
    expect(all).toHaveLength(2500);
    expect(await storedCompany(db, 'li:acme-42')).toEqual(company(42));
    // Each company sits in the bucket its id names, with the bucket's index field.
    const bucket = await db.companyBuckets.get([COMPANY_OWNER, companyBucket('li:acme-42')]);
    expect(bucket?.keys).toContain('domain:acme-42.example');
    // The first rows: whole buckets, in id order within each.
    const first = await firstCompanies(db, 3);
    expect(first).toHaveLength(3);
    expect(first.map((c) => c.id)).toEqual(first.map((c) => c.id).sort());
    expect(
      (await companiesWithKeys(db, ['domain:acme-9.example', 'li:nobody'])).map((c) => c.id),
    ).toEqual(['li:acme-9']);
    // A page visit after the upgrade joins the moved company by its domain.
    const visited = await recordObservation(
      {
        url: 'https://acme-9.example/',
        extractor: 'website',
        facts: {
          domain: { value: 'acme-9.example', source: 'url', evidence: 'acme-9.example' },
        },
        missing: [],
      },
      5000,
      db,
    );
    expect(visited.id).toBe('li:acme-9');
    expect(await countCompanies(db)).toBe(2500);
    db.close();
  });
});
