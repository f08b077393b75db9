import { describe, expect, it } from 'vitest';
import { type TrendEntry, weeklyFit, weekStart } from '@/lib/lists/trends';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('weeklyFit', () => {
  it('starts weeks on Monday UTC', () => {
    expect(new Date(weekStart(day('2026-11-29'))).toISOString()).toBe('2026-11-23T00:00:00.000Z'); // a Sunday
    expect(new Date(weekStart(day('2026-11-30'))).toISOString()).toBe('2026-11-30T00:00:00.000Z'); // a Monday
  });
  it('stacks companies per week by tier and gives the fit share, empty weeks included', () => {
    const entries: TrendEntry[] = [
      { at: day('2026-11-02'), tierKind: 'tier', tierIndex: 0 },
      { at: day('2026-11-03'), tierKind: 'tier', tierIndex: 1 },
      { at: day('2026-11-04'), tierKind: 'bad' },
      { at: day('2026-11-05'), tierKind: 'disqualified' },
      { at: day('2026-11-20') },
      { at: day('2025-01-01'), tierKind: 'tier', tierIndex: 0 }, // outside the range
    ];
    const weeks = weeklyFit(entries, day('2026-11-02'), day('2026-11-22'));
    expect(weeks.map((w) => new Date(w.start).toISOString().slice(0, 10))).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
    expect(weeks[0]).toMatchObject({
      counts: { 'tier:0': 1, 'tier:1': 1, bad: 1, disqualified: 1 },
      total: 4,
      fitShare: 0.5,
    });
    expect(weeks[1]).toMatchObject({ counts: {}, total: 0, fitShare: 0 });
    expect(weeks[2]).toMatchObject({ counts: { unscored: 1 }, total: 1, fitShare: 0 });
  });
});
