import { describe, expect, it } from 'vitest';
import { stackedBars } from '../../../components/trends/trend-words';

const KEYS = ['tier:0', 'tier:1', 'bad', 'disqualified'];
const weeks: { counts: Record<string, number> }[] = [
  { counts: { 'tier:0': 3, 'tier:1': 2, bad: 4, disqualified: 1 } },
  { counts: { 'tier:0': 1, bad: 2 } },
];

describe('stackedBars with tiers hidden from the legend', () => {
  it('leaves a hidden tier out: no bar of its own, and the tiers above it close up', () => {
    // "Good fit" hidden: its band is not filled by the "Bad fit" bar drawn behind it.
    expect(stackedBars(weeks, KEYS, new Set(['tier:1']))).toEqual([
      [3, 1],
      [null, null],
      [7, 3],
      [8, null],
    ]);
  });

  it('stacks as before with nothing hidden, and draws nothing when every tier is hidden', () => {
    expect(stackedBars(weeks, KEYS, new Set())).toEqual(stackedBars(weeks, KEYS));
    expect(
      stackedBars(weeks, KEYS, new Set(KEYS))
        .flat()
        .every((v) => v === null),
    ).toBe(true);
  });
});
