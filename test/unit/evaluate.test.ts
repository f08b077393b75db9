import { describe, expect, it } from 'vitest';
import { type FactTimes, withoutStaleFacts } from '@/lib/company/corrections';
import { ICP_FORMAT, icpSchema, NOT_ENOUGH_DATA } from '@/lib/criteria/schema';
import type { StoredIcp } from '@/lib/db/icps';
import { evaluateCompany } from '@/lib/evaluate';
import type { CompanyFacts } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';

const stored = (id: string, active: boolean, reviewBy?: number): StoredIcp => ({
  id,
  icp: { ...sampleIcp, name: id },
  builtIn: false,
  createdAt: 0,
  updatedAt: 0,
  active,
  ...(reviewBy !== undefined && { reviewBy }),
});

describe('evaluateCompany', () => {
  it('scores against every ICP, pitches for the active one, flags ICPs due for review', () => {
    const facts = { name: { value: 'Acme', source: 'meta' as const, evidence: 'Acme' } };
    const { scores, pitch } = evaluateCompany(
      [stored('A', true, 100), stored('B', false, 10_000)],
      facts,
      5_000,
    );
    expect(scores.map((s) => [s.icpName, s.active, s.reviewOverdue ?? false])).toEqual([
      ['A', true, true],
      ['B', false, false],
    ]);
    expect(pitch).not.toBeNull();
    expect(evaluateCompany([], facts).pitch).toBeNull();
  });
});

describe("stale facts at the ICP's choice", () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 10, 30);
  const icp = (staleFactsUnknown?: boolean) =>
    icpSchema.parse({
      format: ICP_FORMAT,
      name: 'Security',
      tiers: [{ name: 'Fit', minScore: 50 }],
      criteria: [{ field: 'industry', bands: [{ in: ['Computer and Network Security'] }] }],
      ...(staleFactsUnknown !== undefined && { staleFactsUnknown }),
    });
  const storedIcp = (staleFactsUnknown?: boolean): StoredIcp => ({
    id: 'S',
    icp: icp(staleFactsUnknown),
    builtIn: false,
    createdAt: 0,
    updatedAt: 0,
    active: true,
  });
  const industry = (source: 'linkedin-about' | 'user'): CompanyFacts => ({
    name: { value: 'Acme', source: 'meta', evidence: 'Acme' },
    industry: {
      value: 'Computer and Network Security',
      source,
      evidence: 'Computer and Network Security',
    },
  });
  const oldTimes: FactTimes = {
    name: { seen: now - 400 * DAY },
    industry: { seen: now - 400 * DAY },
  };
  const tierOf = (stored: StoredIcp, facts: CompanyFacts, times?: FactTimes) =>
    evaluateCompany([stored], facts, now, times).scores[0]?.result.tier;

  it('drops page facts last seen before the review period, keeps fresh ones and corrections', () => {
    const facts = industry('linkedin-about');
    expect(withoutStaleFacts(facts, oldTimes, now)).toEqual({});
    expect(withoutStaleFacts(facts, { industry: { seen: now - 30 * DAY } }, now)).toEqual(facts);
    expect(withoutStaleFacts(facts, {}, now)).toEqual(facts); // never seen: not stale
    expect(withoutStaleFacts(industry('user'), oldTimes, now).industry?.source).toBe('user');
  });

  it('a stale fact is unknown only when the ICP says so', () => {
    const facts = industry('linkedin-about');
    expect(tierOf(storedIcp(), facts, oldTimes)).toBe('Fit');
    expect(tierOf(storedIcp(false), facts, oldTimes)).toBe('Fit');
    expect(tierOf(storedIcp(true), facts, oldTimes)).toBe(NOT_ENOUGH_DATA);
    // A fresh fact stays known with the option on; without times nothing is stale.
    expect(tierOf(storedIcp(true), facts, { industry: { seen: now - DAY } })).toBe('Fit');
    expect(tierOf(storedIcp(true), facts)).toBe('Fit');
  });

  it("a user's correction is never stale", () => {
    const times: FactTimes = { industry: { seen: now - 400 * DAY, corrected: now - 400 * DAY } };
    expect(tierOf(storedIcp(true), industry('user'), times)).toBe('Fit');
  });
});
