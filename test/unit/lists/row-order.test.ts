import { describe, expect, it } from 'vitest';
import {
  carryRanks,
  collationRanks,
  hasRanks,
  orderRows,
  packedOrder,
  seedRanks,
  tableCollator,
} from '@/lib/lists/row-order';
import {
  filterAndSortRows,
  LIST_COLUMNS,
  type ListColumn,
  type ListRow,
  listSortValue,
} from '@/lib/lists/rows';

/**
 * The order as it was before ranks: a comparator calling the collator on every comparison (kept
 * here as the reference the fast path must match exactly).
 */
function collatorOrder(rows: readonly ListRow[], column: ListColumn, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: listSortValue(row, column) }));
  keyed.sort((a, b) => {
    const x = a.key;
    const y = b.key;
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
    } else {
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : tableCollator.compare(String(x), String(y));
      if (c !== 0) return sign * c;
    }
    return (
      (a.row.score === undefined ? 1 : 0) - (b.row.score === undefined ? 1 : 0) ||
      (b.row.score ?? 0) - (a.row.score ?? 0) ||
      tableCollator.compare(a.row.name, b.row.name)
    );
  });
  return keyed.map((k) => k.row);
}

// Made-up companies whose names and places test the collator: accents, case, digits as numbers,
// Vietnamese, Chinese, Persian (with Persian digits), punctuation, look-alikes.
const NAMES = [
  'Company 2',
  'Company 10',
  'company 2',
  'Company 02',
  'Élan Robotics',
  'Elan Robotics',
  'elan robotics',
  'Công ty Sao Mai',
  'Cong ty Sao Mai',
  'Công Ty Sao Mai 9',
  'Công ty Sao Mai 10',
  'Đông Á Logistics',
  'Dong A Logistics',
  'Ánh Dương',
  '深圳星河科技',
  '北京云图',
  '上海明珠 2',
  '上海明珠 10',
  'آریا داده',
  'پارس نوین ۲',
  'پارس نوین ۱۰',
  'ایران‌سافت',
  "O'Neil & Co",
  'O Neil and Co',
  'Øresund Data',
  'ångström labs',
  'Zeta',
  '3D Print',
  '10X Capital',
  '',
];
const PLACES = ['Hà Nội, VN', 'Ha Noi, VN', 'Hanoi, VN', '上海, CN', 'تهران, IR', 'Zürich, CH', ''];
const TIERS: Partial<ListRow>[] = [
  { tier: 'Best fit', tierKind: 'tier', tierIndex: 0 },
  { tier: 'Good fit', tierKind: 'tier', tierIndex: 1 },
  { tier: 'Bad fit', tierKind: 'bad' },
  { tier: 'Disqualified', tierKind: 'disqualified' },
  { tier: 'Not enough data', tierKind: 'insufficient' },
  {},
];

/** A deterministic pseudo-random pick (no flaky order between runs). */
function picker(seed: number) {
  let s = seed;
  return <T>(xs: readonly T[]): T => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return xs[s % xs.length] as T;
  };
}

function trickyRows(count: number, seed: number): ListRow[] {
  const pick = picker(seed);
  return Array.from({ length: count }, (_, i) => {
    const tier = pick(TIERS);
    const scored = tier.tierKind !== undefined;
    const hq = pick(PLACES);
    return {
      companyId: `c${i}`,
      name: pick(NAMES),
      ...(pick([true, false]) && { domain: `${pick(['alpha', 'Alpha', 'beta-2', 'beta-10'])}.vn` }),
      ...(pick([true, false]) && { linkedinSlug: pick(['acme', 'acme-2', 'acme-10']) }),
      ...tier,
      ...(scored && { score: pick([0, 35, 35.5, 60, 88, 100]), confidence: pick([0.2, 0.5, 1]) }),
      ...(pick([true, false]) && {
        industry: pick(['Retail', 'retail', 'Bán lẻ', '零售', 'خرده‌فروشی']),
      }),
      ...(pick([true, false]) && { employees: '201–500', employeesMin: pick([1, 201, 1001]) }),
      ...(hq !== '' || pick([true, false]) ? { hq } : {}),
      addedAt: pick([1, 2, 3]),
      lastSeen: pick([10, 20]),
      note: pick(['', '', 'call back', 'Call back', 'gọi lại', 'Note 2', 'Note 10']),
      status: pick(['new', 'contacted', 'replied', 'not-now']),
    };
  });
}

describe('ranked sorting', () => {
  it('orders every column, both ways, exactly as the collator comparator does', () => {
    for (const seed of [1, 2, 3]) {
      const rows = trickyRows(400, seed);
      for (const column of LIST_COLUMNS)
        for (const direction of ['asc', 'desc'] as const)
          expect(
            filterAndSortRows(rows, { sort: { column, direction } }).map((r) => r.companyId),
            `${column} ${direction} (seed ${seed})`,
          ).toEqual(collatorOrder(rows, column, direction).map((r) => r.companyId));
    }
  });
  it('keeps the collator order of the tricky names: digits as numbers, accents and case ignored', () => {
    const rows = NAMES.filter((n) => n !== '').map(
      (name, i): ListRow => ({
        companyId: `c${i}`,
        name,
        addedAt: 0,
        lastSeen: 0,
        note: '',
        status: 'new',
      }),
    );
    const names = filterAndSortRows(rows, { sort: { column: 'name', direction: 'asc' } }).map(
      (r) => r.name,
    );
    expect(names.indexOf('Company 2')).toBeLessThan(names.indexOf('Company 10'));
    expect(names.indexOf('Công ty Sao Mai 9')).toBeLessThan(names.indexOf('Công ty Sao Mai 10'));
    expect(names.indexOf('پارس نوین ۲')).toBeLessThan(names.indexOf('پارس نوین ۱۰'));
    expect(names.indexOf('上海明珠 2')).toBeLessThan(names.indexOf('上海明珠 10'));
    // Names equal to the collator keep their place in the list (a stable order).
    const elan = names.filter((n) => tableCollator.compare(n, 'Elan Robotics') === 0);
    expect(elan).toEqual(['Élan Robotics', 'Elan Robotics', 'elan robotics']);
  });
  it('sorts the filtered rows the same as the whole and keeps input order without a sort', () => {
    const rows = trickyRows(300, 7);
    const view = { tiers: ['tier:0', 'bad'], query: 'sao mai' };
    const sorted = filterAndSortRows(rows, { ...view, sort: { column: 'hq', direction: 'desc' } });
    const kept = filterAndSortRows(rows, view);
    expect(kept.length).toBeGreaterThan(0);
    expect(sorted.map((r) => r.companyId)).toEqual(
      collatorOrder(kept, 'hq', 'desc').map((r) => r.companyId),
    );
    expect(kept.map((r) => r.companyId)).toEqual(
      rows.filter((r) => kept.includes(r)).map((r) => r.companyId),
    );
  });
  it('ranks equal text alike and empty values as NaN', () => {
    expect([...collationRanks(['b', 'A', 'a', undefined, 'Item 10', 'item 9', 'á'])]).toEqual([
      1,
      0,
      0,
      Number.NaN,
      3,
      2,
      0,
    ]);
  });
  it('uses seeded ranks, carries them across an edit, re-ranks the edited column', () => {
    const rows = trickyRows(50, 11);
    // Ranks from a worker that would reverse the names: the sort must follow them, not recompute.
    const names = collationRanks(rows.map((r) => r.name));
    seedRanks(
      rows,
      'name',
      names.map((r) => 1000 - r),
    );
    expect(hasRanks(rows, 'name')).toBe(true);
    const seeded = filterAndSortRows(rows, { sort: { column: 'name', direction: 'asc' } });
    expect(seeded.map((r) => r.name)).toEqual(
      collatorOrder(rows, 'name', 'desc').map((r) => r.name),
    );
    const edited = rows.map((r, i) => (i === 0 ? { ...r, note: 'Aaa first' } : r));
    carryRanks(rows, edited, ['note']);
    expect(hasRanks(edited, 'name')).toBe(true);
    expect(hasRanks(edited, 'note')).toBe(false);
    expect(filterAndSortRows(edited, { sort: { column: 'note', direction: 'asc' } })[0]?.note).toBe(
      'Aaa first',
    );
    expect(() => seedRanks(rows, 'hq', new Float64Array(3))).toThrow();
  });
  it('orders rows of any shape by a value function', () => {
    const rows = [
      { name: 'b', score: 1, src: 'Website' },
      { name: 'a', score: 1, src: 'LinkedIn' },
      { name: 'c', src: undefined },
    ];
    const by = (r: (typeof rows)[number], column: string) => (column === 'src' ? r.src : r.name);
    expect(
      orderRows(rows, undefined, { column: 'src', direction: 'asc' }, by).map((r) => r.name),
    ).toEqual(['a', 'b', 'c']);
    expect(orderRows(rows, (r) => r.name !== 'a', undefined, by).map((r) => r.name)).toEqual([
      'b',
      'c',
    ]);
  });
});

describe('packedOrder', () => {
  it('orders by the first rank descending, then the second, then index, packed or not', () => {
    const n = Number.NaN;
    const first = Float64Array.from([1, n, 2, 1, 2, 0, n]);
    const second = Float64Array.from([0, 1, n, 0, 1, 3, 0]);
    const want = [4, 2, 0, 3, 5, 6, 1];
    expect([...packedOrder(first, second)]).toEqual(want);
    expect([...packedOrder(first, second, 10)]).toEqual(want);
  });
});
