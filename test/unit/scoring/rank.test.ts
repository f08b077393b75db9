import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts, FactName } from '@/lib/facts';
import { compileRanker } from '@/lib/scoring/rank';
import { scoreCompany } from '@/lib/scoring/score';
import { corpus, everyFieldAndMore, icps } from '../sql/corpus';

describe('compileRanker', () => {
  const companies = corpus();
  const icpsWithMore = [...icps(), ['every field and more', everyFieldAndMore] as [string, Icp]];

  it.each(icpsWithMore)('ranks exactly as scoreCompany does (%s)', (_, profile) => {
    const rank = compileRanker(profile);
    let disqualified = 0;
    const tiers = new Set<string>();
    for (const facts of companies) {
      const full = scoreCompany(profile, facts);
      const fast = rank(facts);
      expect(fast).toEqual({
        score: full.score,
        confidence: full.confidence,
        scoreRange: full.scoreRange,
        tier: full.tier,
        tierKind: full.tierKind,
        ...(full.tierIndex !== undefined && { tierIndex: full.tierIndex }),
        ...(full.disqualifiedBy && { disqualifiedBy: full.disqualifiedBy.index }),
      });
      if (fast.disqualifiedBy !== undefined) disqualified++;
      tiers.add(fast.tierKind);
    }
    // The corpus is only a test when it reaches more than one outcome.
    expect(tiers.size).toBeGreaterThan(1);
    expect(companies.length).toBeGreaterThan(2000);
    if (profile === everyFieldAndMore) expect(disqualified).toBeGreaterThan(0);
  });

  it('every outcome is reached by the every-field ICP', () => {
    const rank = compileRanker(everyFieldAndMore);
    const kinds = new Set(companies.map((c) => rank(c).tierKind));
    expect([...kinds].sort()).toEqual(['bad', 'disqualified', 'insufficient', 'tier']);
  });
});

describe('compileRanker: keywords over several texts', () => {
  const icp = {
    ...everyFieldAndMore,
    criteria: [
      {
        field: 'keywords',
        mode: 'score',
        weight: 1,
        bands: [
          { in: ['zero trust'], credit: 1 },
          { in: ['payments'], credit: 0.5 },
        ],
      },
    ],
  } as Icp;
  const fact = <T>(value: T) => ({ value, source: 'csv' as const, evidence: '' });

  it.each([
    ['a later text holding the first band wins', ['payments'], undefined, 'A zero trust gateway.'],
    ['punctuation only is known but matches nothing', [], '—', undefined],
    ['a specialty folding to nothing is unknown', ['—'], undefined, undefined],
    [
      'the same texts again (remembered) rank the same',
      ['payments'],
      undefined,
      'A zero trust gateway.',
    ],
  ])('%s', (_, specialties, tagline, description) => {
    const facts = {
      ...(specialties.length > 0 && { specialties: fact(specialties) }),
      ...(tagline !== undefined && { tagline: fact(tagline) }),
      ...(description !== undefined && { description: fact(description) }),
    };
    const rank = compileRanker(icp);
    const full = scoreCompany(icp, facts);
    expect([rank(facts).score, rank(facts).confidence]).toEqual([full.score, full.confidence]);
  });
});

describe('compileRanker: bands remembered per value', () => {
  const companies = corpus();
  const expected = (profile: Icp, facts: CompanyFacts) => {
    const full = scoreCompany(profile, facts);
    return [full.score, full.confidence, full.tier, full.disqualifiedBy?.index];
  };
  const ranked = (rank: ReturnType<typeof compileRanker>, facts: CompanyFacts) => {
    const fast = rank(facts);
    return [fast.score, fast.confidence, fast.tier, fast.disqualifiedBy];
  };

  it.each([...icps(), ['every field and more', everyFieldAndMore] as [string, Icp]])(
    'companies sharing fact values in every mix rank as scoreCompany does (%s)',
    (_, profile) => {
      // The CSV reader shares one value object per distinct cell across rows; mixing every fact
      // of the corpus into new companies makes rows that share some values and differ in others
      // (a stale band, or a field reading a fact its memo does not key on, would show).
      const pools = new Map<FactName, CompanyFacts[FactName][]>();
      for (const facts of companies)
        for (const [name, fact] of Object.entries(facts)) {
          const pool = pools.get(name as FactName) ?? [];
          pools.set(name as FactName, pool);
          pool.push(fact);
        }
      let seed = 7;
      const next = (n: number) => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      const rank = compileRanker(profile);
      for (let i = 0; i < 6000; i++) {
        const facts: Record<string, unknown> = {};
        for (const [name, pool] of pools) if (next(4) > 0) facts[name] = pool[next(pool.length)];
        expect(ranked(rank, facts), JSON.stringify(facts).slice(0, 300)).toEqual(
          expected(profile, facts),
        );
      }
    },
  );
});
