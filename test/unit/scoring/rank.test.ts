import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
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
