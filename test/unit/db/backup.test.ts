import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDatabase, restoreDatabase } from '@/lib/db/backup';
import { recordObservation, saveScores } from '@/lib/db/companies';
import {
  allCompanies,
  companyBucket,
  countCompanies,
  deleteCompanies,
  putCompanies,
} from '@/lib/db/company-store';
import { listIcps, saveIcp, seedSampleIcp } from '@/lib/db/icps';
import { addToList, ensureList, listRows, listsOfCompany, updateMember } from '@/lib/db/lists';
import { DB_NAME, IcpLensDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';
import { allListings } from '../../harness/listings';

const opened: IcpLensDb[] = [];
const fresh = async () => {
  // Backups are of the extension's database (its name); each test deletes it afterwards.
  const db = new IcpLensDb(DB_NAME);
  await db.open();
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const page: Extraction = {
  url: 'https://www.linkedin.com/company/acme/about/',
  extractor: 'linkedin-company',
  facts: {
    name: { value: '<script>alert(1)</script> Acme', source: 'json-ld', evidence: 'Acme' },
    linkedinSlug: { value: 'acme', source: 'url', evidence: '/company/acme/' },
  },
  missing: [],
};

async function seeded(): Promise<IcpLensDb> {
  const db = await fresh();
  await seedSampleIcp(sampleIcp, db);
  const [icp] = await listIcps(db);
  await saveIcp({ ...sampleIcp, unknownCredit: 0.3 }, { id: icp?.id, note: 'edit' }, db);
  const company = await recordObservation(page, 1, db);
  await saveScores(
    company.id,
    [{ icpId: icp?.id ?? '', result: scoreCompany(sampleIcp, company.facts) }],
    2,
    db,
  );
  return db;
}

async function snapshot(db: IcpLensDb) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])),
  );
}

describe('backup and restore of the whole database', () => {
  it('round-trips every table', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const file = await exportDatabase(db);
    await db.delete();
    opened.splice(0);
    const empty = await fresh();
    const result = await restoreDatabase(file, empty);
    expect(result).toMatchObject({
      ok: true,
      counts: { icps: 1, icpVersions: 2, companies: 1, observations: 1, listings: 1 },
    });
    // Memberships and listings are counted one by one, never their bucket records.
    if (result.ok) expect(Object.keys(result.counts)).not.toContain('listingBuckets');
    if (result.ok) expect(Object.keys(result.counts)).not.toContain('memberBuckets');
    expect(await snapshot(empty)).toEqual(before);
  });

  it.each([
    ['truncated JSON', async (text: string) => text.slice(0, text.length / 2)],
    ['not a backup', async () => JSON.stringify({ hello: 'world' })],
    [
      'another database',
      async (text: string) => text.replace(`"databaseName":"${DB_NAME}"`, '"databaseName":"other"'),
    ],
    [
      'an unknown table',
      async (text: string) => text.replace('"tableName":"settings"', '"tableName":"evil"'),
    ],
    [
      'a newer version',
      async (text: string) => text.replace(/"databaseVersion":\d+/, '"databaseVersion":99'),
    ],
  ])('refuses %s and changes nothing', async (_, damage) => {
    const db = await seeded();
    const text = await (await exportDatabase(db)).text();
    await db.settings.put({ key: 'marker', value: 1 });
    const before = await snapshot(db);
    const result = await restoreDatabase(new Blob([await damage(text)]), db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('backups of companies in buckets (v11)', () => {
  it('restores companies of one bucket that share a parsed fact (written as Typeson references)', async () => {
    const db = await fresh();
    // An import gives companies with the same cell value one parsed fact object (the reader's
    // cell cache); in one bucket record IndexedDB keeps them shared, and the export writes the
    // second and later as "#<keypath>" references (found by qa3: such a backup was refused).
    const industry = {
      value: 'Software Development',
      source: 'csv' as const,
      evidence: 'Industry',
    };
    const first = 'domain:c0.example';
    let i = 1;
    while (companyBucket(`domain:c${i}.example`) !== companyBucket(first)) i++;
    const ids = [first, `domain:c${i}.example`];
    await putCompanies(
      db,
      ids.map((id) => ({
        id,
        name: id,
        keys: [id],
        facts: { industry },
        url: 'file:accounts.csv',
        firstSeen: 1,
        lastSeen: 1,
      })),
    );
    const blob = await exportDatabase(db);
    expect(await blob.text()).toContain('"#companies.0.facts.industry"');
    await deleteCompanies(db, ids);
    expect(await countCompanies(db)).toBe(0);
    const result = await restoreDatabase(blob, db);
    expect(result).toMatchObject({ ok: true, counts: { companies: 2 } });
    expect((await allCompanies(db)).map((c) => [c.id, c.facts.industry?.value])).toEqual(
      ids.map((id) => [id, 'Software Development']),
    );
  });

  it('refuses a reference to nothing, naming the row', async () => {
    const db = await fresh();
    await putCompanies(db, [
      { id: 'li:a', name: 'A', keys: ['li:a'], facts: {}, url: 'u', firstSeen: 1, lastSeen: 1 },
    ]);
    const file = JSON.parse(await (await exportDatabase(db)).text()) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
    };
    const bucket = file.data.data
      .find((t) => t.tableName === 'companyBuckets')
      ?.rows.find((r) => r.owner === 'all') as { companies: { facts: object }[]; $types?: object };
    if (!bucket.companies[0]) throw new Error('no company');
    bucket.companies[0].facts = '#companies.7.facts' as never;
    bucket.$types = { 'companies.0.facts': '#' };
    const result = await restoreDatabase(new Blob([JSON.stringify(file)]), db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/companyBuckets/);
    expect(await countCompanies(db)).toBe(1);
  });
});

describe('restore is all or nothing', () => {
  type Backup = {
    data: { data: { tableName: string; inbound?: boolean; rows: Record<string, unknown>[] }[] };
  };
  const tamper = async (db: IcpLensDb, edit: (file: Backup) => void) => {
    const file = JSON.parse(await (await exportDatabase(db)).text()) as Backup;
    edit(file);
    return new Blob([JSON.stringify(file)]);
  };
  const rowsOf = (file: Backup, table: string) => {
    const found = file.data.data.find((t) => t.tableName === table);
    if (!found) throw new Error(`no ${table} table`);
    return found.rows;
  };
  /** The backup's companies as a version before 11 wrote them: one row each (`companies`). */
  const asV10 = (file: Backup) => {
    const companies = rowsOf(file, 'companyBuckets').flatMap(
      (b) => b.companies as Record<string, unknown>[],
    );
    file.data.data = file.data.data.filter((t) => t.tableName !== 'companyBuckets');
    file.data.data.push({ tableName: 'companies', inbound: true, rows: companies });
  };
  /** The backup as a version before 7 wrote it: a `scores` table and no listings. */
  const asLegacy = (file: Backup) => {
    const listings = rowsOf(file, 'listingBuckets').flatMap(
      (b) => b.listings as Record<string, unknown>[],
    );
    const scores = listings.map((l) => ({
      icpId: l.icpId,
      companyId: l.companyId,
      tier: l.tier,
      tierKind: l.tierKind,
      score: l.score,
      confidence: l.confidence,
      at: l.updatedAt,
    }));
    file.data.data = file.data.data.filter((t) => t.tableName !== 'listingBuckets');
    file.data.data.push({ tableName: 'scores', inbound: true, rows: scores });
  };

  it.each([
    [
      'a duplicated row',
      (file: Backup) => {
        asV10(file);
        const rows = rowsOf(file, 'companies');
        rows.push({ ...rows[0] });
      },
      /Row 3 of the companies table repeats the key/,
    ],
    [
      'a row without its key',
      (file: Backup) => {
        delete rowsOf(file, 'observations')[0]?.id;
      },
      /Row 1 of the observations table is damaged \(id:/,
    ],
    [
      'a company whose name is an object',
      (file: Backup) => {
        const [bucket] = rowsOf(file, 'companyBuckets');
        const [company] = (bucket?.companies ?? []) as Record<string, unknown>[];
        if (company) company.name = { evil: true };
      },
      /Row 1 of the companyBuckets table is damaged \(companies\.0\.name:/,
    ],
    [
      'a v10 company whose name is an object',
      (file: Backup) => {
        asV10(file);
        const [company] = rowsOf(file, 'companies');
        if (company) company.name = { evil: true };
      },
      /Row 1 of the companies table is damaged \(name:/,
    ],
    [
      'a score of the wrong type',
      (file: Backup) => {
        asLegacy(file);
        const [score] = rowsOf(file, 'scores');
        if (score) score.score = 'ninety';
      },
      /Row 1 of the scores table is damaged \(score:/,
    ],
    [
      'a value type ICP Lens never stores',
      (file: Backup) => {
        const [setting] = rowsOf(file, 'settings');
        if (setting) setting.$types = { value: 'date' };
      },
      /Row 1 of the settings table is damaged/,
    ],
  ])('refuses %s, names the row, and keeps every table as it was', async (_, edit, message) => {
    const db = await seeded();
    // Something stored after the backup was made: must survive the failed restore too.
    await recordObservation(
      {
        ...page,
        url: 'https://www.linkedin.com/company/globex/',
        facts: {
          ...page.facts,
          linkedinSlug: { value: 'globex', source: 'url', evidence: '/company/globex/' },
        },
      },
      3,
      db,
    );
    const file = await tamper(db, edit);
    const before = await snapshot(db);
    const result = await restoreDatabase(file, db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
    expect(await countCompanies(db)).toBe(2);
  });

  it("brings back no secret: an old backup's URLs are restored without query and fragment", async () => {
    const db = await seeded();
    const file = await tamper(db, (f) => {
      asV10(f);
      const [company] = rowsOf(f, 'companies');
      const [observation] = rowsOf(f, 'observations');
      if (company) company.url = 'https://www.linkedin.com/company/acme/?session=s3cret#token';
      if (observation) observation.url = 'https://acme.example.com/reset?token=abc123';
    });
    const result = await restoreDatabase(file, db);
    expect(result.ok).toBe(true);
    expect((await allCompanies(db))[0]?.url).toBe('https://www.linkedin.com/company/acme/');
    expect((await db.observations.toArray())[0]?.url).toBe('https://acme.example.com/reset');
  });

  it("rebuilds an old backup's listings (before v7) from its companies and scores", async () => {
    const db = await seeded();
    const listings = await allListings(db);
    expect(listings).toHaveLength(1);
    const file = await tamper(db, asLegacy);
    expect(rowsOf(JSON.parse(await file.text()) as Backup, 'scores')).toHaveLength(1);
    await db.listingBuckets.clear();
    expect((await restoreDatabase(file, db)).ok).toBe(true);
    expect(await allListings(db)).toEqual(listings);
    expect(db.tables.map((t) => t.name)).not.toContain('scores');
  });

  it("restores an old backup's memberships (before v9, one row each) into buckets", async () => {
    const db = await seeded();
    const list = await ensureList('Targets', 3, db);
    const [company] = await allCompanies(db);
    await addToList(list.id, company?.id ?? '', 4, db);
    await updateMember(list.id, company?.id ?? '', { note: 'warm', status: 'contacted' }, db);
    const file = await tamper(db, (f) => {
      const members = rowsOf(f, 'memberBuckets').flatMap((b) => b.members as object[]);
      f.data.data = f.data.data.filter((t) => t.tableName !== 'memberBuckets');
      f.data.data.push({
        tableName: 'listMembers',
        inbound: true,
        rows: members as Record<string, unknown>[],
      });
    });
    await db.memberBuckets.clear();
    const result = await restoreDatabase(file, db);
    expect(result).toMatchObject({ ok: true, counts: { listMembers: 1 } });
    expect((await listRows(list.id, undefined, db)).map((r) => [r.note, r.status])).toEqual([
      ['warm', 'contacted'],
    ]);
    expect((await listsOfCompany(company?.id ?? '', db)).map((l) => l.name)).toEqual(['Targets']);
  });

  it('refuses a backup with a damaged listing and changes nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const file = await tamper(db, (f) => {
      const [bucket] = rowsOf(f, 'listingBuckets');
      const [listing] = (bucket?.listings ?? []) as Record<string, unknown>[];
      if (listing) listing.score = 'high';
    });
    const result = await restoreDatabase(file, db);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok)
      expect(result.error).toMatch(
        /Row 1 of the listingBuckets table is damaged \(listings\.0\.score:/,
      );
    expect(await snapshot(db)).toEqual(before);
  });

  it("fills an old backup's company sources from its observations", async () => {
    const db = await seeded();
    const file = await tamper(db, (f) => {
      asV10(f);
      for (const company of rowsOf(f, 'companies')) delete company.sources;
    });
    const result = await restoreDatabase(file, db);
    expect(result.ok).toBe(true);
    expect((await allCompanies(db))[0]?.sources).toEqual(['linkedin-company']);
  });
});
