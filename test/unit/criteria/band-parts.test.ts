import { describe, expect, it } from 'vitest';
import { CRITERIA } from '@/lib/criteria';
import { bandInEnglish } from '@/lib/criteria/band-parts';
import { describeBand } from '@/lib/criteria/labels';
import { CRITERION_FIELDS } from '@/lib/criteria/schema';

describe('band parts: what a band says, as structured values', () => {
  it('gives numbers and lists as they are, for the UI to word in its language', () => {
    expect(CRITERIA.funding.bandParts({ in: ['Seed', 'Series A'], min: 1e6, credit: 1 })).toEqual([
      { kind: 'values', as: 'stage', values: ['Seed', 'Series A'] },
      { kind: 'range', of: 'raised', min: 1e6 },
    ]);
    expect(CRITERIA.founded.bandParts({ max: 1999, credit: 1 })).toEqual([
      { kind: 'range', of: 'year', max: 1999 },
    ]);
    expect(CRITERIA.hiringFor.bandParts({ in: ['Sales', 'Support'], credit: 1 })).toEqual([
      { kind: 'values', as: 'category', values: ['Sales', 'Support'] },
    ]);
  });

  it('every field describes a band of its shape, and the English wording is made from the parts', () => {
    for (const field of CRITERION_FIELDS) {
      const band =
        CRITERIA[field].shape === 'number' ? { min: 10, credit: 1 } : { in: ['X'], credit: 1 };
      const parts = CRITERIA[field].bandParts(band);
      expect(parts.length, field).toBeGreaterThan(0);
      expect(describeBand(field, band), field).toBe(bandInEnglish(parts));
    }
  });
});
