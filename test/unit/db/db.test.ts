import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCompany, recordObservation } from '@/lib/db/companies';
import { deleteIcp, importIcpFile, listIcps, seedSampleIcp, setActiveIcp } from '@/lib/db/icps';
import { IcpLensDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const icpFile = (name: string) =>
  JSON.stringify({
    format: 'icp-lens/icp@1',
    name,
    tiers: [{ name: 'Best fit', minScore: 80 }],
    criteria: [{ field: 'employees', weight: 1, bands: [{ min: 100, credit: 1 }] }],
  });

describe('ICPs in IndexedDB', () => {
  it('installs the sample once, active, and never again after the user deletes it', async () => {
    await seedSampleIcp(sampleIcp, db);
    await seedSampleIcp(sampleIcp, db);
    const icps = await listIcps(db);
    expect(icps).toHaveLength(1);
    expect(icps[0]).toMatchObject({ builtIn: true, active: true, icp: { name: sampleIcp.name } });
    await deleteIcp(icps[0]!.id, db);
    await seedSampleIcp(sampleIcp, db);
    expect(await listIcps(db)).toHaveLength(0);
  });

  it('imports a valid file and lists the active ICP first', async () => {
    await seedSampleIcp(sampleIcp, db);
    const imported = await importIcpFile(icpFile('Zeta'), db);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    await setActiveIcp(imported.stored.id, db);
    const icps = await listIcps(db);
    expect(icps.map((i) => [i.icp.name, i.active])).toEqual([
      ['Zeta', true],
      [sampleIcp.name, false],
    ]);
  });

  it('rejects an invalid file naming the field, and changes nothing stored', async () => {
    await seedSampleIcp(sampleIcp, db);
    const before = await db.icps.toArray();
    const bad = JSON.parse(icpFile('Bad'));
    bad.criteria[0].bands[0].credit = 7;
    const result = await importIcpFile(JSON.stringify(bad), db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/criteria.*0.*bands.*0.*credit/);
    expect(await db.icps.toArray()).toEqual(before);
    expect((await importIcpFile('{"format": "icp-lens/icp@1"', db)).ok).toBe(false);
  });

  it('skips a stored record that no longer validates instead of failing the list', async () => {
    await seedSampleIcp(sampleIcp, db);
    await db.icps.put({
      id: 'broken',
      icp: { name: 1 } as never,
      builtIn: false,
      createdAt: 0,
      updatedAt: 0,
    });
    expect((await listIcps(db)).map((i) => i.id)).not.toContain('broken');
  });
});

describe('companies and observations', () => {
  const extraction = (
    facts: Extraction['facts'],
    url = 'https://www.linkedin.com/company/acme/',
  ): Extraction => ({
    url,
    extractor: 'linkedin-company',
    facts,
    missing: [],
  });

  it('keeps every observation and merges them into one company', async () => {
    const slug = { value: 'acme', source: 'url', evidence: '/company/acme/' } as const;
    await recordObservation(
      extraction({
        linkedinSlug: slug,
        name: { value: 'Acme', source: 'meta', evidence: 'Acme | LinkedIn' },
      }),
      1,
      db,
    );
    await recordObservation(
      extraction(
        {
          linkedinSlug: slug,
          name: { value: 'Acme Inc.', source: 'json-ld', evidence: 'Acme Inc.' },
          founded: { value: 1999, source: 'linkedin-about', evidence: '1999' },
        },
        'https://www.linkedin.com/company/acme/about/',
      ),
      2,
      db,
    );
    const company = await getCompany('li:acme', db);
    expect(company).toMatchObject({ name: 'Acme Inc.', firstSeen: 1, lastSeen: 2 });
    expect(company?.facts.founded?.value).toBe(1999);
    expect(await db.observations.where('companyId').equals('li:acme').count()).toBe(2);
  });
});
