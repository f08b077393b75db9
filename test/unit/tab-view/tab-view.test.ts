/**
 * `tabViewOf`: what the popup and side panel show for a tab, decided from what the background
 * read (tab state, ICPs, stored company) — every branch, with made-up companies.
 */
import { describe, expect, it } from 'vitest';
import type { StoredIcp } from '@/lib/db/icps';
import type { CompanyFacts, Extraction } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import type { CompanyRecord } from '@/lib/records';
import {
  type StoredCompanyReads,
  storedCompanyView,
  type TabState,
  tabViewOf,
} from '@/lib/tab-view';

const NOW = Date.UTC(2026, 10, 30, 9, 0);
const DAY = 86_400_000;

const sample: StoredIcp = {
  id: 'icp-sample',
  icp: sampleIcp,
  builtIn: true,
  createdAt: NOW - 30 * DAY,
  updatedAt: NOW - 30 * DAY,
  reviewBy: NOW + 150 * DAY,
  active: true,
};
/** The same ICP, but facts not seen for its review period count as unknown. */
const strict: StoredIcp = {
  ...sample,
  id: 'icp-strict',
  icp: { ...sampleIcp, name: 'Strict sample', staleFactsUnknown: true },
  active: false,
};

/** A Berlin security company of 350 people, as its LinkedIn About tab shows it (made-up). */
const facts: CompanyFacts = {
  name: { value: 'Kestrel Shield GmbH', source: 'json-ld', evidence: 'Kestrel Shield GmbH' },
  linkedinSlug: { value: 'kestrel-shield', source: 'url', evidence: '/company/kestrel-shield/' },
  industry: {
    value: 'Computer and Network Security',
    source: 'linkedin-about',
    evidence: 'Computer and Network Security',
  },
  employees: {
    value: { min: 201, max: 500 },
    source: 'linkedin-about',
    evidence: '201-500 employees',
  },
} as CompanyFacts;
const URL = 'https://www.linkedin.com/company/kestrel-shield/about/';
const extraction: Extraction = { url: URL, extractor: 'linkedin-company', facts, missing: [] };

const record: CompanyRecord = {
  id: 'li:kestrel-shield',
  name: 'Kestrel Shield GmbH',
  linkedinSlug: 'kestrel-shield',
  keys: ['li:kestrel-shield'],
  facts,
  url: 'https://www.linkedin.com/company/kestrel-shield/',
  firstSeen: NOW - 400 * DAY,
  lastSeen: NOW - 300 * DAY,
};
const recent: StoredCompanyReads = {
  company: record,
  times: { industry: { seen: NOW - DAY }, employees: { seen: NOW - DAY } },
};

describe('tabViewOf', () => {
  it('shows "not a company" for a tab with no state', () => {
    expect(tabViewOf(undefined, { icps: [sample], now: NOW })).toEqual({ kind: 'not-company' });
  });

  it('passes loading and empty pages through with their URL', () => {
    const loading: TabState = { kind: 'loading', url: URL };
    expect(tabViewOf(loading, { icps: [], now: NOW })).toEqual({ kind: 'loading', url: URL });
    const empty: TabState = { kind: 'empty', url: URL, extraction };
    expect(tabViewOf(empty, { icps: [sample], now: NOW })).toEqual({
      kind: 'empty',
      url: URL,
      extraction,
    });
  });

  it('scores a company that could not be saved from the page, with the storage error', () => {
    const state: TabState = { kind: 'unsaved', url: URL, extraction, error: 'QuotaExceededError' };
    const view = tabViewOf(state, { icps: [sample], now: NOW });
    if (view.kind !== 'ready') throw new Error(`expected ready, got ${view.kind}`);
    expect(view.storageError).toBe('QuotaExceededError');
    expect(view.company).toEqual({
      id: 'li:kestrel-shield',
      name: 'Kestrel Shield GmbH',
      facts,
      url: URL,
      lastSeen: NOW,
    });
    expect(view.scores.map((s) => s.icpId)).toEqual(['icp-sample']);
    expect(view.scores[0]?.result.score).toBeGreaterThan(0);
    expect(view.pitch).not.toBeNull();
  });

  it('shows a stored company on the tab URL, with its times and link question', () => {
    const linkClaim = { companyId: 'li:kestrel', name: 'Kestrel', slug: 'kestrel' };
    const state: TabState = { kind: 'company', url: URL, companyId: record.id };
    const view = tabViewOf(state, {
      icps: [sample],
      stored: { ...recent, linkClaim },
      now: NOW,
    });
    if (view.kind !== 'ready') throw new Error(`expected ready, got ${view.kind}`);
    expect(view.company.url).toBe(URL);
    expect(view.company.lastSeen).toBe(record.lastSeen);
    expect(view.company.times).toEqual(recent.times);
    expect(view.linkClaim).toEqual(linkClaim);
    expect(view.storageError).toBeUndefined();
    expect('disagreements' in view.company).toBe(false);
  });

  it('shows a company state whose record is gone as loading', () => {
    const state: TabState = { kind: 'company', url: URL, companyId: 'li:gone' };
    expect(tabViewOf(state, { icps: [sample], now: NOW })).toEqual({ kind: 'loading', url: URL });
  });

  it('gives no scores and no pitch without an ICP', () => {
    const state: TabState = { kind: 'company', url: URL, companyId: record.id };
    const view = tabViewOf(state, { icps: [], stored: recent, now: NOW });
    expect(view).toMatchObject({ kind: 'ready', scores: [], pitch: null });
  });

  it('lets an ICP that asks for it treat facts older than its review period as unknown', () => {
    const old: StoredCompanyReads = {
      company: record,
      times: { industry: { seen: NOW - 300 * DAY }, employees: { seen: NOW - 300 * DAY } },
    };
    const state: TabState = { kind: 'company', url: URL, companyId: record.id };
    const fresh = tabViewOf(state, { icps: [sample, strict], stored: recent, now: NOW });
    const stale = tabViewOf(state, { icps: [sample, strict], stored: old, now: NOW });
    if (fresh.kind !== 'ready' || stale.kind !== 'ready') throw new Error('expected ready');
    const confidence = (view: typeof fresh, id: string) =>
      view.scores.find((s) => s.icpId === id)?.result.confidence ?? Number.NaN;
    // The lenient ICP judges both alike; the strict one loses confidence on old facts.
    expect(confidence(stale, 'icp-sample')).toBe(confidence(fresh, 'icp-sample'));
    expect(confidence(stale, 'icp-strict')).toBeLessThan(confidence(fresh, 'icp-strict'));
  });
});

describe('storedCompanyView', () => {
  it('keeps the stored URL without a tab, and the disagreements when there are some', () => {
    const disagreements = [
      {
        field: 'employees' as const,
        fact: { value: { min: 300, max: 300 }, source: 'website', evidence: '300 people' },
        extractor: 'website',
        at: NOW - DAY,
      },
    ];
    const company = { ...record, disagreements } as CompanyRecord;
    const view = storedCompanyView({ ...recent, company }, [sample], NOW);
    expect(view.company.url).toBe(record.url);
    expect(view.company.disagreements).toEqual(disagreements);
  });
});
