import { describe, expect, it } from 'vitest';
import type { StoredIcp } from '@/lib/db/icps';
import { evaluateCompany } from '@/lib/evaluate';
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
