import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCompany, recordObservation, saveScores } from '@/lib/db/companies';
import { listCompanyRows } from '@/lib/db/company-list';
import { IcpLensDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`damaged-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const page = (slug: string, name: string): Extraction => ({
  url: `https://www.linkedin.com/company/${slug}/`,
  extractor: 'linkedin-company',
  facts: {
    name: { value: name, source: 'json-ld', evidence: name },
    linkedinSlug: { value: slug, source: 'url', evidence: `/company/${slug}/` },
  },
  missing: [],
});

/** Writes a value of the wrong type straight into IndexedDB, as a tampered file or old bug would. */
async function damage(
  table: 'companies' | 'observations' | 'listingBuckets',
  edit: (row: Record<string, unknown>) => void,
) {
  if (table === 'companies') {
    // Companies are stored in buckets (v11): each company of each bucket is damaged in place.
    const buckets = await db.companyBuckets.toArray();
    for (const b of buckets)
      for (const c of b.companies) edit(c as unknown as Record<string, unknown>);
    await db.companyBuckets.bulkPut(buckets);
    return;
  }
  const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
  for (const row of rows) edit(row);
  await db.table(table).bulkPut(rows);
}

describe('stored records are parsed where they enter the UI', () => {
  it('a company whose name is an object lists by its id; the others are untouched', async () => {
    await recordObservation(page('acme', 'Acme'), 1, db);
    await recordObservation(page('globex', 'Globex'), 2, db);
    const icpId = 'icp';
    await saveScores('li:acme', [{ icpId, result: scoreCompany(sampleIcp, {}) }], 3, db);
    await damage('companies', (row) => {
      if (row.id === 'li:acme') row.name = { toString: 'x', evil: ['<b>'] };
    });
    // The Companies page reads the compact listings, where the scores live (v8; in buckets, v9).
    await damage('listingBuckets', (bucket) => {
      for (const row of bucket.listings as Record<string, unknown>[]) {
        if (row.companyId === 'li:acme') row.name = { toString: 'x', evil: ['<b>'] };
        row.tier = { nested: true };
      }
    });
    await damage('observations', (row) => {
      if (row.companyId === 'li:acme') row.extractor = ['linkedin'];
    });
    for (const limit of [undefined, 1, 10]) {
      const rows = await listCompanyRows(icpId, db, { limit });
      for (const row of rows) {
        expect(typeof row.name).toBe('string');
        expect(row.tier === undefined || typeof row.tier === 'string').toBe(true);
        expect(typeof row.source).toBe('string');
      }
    }
    const rows = await listCompanyRows(icpId, db);
    expect(rows.map((r) => r.name).sort()).toEqual(['Globex', 'acme']);
    expect(rows.find((r) => r.id === 'li:acme')?.tier).toBeUndefined();
  });

  it('a damaged company record reads as absent in the popup, not as a crash', async () => {
    await recordObservation(page('acme', 'Acme'), 1, db);
    await damage('companies', (row) => {
      row.name = 42;
    });
    expect(await getCompany('li:acme', db)).toBeUndefined();
  });
});
