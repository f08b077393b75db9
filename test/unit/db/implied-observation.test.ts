import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordObservation } from '@/lib/db/companies';
import { storedCompany } from '@/lib/db/company-store';
import { factTimesOf, resetCorrection, saveCorrection } from '@/lib/db/corrections';
import { commitImport } from '@/lib/db/import-batch';
import { ensureList } from '@/lib/db/lists';
import { observationsOf } from '@/lib/db/observations';
import { IcpLensDb } from '@/lib/db/schema';
import type { CompanyFacts } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { ACCOUNT_FILE_EXTRACTOR, planImport } from '@/lib/lists/import';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`implied-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const csv = <T>(value: T, evidence: string) => ({ value, source: 'csv' as const, evidence });
const fileFacts: CompanyFacts = {
  name: csv('Lotus Freight', 'Company name: Lotus Freight'),
  domain: csv('lotusfreight.example', 'Website: lotusfreight.example'),
  industry: csv('Transportation, Logistics, Supply Chain and Storage', 'Industry: Logistics'),
  employees: csv({ min: 201, max: 500 }, 'Employees: 201-500'),
};

/** Imports one row (at time 1000) into a new list; returns the new company's id. */
async function imported(): Promise<string> {
  const list = await ensureList('Accounts', 1, db);
  const plan = planImport([{ row: 2, facts: fileFacts }], {
    listId: list.id,
    batchId: 'b1',
    fileName: 'accounts.csv',
    at: 1000,
    icps: [{ id: 'sample', icp: sampleIcp }],
    existing: new Map(),
    inList: new Set(),
  });
  await commitImport(plan, db);
  const [company] = plan.companies;
  if (!company) throw new Error('nothing planned');
  return company.id;
}

describe('an imported company is its own observation of the file', () => {
  it('stores one record per row and reads the file observation from it', async () => {
    const id = await imported();
    expect(await db.observations.count()).toBe(0);
    const company = await storedCompany(db, id);
    expect(company?.impliedObservation).toEqual({
      extractor: ACCOUNT_FILE_EXTRACTOR,
      at: 1000,
      batchId: 'b1',
    });
    expect(await observationsOf(db, company ?? ({} as never))).toEqual([
      {
        companyId: id,
        url: 'file:accounts.csv',
        extractor: 'account-file',
        at: 1000,
        facts: fileFacts,
      },
    ]);
    expect((await factTimesOf(id, db)).industry?.seen).toBe(1000);
  });

  it("a later visit of the company's website keeps the file's facts in the merge", async () => {
    const id = await imported();
    const company = await recordObservation(
      {
        url: 'https://lotusfreight.example/about',
        extractor: 'website',
        facts: {
          domain: {
            value: 'lotusfreight.example',
            source: 'url',
            evidence: 'lotusfreight.example',
          },

          name: { value: 'Lotus Freight JSC', source: 'json-ld', evidence: 'Lotus Freight JSC' },
        },
        missing: [],
      },
      2000,
      db,
    );
    expect(company.id).toBe(id);
    expect(company.impliedObservation).toBeUndefined();
    // The file's industry and size are still known; the page added to them.
    expect(company.facts.industry?.value).toBe(fileFacts.industry?.value);
    expect(company.facts.employees?.value).toEqual({ min: 201, max: 500 });
    expect(company.sources).toEqual(['account-file', 'website']);
    const rows = await db.observations.where('companyId').equals(id).sortBy('at');
    expect(rows.map((o) => [o.extractor, o.at])).toEqual([
      ['account-file', 1000],
      ['website', 2000],
    ]);
    expect((await storedCompany(db, id))?.impliedObservation).toBeUndefined();
  });

  it("a correction wins over the file's value, and resetting it brings the file's value back", async () => {
    const id = await imported();
    const corrected = await saveCorrection(
      id,
      { employees: { value: { min: 51, max: 200 }, source: 'user', evidence: '51-200' } },
      3000,
      db,
    );
    expect(corrected?.facts.employees?.value).toEqual({ min: 51, max: 200 });
    const reset = await resetCorrection(id, 'employees', db);
    expect(reset?.facts.employees?.value).toEqual({ min: 201, max: 500 });
    expect(reset?.facts.industry?.value).toBe(fileFacts.industry?.value);
    expect(reset?.impliedObservation).toBeUndefined();
  });
});
