import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factTimes, isStale, parseCorrection, withoutUserFacts } from '@/lib/company/corrections';
import { getCompany, recordObservation } from '@/lib/db/companies';
import { factTimesOf, resetCorrection, saveCorrection } from '@/lib/db/corrections';
import { IcpLensDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';

describe('parseCorrection', () => {
  it('reads each correctable fact as the user would type it, as source "user"', () => {
    expect(parseCorrection('employees', '201-500')).toEqual({
      ok: true,
      facts: { employees: { value: { min: 201, max: 500 }, source: 'user', evidence: '201-500' } },
    });
    expect(parseCorrection('employees', '10,001+')).toMatchObject({
      facts: { employees: { value: { min: 10001 } } },
    });
    const hq = parseCorrection('headquarters', 'Austin, TX');
    expect(hq.ok && hq.facts.headquarters?.value).toMatchObject({ city: 'Austin', country: 'US' });
    expect(parseCorrection('founded', '2011', 2026)).toMatchObject({
      facts: { founded: { value: 2011 } },
    });
    expect(parseCorrection('technologies', 'HubSpot, Okta; Slack')).toMatchObject({
      facts: { technologies: { value: ['HubSpot', 'Okta', 'Slack'] } },
    });
    // Typed in a Persian, Chinese or Vietnamese UI: native digits and list separators.
    for (const year of ['۲۰۱۱', '٢٠١١', '２０１１'])
      expect(parseCorrection('founded', year, 2026)).toMatchObject({
        facts: { founded: { value: 2011 } },
      });
    for (const list of ['HubSpot，Okta、Slack', 'HubSpot، Okta؛ Slack'])
      expect(parseCorrection('technologies', list)).toMatchObject({
        facts: { technologies: { value: ['HubSpot', 'Okta', 'Slack'] } },
      });
    expect(parseCorrection('website', 'www.quietharbor.example/en')).toMatchObject({
      facts: { domain: { value: 'quietharbor.example' } },
    });
  });

  it('refuses what cannot be the fact, with a reason and nothing changed', () => {
    expect(parseCorrection('employees', 'lots')).toEqual({ ok: false, error: 'size' });
    expect(parseCorrection('founded', '20111', 2026)).toEqual({ ok: false, error: 'year' });
    expect(parseCorrection('founded', '2040', 2026)).toEqual({ ok: false, error: 'year' });
    expect(parseCorrection('industry', '   ')).toEqual({ ok: false, error: 'empty' });
    expect(parseCorrection('website', 'not a site')).toEqual({ ok: false, error: 'website' });
  });

  it('drops facts a page claims are the user’s', () => {
    expect(
      withoutUserFacts({
        name: { value: 'Evil', source: 'json-ld', evidence: 'Evil' },
        employees: { value: { min: 1 }, source: 'user', evidence: 'forged' },
      }),
    ).toEqual({ name: { value: 'Evil', source: 'json-ld', evidence: 'Evil' } });
  });
});

describe('freshness', () => {
  it('keeps when each fact was last seen and corrected', () => {
    const employees = { value: { min: 11, max: 50 }, source: 'linkedin-about', evidence: '11-50' };
    const corrected = { value: { min: 51, max: 200 }, source: 'user', evidence: '51-200' };
    expect(
      factTimes([
        { facts: { employees } as never, at: 10, extractor: 'linkedin-company' },
        { facts: { employees } as never, at: 30, extractor: 'linkedin-company' },
        { facts: { employees: corrected } as never, at: 20, extractor: 'user' },
      ]),
    ).toEqual({ employees: { seen: 30, corrected: 20 } });
  });

  it('marks a fact older than the review period stale', () => {
    const now = Date.UTC(2026, 10, 30);
    expect(isStale(Date.UTC(2026, 3, 1), now)).toBe(true);
    expect(isStale(Date.UTC(2026, 8, 1), now)).toBe(false);
    expect(isStale(undefined, now)).toBe(false);
  });
});

describe('stored corrections', () => {
  let db: IcpLensDb;
  let n = 0;
  beforeEach(async () => {
    db = new IcpLensDb(`corrections-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  const visit = (min: number, max: number): Extraction => ({
    url: 'https://www.linkedin.com/company/quiet-harbor-labs/about/',
    extractor: 'linkedin-company',
    facts: {
      name: { value: 'Quiet Harbor Labs', source: 'json-ld', evidence: 'Quiet Harbor Labs' },
      linkedinSlug: { value: 'quiet-harbor-labs', source: 'url', evidence: 'quiet-harbor-labs' },
      employees: { value: { min, max }, source: 'linkedin-about', evidence: `${min}-${max}` },
    },
    missing: [],
  });

  it('wins over the page on every later visit, and reset brings the page back', async () => {
    const company = await recordObservation(visit(11, 50), 1000, db);
    const correction = parseCorrection('employees', '201-500');
    if (!correction.ok) throw new Error('correction refused');
    const corrected = await saveCorrection(company.id, correction.facts, 2000, db);
    expect(corrected?.facts.employees).toMatchObject({
      value: { min: 201, max: 500 },
      source: 'user',
    });

    await recordObservation(visit(11, 50), 3000, db);
    expect((await getCompany(company.id, db))?.facts.employees?.source).toBe('user');
    expect(await factTimesOf(company.id, db)).toMatchObject({
      employees: { seen: 3000, corrected: 2000 },
    });

    await resetCorrection(company.id, 'employees', db);
    const reset = await getCompany(company.id, db);
    expect(reset?.facts.employees).toMatchObject({ value: { min: 11, max: 50 } });
    expect((await factTimesOf(company.id, db)).employees?.corrected).toBeUndefined();
  });

  it('does nothing for a company that is not stored', async () => {
    expect(await saveCorrection('li:nobody', {}, 1, db)).toBeUndefined();
  });
});
