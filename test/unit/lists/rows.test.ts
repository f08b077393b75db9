import { describe, expect, it } from 'vitest';
import { countByTier, filterAndSortRows, LIST_COLUMNS, type ListRow } from '@/lib/lists/rows';

const row = (name: string, extra: Partial<ListRow> = {}): ListRow => ({
  companyId: name,
  name,
  addedAt: 0,
  lastSeen: 0,
  note: '',
  status: 'new',
  ...extra,
});
const rows: ListRow[] = [
  row('Élan Robotics', {
    domain: 'elan.example',
    tier: 'Good fit',
    tierKind: 'tier',
    tierIndex: 1,
    score: 70,
    confidence: 0.9,
    employeesMin: 50,
    employees: '50–200',
    industry: 'Robotics',
    hq: 'Lyon, FR',
    addedAt: 3,
    lastSeen: 30,
    note: 'b',
    status: 'replied',
    linkedinSlug: 'elan',
  }),
  row('acme', {
    domain: 'acme.example',
    tier: 'Best fit',
    tierKind: 'tier',
    tierIndex: 0,
    score: 88,
    confidence: 0.7,
    employeesMin: 500,
    employees: '500+',
    industry: 'Security',
    hq: 'Austin, US',
    addedAt: 1,
    lastSeen: 10,
    note: 'a',
    status: 'contacted',
    linkedinSlug: 'acme',
  }),
  row('Bad Co', {
    tier: 'Bad fit',
    tierKind: 'bad',
    score: 20,
    confidence: 1,
    addedAt: 2,
    lastSeen: 20,
  }),
  row('Dq Co', {
    tier: 'Disqualified',
    tierKind: 'disqualified',
    score: 90,
    confidence: 1,
    addedAt: 4,
    lastSeen: 40,
  }),
  row('Unknown Co', { addedAt: 5, lastSeen: 50 }),
];
const names = (list: ListRow[]) => list.map((r) => r.name);

describe('filterAndSortRows', () => {
  it('sorts by tier in the ICP order, Disqualified below Bad fit, unscored last either way', () => {
    expect(names(filterAndSortRows(rows, { sort: { column: 'tier', direction: 'asc' } }))).toEqual([
      'acme',
      'Élan Robotics',
      'Bad Co',
      'Dq Co',
      'Unknown Co',
    ]);
    expect(names(filterAndSortRows(rows, { sort: { column: 'tier', direction: 'desc' } }))).toEqual(
      ['Dq Co', 'Bad Co', 'Élan Robotics', 'acme', 'Unknown Co'],
    );
  });
  it('sorts by every column, both directions, reversing the order of known values', () => {
    for (const column of LIST_COLUMNS) {
      const asc = filterAndSortRows(rows, { sort: { column, direction: 'asc' } });
      const desc = filterAndSortRows(rows, { sort: { column, direction: 'desc' } });
      expect(asc).toHaveLength(rows.length);
      expect(asc[0], column).not.toBe(desc[0]);
    }
    expect(names(filterAndSortRows(rows, { sort: { column: 'name', direction: 'asc' } }))).toEqual([
      'acme',
      'Bad Co',
      'Dq Co',
      'Élan Robotics',
      'Unknown Co',
    ]);
    expect(
      names(filterAndSortRows(rows, { sort: { column: 'employees', direction: 'desc' } })).slice(
        0,
        2,
      ),
    ).toEqual(['acme', 'Élan Robotics']);
  });
  it('filters by each tier separately and searches name or domain, accents ignored', () => {
    expect(names(filterAndSortRows(rows, { tiers: ['tier:1'] }))).toEqual(['Élan Robotics']);
    expect(names(filterAndSortRows(rows, { tiers: ['tier:0', 'bad'] }))).toEqual([
      'acme',
      'Bad Co',
    ]);
    expect(names(filterAndSortRows(rows, { tiers: ['unscored'] }))).toEqual(['Unknown Co']);
    expect(names(filterAndSortRows(rows, { query: 'elan' }))).toEqual(['Élan Robotics']);
    expect(names(filterAndSortRows(rows, { query: 'acme.ex' }))).toEqual(['acme']);
  });
  it('counts rows per tier', () => {
    expect(Object.fromEntries(countByTier(rows))).toEqual({
      'tier:0': 1,
      'tier:1': 1,
      bad: 1,
      disqualified: 1,
      unscored: 1,
    });
  });
});
