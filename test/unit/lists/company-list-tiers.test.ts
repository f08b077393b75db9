import { describe, expect, it } from 'vitest';
import { type CompanyRow, filterAndSort } from '@/lib/db/company-list';

const row = (id: string, extra: Partial<CompanyRow>): CompanyRow => ({
  id,
  name: id,
  lastSeen: 0,
  source: 'LinkedIn',
  ...extra,
});
const rows = [
  row('good', { tier: 'Good fit', tierKind: 'tier', tierIndex: 1, score: 70 }),
  row('dq', { tier: 'Disqualified', tierKind: 'disqualified', score: 95 }),
  row('best', { tier: 'Best fit', tierKind: 'tier', tierIndex: 0, score: 85 }),
  row('bad', { tier: 'Bad fit', tierKind: 'bad', score: 30 }),
  row('none', {}),
];

describe('Companies page: per-tier filter and fit-order sort', () => {
  it('filters by each tier of the ICP separately', () => {
    expect(filterAndSort(rows, { tiers: ['tier:1'] }).map((r) => r.id)).toEqual(['good']);
    expect(filterAndSort(rows, { tiers: ['tier:0', 'disqualified'] }).map((r) => r.id)).toEqual([
      'dq',
      'best',
    ]);
    expect(filterAndSort(rows, { tiers: ['unscored'] }).map((r) => r.id)).toEqual(['none']);
  });
  it('sorts by tier in the ICP order (Disqualified below Bad fit), not alphabetically', () => {
    const asc = filterAndSort(rows, { sort: { column: 'tier', direction: 'asc' } }).map(
      (r) => r.id,
    );
    expect(asc).toEqual(['best', 'good', 'bad', 'dq', 'none']);
    const desc = filterAndSort(rows, { sort: { column: 'tier', direction: 'desc' } }).map(
      (r) => r.id,
    );
    expect(desc).toEqual(['dq', 'bad', 'good', 'best', 'none']);
  });
});
