import { describe, expect, it } from 'vitest';
import { compareByFit } from '@/lib/scoring/order';
import type { ScoreResult } from '@/lib/scoring/types';

type Row = Pick<ScoreResult, 'tierKind' | 'tierIndex' | 'score' | 'confidence'> & { name: string };
const row = (name: string, tierKind: Row['tierKind'], score: number, tierIndex?: number): Row => ({
  name,
  tierKind,
  score,
  confidence: 1,
  ...(tierIndex !== undefined && { tierIndex }),
});

describe('compareByFit', () => {
  it('puts tiers first by position, then Bad fit, then Disqualified, and Not enough data apart', () => {
    const rows = [
      row('dq-51', 'disqualified', 51),
      row('thin-90', 'insufficient', 90),
      row('bad-34', 'bad', 34),
      row('good-65', 'tier', 65, 1),
      row('best-81', 'tier', 81, 0),
      row('best-95', 'tier', 95, 0),
    ];
    expect(rows.sort(compareByFit).map((r) => r.name)).toEqual([
      'best-95',
      'best-81',
      'good-65',
      'bad-34',
      'dq-51',
      'thin-90',
    ]);
  });

  it('breaks score ties by confidence', () => {
    const sure = { ...row('sure', 'bad', 30), confidence: 0.9 };
    const unsure = { ...row('unsure', 'bad', 30), confidence: 0.6 };
    expect([unsure, sure].sort(compareByFit).map((r) => r.name)).toEqual(['sure', 'unsure']);
  });
});
