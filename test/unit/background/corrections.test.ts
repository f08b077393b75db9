import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCorrectFact, handleResetFact } from '@/entrypoints/background/corrections';
import { buildTabView, handleCompanyPageSeen } from '@/entrypoints/background/handlers';
import { seedSampleIcp } from '@/lib/db/icps';
import { getDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { allListings } from '../../harness/listings';

const acme: Extraction = {
  url: 'https://www.linkedin.com/company/acme-security/about/',
  extractor: 'linkedin-company',
  facts: {
    name: { value: 'Acme Security', source: 'json-ld', evidence: 'Acme Security' },
    linkedinSlug: { value: 'acme-security', source: 'url', evidence: '/company/acme-security/' },
    industry: {
      value: 'Computer and Network Security',
      source: 'linkedin-about',
      evidence: 'Computer and Network Security',
    },
    employees: {
      value: { min: 1001, max: 5000 },
      source: 'linkedin-about',
      evidence: '1,001-5,000 employees',
    },
  },
  missing: [],
};

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = (name: string, subs?: string | string[]) =>
    [name, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join(' ');
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  await seedSampleIcp(sampleIcp, db);
});

async function shownCompanyId(tabId: number): Promise<string> {
  await handleCompanyPageSeen(acme, tabId);
  const view = await buildTabView(tabId);
  if (view.kind !== 'ready') throw new Error(`tab ${tabId} shows ${view.kind}`);
  return view.company.id;
}

describe('correcting a fact by company id (the dashboard, no tab)', () => {
  it("stores the correction, answers with the company's re-scored view and updates its scores", async () => {
    const companyId = await shownCompanyId(7);
    const before = (await allListings(getDb())).find((l) => l.companyId === companyId);
    const answer = await handleCorrectFact({ companyId, field: 'employees', text: '51-200' });
    expect(answer.ok).toBe(true);
    if (!answer.ok || answer.view.kind !== 'ready') throw new Error('no view');
    const { company, scores } = answer.view;
    expect(company.id).toBe(companyId);
    expect(company.facts.employees).toMatchObject({ value: { min: 51, max: 200 }, source: 'user' });
    expect(company.times?.employees?.corrected).toBeTypeOf('number');
    const after = (await allListings(getDb())).find((l) => l.companyId === companyId);
    expect(after?.score).toBe(scores[0]?.result.score);
    expect(after?.score).not.toBe(before?.score);
  });

  it('re-scores every tab showing the company (its badge) and the tab sees the correction', async () => {
    const companyId = await shownCompanyId(7);
    const setTitle = vi.spyOn(browser.action, 'setTitle');
    await handleCorrectFact({ companyId, field: 'employees', text: '51-200' });
    expect(setTitle).toHaveBeenCalledWith(expect.objectContaining({ tabId: 7 }));
    const tab = await buildTabView(7);
    expect(tab.kind === 'ready' && tab.company.facts.employees?.source).toBe('user');
  });

  it('Reset by company id brings back the pages’ value', async () => {
    const companyId = await shownCompanyId(7);
    await handleCorrectFact({ companyId, field: 'employees', text: '51-200' });
    const view = await handleResetFact({ companyId, field: 'employees', text: '' });
    expect(view.kind).toBe('ready');
    if (view.kind !== 'ready') return;
    expect(view.company.facts.employees).toMatchObject({
      value: { min: 1001, max: 5000 },
      source: 'linkedin-about',
    });
    expect(view.company.times?.employees?.corrected).toBeUndefined();
  });

  it('refuses a value that cannot be the fact, and an unknown company shows nothing', async () => {
    const companyId = await shownCompanyId(7);
    expect(await handleCorrectFact({ companyId, field: 'founded', text: 'soon' })).toEqual({
      ok: false,
      error: 'year',
    });
    const unknown = await handleCorrectFact({ companyId: 'nope', field: 'founded', text: '1999' });
    expect(unknown).toEqual({ ok: true, view: { kind: 'not-company' } });
  });

  it('with a tab id it still answers with that tab’s view', async () => {
    const companyId = await shownCompanyId(9);
    const answer = await handleCorrectFact({
      tabId: 9,
      companyId,
      field: 'industry',
      text: 'Software Development',
    });
    expect(answer.ok && answer.view.kind === 'ready' && answer.view.company.url).toBe(acme.url);
  });
});
