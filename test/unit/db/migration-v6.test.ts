import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listCompanyRows } from '@/lib/db/company-list';
import { storedCompany } from '@/lib/db/company-store';
import { saveCorrection } from '@/lib/db/corrections';
import { IcpLensDb } from '@/lib/db/schema';

const NAME = 'migration-v6';
afterEach(async () => {
  await Dexie.delete(NAME);
});

const fact = (value: unknown) => ({ value, source: 'json-ld', evidence: String(value) });
const company = (id: string, name: string) => ({
  id,
  name,
  keys: [id],
  facts: { name: fact(name) },
  url: 'https://a.com/',
  firstSeen: 1,
  lastSeen: 1,
});

describe('v6: companies keep their sources', () => {
  it('fills sources from version 5 observations, without the user, and the list needs no observations', async () => {
    const old = new Dexie(NAME);
    old.version(5).stores({
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
    await old
      .table('companies')
      .bulkAdd([company('li:a', 'A'), company('li:b', 'B'), company('li:c', 'C')]);
    const seen = (companyId: string, extractor: string) => ({
      companyId,
      url: 'https://a.com/',
      extractor,
      at: 1,
      facts: {},
    });
    await old
      .table('observations')
      .bulkAdd([
        seen('li:a', 'website'),
        seen('li:a', 'linkedin-company'),
        seen('li:a', 'website'),
        seen('li:b', 'linkedin-company'),
        seen('li:b', 'user'),
        seen('li:c', 'user'),
      ]);
    old.close();

    const db = new IcpLensDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect((await storedCompany(db, 'li:a'))?.sources).toEqual(['linkedin-company', 'website']);
    expect((await storedCompany(db, 'li:b'))?.sources).toEqual(['linkedin-company']);
    expect((await storedCompany(db, 'li:c'))?.sources).toEqual([]);
    expect(await db.observations.count()).toBe(6);

    // The list reads the stored sources, not the observations.
    await db.observations.clear();
    const rows = await listCompanyRows('icp', db);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.source]))).toEqual({
      'li:a': 'linkedin-company + website',
      'li:b': 'linkedin-company',
      'li:c': '',
    });

    // A correction keeps the sources and adds none.
    await saveCorrection(
      'li:b',
      { name: { value: 'Bee', source: 'user', evidence: 'Bee' } },
      2,
      db,
    );
    expect((await storedCompany(db, 'li:b'))?.sources).toEqual(['linkedin-company']);
    db.close();
  });
});
