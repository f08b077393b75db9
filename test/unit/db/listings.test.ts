import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordObservation, saveScores } from '@/lib/db/companies';
import { listCompanyRows } from '@/lib/db/company-list';
import { deleteCompanies, putCompanies, storedCompany } from '@/lib/db/company-store';
import { saveCorrection } from '@/lib/db/corrections';
import { deleteIcp, saveIcp } from '@/lib/db/icps';
import { putScores } from '@/lib/db/listings';
import { addToList, ensureList, listLists, listTierCounts } from '@/lib/db/lists';
import { IcpLensDb } from '@/lib/db/schema';
import { trendEntries } from '@/lib/db/trends';
import type { Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { weeklyFit } from '@/lib/lists/trends';
import type { ScoreResult } from '@/lib/scoring/types';
import { allListings, storedListing } from '../../harness/listings';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`listings-${n++}`);
  await db.open();
  // Scores are of stored ICPs: a company's listings are found by key, one per stored ICP.
  await saveIcp(sampleIcp, { id: 'sec' }, db);
  await saveIcp(sampleIcp, { id: 'other' }, db);
});
afterEach(async () => {
  await db.delete();
});

const fact = <T>(value: T) => ({ value, source: 'json-ld' as const, evidence: String(value) });
const linkedin = (slug: string, name: string, domain?: string): Extraction => ({
  url: `https://www.linkedin.com/company/${slug}/`,
  extractor: 'linkedin-company',
  facts: {
    name: fact(name),
    linkedinSlug: fact(slug),
    ...(domain && { domain: fact(domain) }),
    industry: fact('Computer and Network Security'),
    employees: fact({ min: 201, max: 500 }),
    headquarters: fact({ raw: 'Austin, TX', city: 'Austin', country: 'US' }),
  },
  missing: [],
});
const website = (domain: string, name: string): Extraction => ({
  url: `https://${domain}/`,
  extractor: 'website',
  facts: { name: fact(name), domain: fact(domain) },
  missing: [],
});
/** A score result as the scorer gives it (only what is stored is filled). */
const result = (tierIndex: number | undefined, score: number): ScoreResult =>
  ({
    icpName: 'Security',
    score,
    confidence: 0.9,
    scoreRange: { min: score, max: score },
    tier: tierIndex === undefined ? 'Bad fit' : ['Best fit', 'Good fit'][tierIndex],
    tierKind: tierIndex === undefined ? 'bad' : 'tier',
    ...(tierIndex !== undefined && { tierIndex }),
    criteria: [],
  }) as ScoreResult;

describe('listings: one write path keeps them with the scores and companies', () => {
  it('a stored score writes its listing; a later visit refreshes it and keeps the score', async () => {
    const acme = await recordObservation(linkedin('acme', 'Acme Security', 'acme.io'), 10, db);
    await saveScores(acme.id, [{ icpId: 'sec', result: result(1, 72) }], 11, db);
    expect(await storedListing(db, 'sec', acme.id)).toEqual({
      icpId: 'sec',
      companyId: acme.id,
      name: 'Acme Security',
      domain: 'acme.io',
      linkedinSlug: 'acme',
      tier: 'Good fit',
      tierKind: 'tier',
      tierIndex: 1,
      tierKey: 'tier:1',
      rank: 1,
      score: 72,
      confidence: 0.9,
      industry: 'Computer and Network Security',
      employees: '201–500',
      employeesMin: 201,
      hq: 'Austin, US',
      sources: ['linkedin-company'],
      firstSeen: 10,
      lastSeen: 10,
      updatedAt: 11,
    });
    await recordObservation(linkedin('acme', 'Acme Security Inc.', 'acme.io'), 20, db);
    expect(await storedListing(db, 'sec', acme.id)).toMatchObject({
      name: 'Acme Security Inc.',
      lastSeen: 20,
      firstSeen: 10,
      score: 72,
      updatedAt: 11,
    });
  });

  it("a user's correction reaches the listing", async () => {
    const acme = await recordObservation(linkedin('acme', 'Acme'), 1, db);
    await saveScores(acme.id, [{ icpId: 'sec', result: result(0, 90) }], 2, db);
    await saveCorrection(
      acme.id,
      { industry: { ...fact('Retail'), source: 'user' as const } },
      3,
      db,
    );
    expect((await storedListing(db, 'sec', acme.id))?.industry).toBe('Retail');
  });

  it('joining two stored companies drops the listing of the one absorbed', async () => {
    const page = await recordObservation(linkedin('globex', 'Globex'), 1, db);
    const site = await recordObservation(website('globex.com', 'Globex'), 2, db);
    await saveScores(page.id, [{ icpId: 'sec', result: result(0, 88) }], 3, db);
    await saveScores(site.id, [{ icpId: 'sec', result: result(undefined, 20) }], 3, db);
    expect((await allListings(db)).length).toBe(2);
    // The LinkedIn page now names the site's domain: one company.
    const joined = await recordObservation(linkedin('globex', 'Globex', 'globex.com'), 4, db);
    const gone = [page.id, site.id].find((id) => id !== joined.id);
    expect(await storedCompany(db, gone ?? '')).toBeUndefined();
    expect(await allListings(db)).toMatchObject([
      { companyId: joined.id, sources: ['linkedin-company', 'website'], firstSeen: 1, lastSeen: 4 },
    ]);
  });

  it('deleting an ICP deletes its listings only', async () => {
    const acme = await recordObservation(linkedin('acme', 'Acme'), 1, db);
    await saveScores(
      acme.id,
      [
        { icpId: 'sec', result: result(0, 90) },
        { icpId: 'other', result: result(1, 65) },
      ],
      2,
      db,
    );
    await deleteIcp('sec', db);
    expect((await allListings(db)).map((l) => l.icpId)).toEqual(['other']);
  });

  it('the Companies page reads listings, and companies without one as unscored', async () => {
    const acme = await recordObservation(linkedin('acme', 'Acme'), 1, db);
    await recordObservation(linkedin('beta', 'Beta'), 2, db);
    await saveScores(acme.id, [{ icpId: 'sec', result: result(0, 90) }], 3, db);
    // Whole records are not read for a listed company: its record may even be gone.
    const rows = await listCompanyRows('sec', db);
    expect(rows.map((r) => [r.name, r.tier ?? 'unscored'])).toEqual([
      ['Acme', 'Best fit'],
      ['Beta', 'unscored'],
    ]);
    await deleteCompanies(db, [acme.id]);
    expect((await listCompanyRows('sec', db)).map((r) => r.name)).toContain('Acme');
  });
});

describe('reading listings in pages', () => {
  it('reads every listing of an ICP exactly once across pages of 5,000', async () => {
    const count = 5000 * 2 + 1;
    const companies = Array.from({ length: count }, (_, i) => ({
      id: `domain:c${String(i).padStart(5, '0')}.example`,
      keys: [],
      facts: {},
      url: 'file:accounts.csv',
      firstSeen: 1,
      lastSeen: 1,
      sources: ['account-file'],
    }));
    await putCompanies(db, companies);
    await putScores(
      db,
      companies.map((c, i) => ({
        icpId: 'sec',
        companyId: c.id,
        tier: 'Bad fit',
        tierKind: 'bad' as const,
        score: i % 100,
        confidence: 1,
        at: 1,
      })),
      new Map(companies.map((c) => [c.id, c])),
    );
    const rows = await listCompanyRows('sec', db);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r.id)).size).toBe(count);
    expect(rows.every((r) => r.tier === 'Bad fit')).toBe(true);
  });
});

describe('tier counts and trends from the listings', () => {
  const DAY = 24 * 3600 * 1000;
  const start = Date.parse('2026-01-05T00:00:00Z'); // a Monday

  /** 40 companies over 10 weeks, 3 of 4 scored (tiers 0, 1 and bad), the rest unscored. */
  async function seed() {
    const list = await ensureList('Q1', 0, db);
    const expected = [];
    for (let i = 0; i < 40; i++) {
      const at = start + i * 1.7 * DAY + 3600_000;
      const c = await recordObservation(linkedin(`c${i}`, `C${i}`), at, db);
      const tier = i % 4 === 3 ? 'none' : ([0, 1, undefined] as const)[(i % 4) % 3];
      if (tier !== 'none')
        await saveScores(c.id, [{ icpId: 'sec', result: result(tier, 50) }], at, db);
      if (i % 2 === 0) await addToList(list.id, c.id, at + DAY, db);
      expected.push({
        at,
        added: i % 2 === 0 ? at + DAY : undefined,
        ...(tier === 'none'
          ? {}
          : tier === undefined
            ? { tierKind: 'bad' as const }
            : { tierKind: 'tier' as const, tierIndex: tier }),
      });
    }
    return { list, expected };
  }
  const icp = { id: 'sec', tiers: [{ name: 'Best fit' }, { name: 'Good fit' }] };

  it('the chart shows per week what one entry per company showed, for any range', async () => {
    const { expected } = await seed();
    for (const [from, to] of [
      [start, start + 70 * DAY],
      [start + 3 * DAY, start + 40 * DAY - 1],
      [start + 10.5 * DAY, start + 11 * DAY],
    ] as const) {
      const counted = weeklyFit(await trendEntries(icp, undefined, { from, to }, db), from, to);
      expect(counted).toEqual(weeklyFit(expected, from, to));
    }
  });

  it('a list’s chart counts its companies at the time they were added', async () => {
    const { list, expected } = await seed();
    const from = start;
    const to = start + 80 * DAY;
    const added = expected.flatMap((e) => (e.added ? [{ ...e, at: e.added }] : []));
    expect(weeklyFit(await trendEntries(icp, list.id, { from, to }, db), from, to)).toEqual(
      weeklyFit(added, from, to),
    );
  });

  it('counts each list per tier from index keys', async () => {
    const { list } = await seed();
    const counts = await listTierCounts([list.id], { id: 'sec', tierCount: 2 }, db);
    // Even companies: i % 4 is 0 (Best fit) or 2 (Bad fit), 10 each.
    expect(Object.fromEntries(counts.get(list.id) ?? [])).toEqual({ 'tier:0': 10, bad: 10 });
    const unscored = await listTierCounts([list.id], undefined, db);
    expect(Object.fromEntries(unscored.get(list.id) ?? [])).toEqual({ unscored: 20 });
    // The #lists page: each list's size is the sum of its counts, from the same one read.
    const [summary] = await listLists(db, { icp: { id: 'sec', tierCount: 2 } });
    expect(summary?.size).toBe(20);
    expect(Object.fromEntries(summary?.counts ?? [])).toEqual({ 'tier:0': 10, bad: 10 });
  });
});
