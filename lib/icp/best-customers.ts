/** Choosing the best customers of a customer file: the top N by a number, or a yes-like flag. */
import { parseLocalizedNumber } from '../normalize/number';

export type BestRule =
  | { kind: 'top'; column: string; n: number }
  | { kind: 'flag'; column: string; truthy?: string[] };

const DEFAULT_TRUTHY = [
  'yes',
  'y',
  'true',
  '1',
  'x',
  'won',
  'closed won',
  'win',
  'best',
  '✓',
  '✔',
  '☑',
  '✅',
];

/** The cell of `column` in a row, matching the header exactly or else ignoring case and spaces. */
function cellOf(row: Record<string, string>, column: string): string | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const exact = row[column];
  if (typeof exact === 'string') return exact;
  const wanted = column.trim().toLowerCase();
  for (const [key, value] of Object.entries(row))
    if (key.trim().toLowerCase() === wanted && typeof value === 'string') return value;
  return undefined;
}

/**
 * A number as spreadsheets write amounts: "$12,400", "12.4k", "1.2M", "87%", "€ 3.400,50",
 * "-5". Undefined when the cell holds no number (or an absurd one).
 */
export function parseAmount(cell: string | undefined): number | undefined {
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().slice(0, 100);
  if (!text) return undefined;
  const negative = /^\(.*\)$|^[-−]/.test(text.replace(/^[$€£¥₫₹\s]+/, ''));
  const value = parseLocalizedNumber(text.replace(/[-−()]/g, ''));
  if (value === undefined) return undefined;
  return negative ? -value : value;
}

/**
 * The top-`n` ranking of the "top" rule, fed one row at a time in file order: keeps the `n`
 * highest numbers seen (with their row positions, and what the caller gave to hold with each) in
 * a heap, never the rows, so memory grows with `n` (what the user asked for), not with the file.
 */
class TopRanking<T> {
  /** Min-heap by rank: the worst of the kept rows (lowest value, then latest row) at 0. */
  private readonly values: number[] = [];
  private readonly indexes: number[] = [];
  readonly held: (T | undefined)[] = [];

  constructor(readonly n: number) {}

  /** True when row `a` ranks below row `b` (a lower number; on a tie, the later row). */
  private below(a: number, b: number): boolean {
    const va = this.values[a] as number;
    const vb = this.values[b] as number;
    return va < vb || (va === vb && (this.indexes[a] as number) > (this.indexes[b] as number));
  }

  private swap(a: number, b: number): void {
    [this.values[a], this.values[b]] = [this.values[b] as number, this.values[a] as number];
    [this.indexes[a], this.indexes[b]] = [this.indexes[b] as number, this.indexes[a] as number];
    [this.held[a], this.held[b]] = [this.held[b], this.held[a]];
  }

  add(value: number, index: number, held?: () => T): void {
    if (this.n <= 0) return;
    if (this.values.length < this.n) {
      this.values.push(value);
      this.indexes.push(index);
      this.held.push(held?.());
      for (let at = this.values.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!this.below(at, parent)) break;
        this.swap(at, parent);
        at = parent;
      }
      return;
    }
    // Rows come in file order, so a tie never displaces an earlier row.
    if (value <= (this.values[0] as number)) return;
    this.values[0] = value;
    this.indexes[0] = index;
    this.held[0] = held?.();
    for (let at = 0; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let low = at;
      if (left < this.values.length && this.below(left, low)) low = left;
      if (right < this.values.length && this.below(right, low)) low = right;
      if (low === at) break;
      this.swap(at, low);
      at = low;
    }
  }

  /** Whether the row at `index` with number `value` is among the top `n` of every row added. */
  has(value: number, index: number): boolean {
    if (this.n <= 0) return false;
    if (this.values.length < this.n) return true;
    const cut = this.values[0] as number;
    return value > cut || (value === cut && index <= (this.indexes[0] as number));
  }
}

/**
 * `selectBest` one row at a time, for a file read as a stream. The "flag" rule decides each row
 * alone; the "top" rule needs every row ranked first: when `ranks` is true, give every row
 * (record and its 0-based position among the rows) to `rank` in one pass, then ask `isBest` of
 * each row in a second pass over the same rows, or take what was held with the best rows
 * (`heldByBest`). Holds `n` numbers (and what `rank` was given to hold) for "top", nothing for
 * "flag".
 */
export class BestSelector<T = unknown> {
  private readonly top: TopRanking<T> | undefined;
  private readonly truthy: Set<string> | undefined;
  /** True when rows must go through `rank` before `isBest` answers (the "top" rule). */
  readonly ranks: boolean;

  constructor(private readonly rule: BestRule) {
    if (rule.kind === 'flag') {
      this.truthy = new Set((rule.truthy ?? DEFAULT_TRUTHY).map((t) => t.trim().toLowerCase()));
      this.ranks = false;
    } else {
      this.top = new TopRanking(Number.isFinite(rule.n) ? Math.max(0, Math.floor(rule.n)) : 0);
      this.ranks = true;
    }
  }

  /** How many best customers the "top" rule keeps (0 for "flag"). */
  get n(): number {
    return this.top?.n ?? 0;
  }

  /**
   * The first pass of the "top" rule: one row, in file order; what `held` gives (called only when
   * the row enters the top `n`) is kept while the row stays there (the caller's data about it,
   * e.g. its facts).
   */
  rank(row: Record<string, string>, index: number, held?: () => T): void {
    const value = parseAmount(cellOf(row, this.rule.column));
    if (value !== undefined) this.top?.add(value, index, held);
  }

  /** After ranking every row: what `rank` held of each best row (in no particular order). */
  heldByBest(): T[] {
    return (this.top?.held ?? []).filter((h): h is T => h !== undefined);
  }

  /** Whether the row at `index` (0-based, in file order) is a best customer. */
  isBest(row: Record<string, string>, index: number): boolean {
    if (this.truthy) {
      const cell = cellOf(row, this.rule.column)?.trim().toLowerCase();
      return Boolean(cell && this.truthy.has(cell.replace(/\s+/g, ' ')));
    }
    const value = parseAmount(cellOf(row, this.rule.column));
    return value !== undefined && (this.top?.has(value, index) ?? false);
  }
}

/**
 * Which rows are best customers: the `n` with the highest number in `column` (ties keep file
 * order; cells without a number never count), or the rows whose `column` holds a yes-like flag
 * (yes, true, 1, x, won, ✓…, case-insensitive; `truthy` replaces that list).
 */
export function selectBest(rows: readonly Record<string, string>[], rule: BestRule): boolean[] {
  const selector = new BestSelector(rule);
  if (selector.ranks) for (let i = 0; i < rows.length; i++) selector.rank(rows[i] ?? {}, i);
  return rows.map((row, i) => selector.isBest(row, i));
}
