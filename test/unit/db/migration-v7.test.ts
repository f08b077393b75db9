import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listCompanyRows } from '@/lib/db/company-list';
import { countCompanies } from '@/lib/db/company-store';
import { IcpLensDb } from '@/lib/db/schema';
import { sampleIcp } from '@/lib/icp/sample';
import { allListings, storedListing } from '../../harness/listings';

const NAME = 'migration-v7';
afterEach(async () => {
  await Dexie.delete(NAME);
});

const fact = (value: unknown) => ({ value, source: 'json-ld', evidence: String(value) });
const company = (id: string, name: string | undefined, extra: object = {}) => ({
  id,
  ...(name && { name }),
  keys: [id],
  facts: {
    ...(name && { name: fact(name) }),
    industry: fact('Computer and Network Security'),
    employees: fact({ min: 501, max: 1000 }),
    headquarters: fact({ raw: 'Hanoi', city: 'Hanoi', country: 'VN' }),
  },
  url: 'https://www.linkedin.com/company/x/',
  firstSeen: 5,
  lastSeen: 9,
  sources: ['linkedin-company'],
  ...extra,
});
const score = (icpId: string, companyId: string, tier: string, tierKind: string) => ({
  icpId,
  companyId,
  tier,
  tierKind,
  score: 64,
  confidence: 0.75,
  at: 7,
});

describe('v7: compact listings built from version 6 records', () => {
  it('builds one listing per stored score of a stored company, every record kept', async () => {
    const old = new Dexie(NAME);
    old.version(6).stores({
      icps: '&id, icp.name',
      companies: '&id, name, linkedinSlug, domain, lastSeen, *keys, firstSeen',
      observations: '++id, companyId, at',
      scores: '[icpId+companyId], icpId, companyId, tier, score',
      settings: '&key',
      icpVersions: '++id, icpId, at',
      lists: '&id, name, updatedAt',
      listMembers: '[listId+companyId], listId, companyId, addedAt, batchId',
      crmRecords: '++id, *keys',
      importBatches: '&id, listId, at',
    });
    const tiers = sampleIcp.tiers.map((t) => t.name);
    await old
      .table('icps')
      .put({ id: 'i', icp: sampleIcp, builtIn: true, createdAt: 1, updatedAt: 1 });
    await old
      .table('companies')
      .bulkAdd([
        company('li:vina', 'Vina Secure', { linkedinSlug: 'vina', domain: 'vina.vn' }),
        company('domain:noname.io', undefined, { domain: 'noname.io' }),
      ]);
    await old.table('scores').bulkAdd([
      score('i', 'li:vina', tiers[1] ?? '', 'tier'),
      score('i', 'domain:noname.io', 'Bad fit', 'bad'),
      // A score whose company is gone and a damaged score get no listing.
      score('i', 'li:gone', tiers[0] ?? '', 'tier'),
      { ...score('j', 'li:vina', 'x', 'tier'), tierKind: 'weird' },
    ]);
    old.close();

    const db = new IcpLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await countCompanies(db)).toBe(2);
    // v8: the scores table is gone; the listings hold the scores.
    expect(db.tables.map((t) => t.name)).not.toContain('scores');
    expect(await storedListing(db, 'i', 'li:vina')).toEqual({
      icpId: 'i',
      companyId: 'li:vina',
      name: 'Vina Secure',
      domain: 'vina.vn',
      linkedinSlug: 'vina',
      tier: tiers[1],
      tierKind: 'tier',
      tierIndex: 1,
      tierKey: 'tier:1',
      rank: 1,
      score: 64,
      confidence: 0.75,
      industry: 'Computer and Network Security',
      employees: '501–1000',
      employeesMin: 501,
      hq: 'Hanoi, VN',
      sources: ['linkedin-company'],
      firstSeen: 5,
      lastSeen: 9,
      updatedAt: 7,
    });
    expect(await storedListing(db, 'i', 'domain:noname.io')).toMatchObject({
      name: 'noname.io',
      tierKey: 'bad',
      rank: 1000,
    });
    expect((await allListings(db)).length).toBe(2);
    // The Companies page reads them with no company record needed for a listed company.
    const rows = await listCompanyRows('i', db);
    expect(rows.map((r) => [r.name, r.tier])).toEqual([
      ['noname.io', 'Bad fit'],
      ['Vina Secure', tiers[1]],
    ]);
    db.close();
  });
});
