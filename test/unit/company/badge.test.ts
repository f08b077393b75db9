import { describe, expect, it } from 'vitest';
import { badgeText, tierColor } from '@/lib/badge';

describe('badge', () => {
  it('shows the first word of the tier, at most 4 characters', () => {
    expect(badgeText({ tier: 'Best fit', tierKind: 'tier' })).toBe('BEST');
    expect(badgeText({ tier: 'Possible fit', tierKind: 'tier' })).toBe('POSS');
    expect(badgeText({ tier: 'Bad fit', tierKind: 'bad' })).toBe('BAD');
    expect(badgeText({ tier: 'Disqualified', tierKind: 'disqualified' })).toBe('DQ');
    expect(badgeText({ tier: 'Not enough data', tierKind: 'insufficient' })).toBe('?');
    expect(badgeText({ tier: '   ', tierKind: 'tier' })).toBe('?');
    expect(badgeText({ tier: 'Ưu tiên cao', tierKind: 'tier' })).toBe('ƯU');
  });

  it('gives each tier position its own colour, and fixed colours to bad fit and disqualified', () => {
    const colors = [0, 1, 2].map((i) => tierColor({ tierKind: 'tier', tierIndex: i }));
    expect(new Set(colors).size).toBe(3);
    expect(tierColor({ tierKind: 'bad' })).not.toBe(tierColor({ tierKind: 'disqualified' }));
    const others = ['bad', 'disqualified', 'tier'] as const;
    for (const kind of others)
      expect(tierColor({ tierKind: 'insufficient' })).not.toBe(tierColor({ tierKind: kind }));
  });
});
