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
  it('sorts names as a list does (numbers by value, accents ignored) and ties by score, then name', () => {
    const named = [
      row('a', { name: 'Company 10', tier: 'Bad fit', tierKind: 'bad', score: 30 }),
      row('b', { name: 'Company 2', tier: 'Bad fit', tierKind: 'bad', score: 30 }),
      row('c', { name: 'Élan', tier: 'Bad fit', tierKind: 'bad', score: 40 }),
      row('d', { name: 'Dong A' }),
    ];
    const by = (column: 'name' | 'tier', direction: 'asc' | 'desc') =>
      filterAndSort(named, { sort: { column, direction } }).map((r) => r.id);
    expect(by('name', 'asc')).toEqual(['b', 'a', 'd', 'c']);
    expect(by('name', 'desc')).toEqual(['c', 'd', 'a', 'b']);
    // Same tier: the higher score first, then "Company 2" before "Company 10"; unscored last.
    expect(by('tier', 'asc')).toEqual(['c', 'b', 'a', 'd']);
    expect(by('tier', 'desc')).toEqual(['c', 'b', 'a', 'd']);
  });
});
