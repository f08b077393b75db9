import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordObservation, saveScores } from '@/lib/db/companies';
import { type CompanyRow, filterAndSort, listCompanyRows } from '@/lib/db/company-list';
import { IcpLensDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`list-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const page = (
  slug: string,
  name: string,
  extractor = 'linkedin-company',
  domain?: string,
): Extraction => ({
  url: `https://www.linkedin.com/company/${slug}/`,
  extractor,
  facts: {
    name: { value: name, source: 'json-ld', evidence: name },
    ...(extractor === 'linkedin-company' && {
      linkedinSlug: { value: slug, source: 'url', evidence: slug },
    }),
    ...(domain && { domain: { value: domain, source: 'url', evidence: domain } }),
  },
  missing: [],
});

describe('listCompanyRows', () => {
  it('joins each company with its score for the chosen ICP and says where it was seen', async () => {
    const a = await recordObservation(page('acme', 'Acme', 'linkedin-company', 'acme.io'), 1, db);
    await recordObservation(page('x', 'Acme', 'website', 'acme.io'), 2, db);
    await recordObservation(page('beta', 'Béta Corp'), 3, db);
    await saveScores(a.id, [{ icpId: 'icp-1', result: scoreCompany(sampleIcp, a.facts) }], 4, db);
    const rows = await listCompanyRows('icp-1', db);
    expect(rows).toHaveLength(2);
    const acme = rows.find((r) => r.id === a.id);
    expect(acme).toMatchObject({ name: 'Acme', source: 'linkedin-company + website', lastSeen: 2 });
    expect(acme?.tier).toBeTruthy();
    expect(rows.find((r) => r.name === 'Béta Corp')).toMatchObject({ source: 'linkedin-company' });
    expect(rows.find((r) => r.name === 'Béta Corp')?.tier).toBeUndefined();
    expect(await listCompanyRows('other-icp', db)).toEqual(
      rows.map(({ tier, tierKind, score, confidence, ...r }) => r),
    );
  });
});

describe('listCompanyRows with a limit', () => {
  it('gives the first companies (of the first buckets), with their scores', async () => {
    for (let i = 0; i < 5; i++) {
      const c = await recordObservation(page(`c${i}`, `C${i}`), i, db);
      await saveScores(c.id, [{ icpId: 'icp', result: scoreCompany(sampleIcp, c.facts) }], i, db);
    }
    const first = await listCompanyRows('icp', db, { limit: 2 });
    expect(first).toHaveLength(2);
    expect(new Set(first.map((r) => r.name)).size).toBe(2);
    for (const r of first) expect(['C0', 'C1', 'C2', 'C3', 'C4']).toContain(r.name);
    expect(first.every((r) => r.tier !== undefined && r.source === 'linkedin-company')).toBe(true);
  });
});

describe('filterAndSort', () => {
  const rows: CompanyRow[] = [
    {
      id: '1',
      name: 'Zeta',
      tier: 'Best fit',
      tierKind: 'tier',
      score: 90,
      confidence: 1,
      lastSeen: 1,
      source: 'LinkedIn',
    },
    {
      id: '2',
      name: 'Álpha',
      domain: 'alpha.vn',
      tier: 'Bad fit',
      tierKind: 'bad',
      score: 20,
      confidence: 0.5,
      lastSeen: 3,
      source: 'Website',
    },
    { id: '3', name: 'Mid', lastSeen: 2, source: 'LinkedIn' },
  ];
  it('searches names without accents and domains', () => {
    expect(filterAndSort(rows, { query: 'alpha' }).map((r) => r.id)).toEqual(['2']);
    expect(filterAndSort(rows, { query: 'ALPHA.VN' }).map((r) => r.id)).toEqual(['2']);
  });
  it('filters by tier kind and sorts, unscored last', () => {
    expect(filterAndSort(rows, { tierKinds: ['bad'] }).map((r) => r.id)).toEqual(['2']);
    expect(
      filterAndSort(rows, { sort: { column: 'score', direction: 'desc' } }).map((r) => r.id),
    ).toEqual(['1', '2', '3']);
    expect(
      filterAndSort(rows, { sort: { column: 'score', direction: 'asc' } }).map((r) => r.id),
    ).toEqual(['2', '1', '3']);
    expect(
      filterAndSort(rows, { sort: { column: 'lastSeen', direction: 'desc' } }).map((r) => r.id),
    ).toEqual(['2', '3', '1']);
  });
});
