/** The ICP builder's founding years: counted per year, proposed as the best customers' middle 80 %. */
import type { ProposalContext } from './builder-stats';

/**
 * How many best and all customers were founded in each year (a finite number from 1000 to 3000;
 * other values are not counted). One entry per distinct year, however many customers.
 */
export class YearCounter {
  readonly years = new Map<number, { best: number; all: number }>();
  bestTotal = 0;

  add(value: unknown, isBest: boolean): void {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 1000 || value > 3000)
      return;
    let count = this.years.get(value);
    if (!count) {
      count = { best: 0, all: 0 };
      this.years.set(value, count);
    }
    count.all++;
    if (isBest) {
      count.best++;
      this.bestTotal++;
    }
  }

  /** One more best customer of a year already `add`ed (as not best). */
  promote(value: unknown): void {
    const count = typeof value === 'number' ? this.years.get(value) : undefined;
    if (!count) return;
    count.best++;
    this.bestTotal++;
  }

  /**
   * The year at rank `rank` (0-based) of the best customers' years sorted ascending, from the
   * counts: the same as indexing the sorted list. `sorted` holds the counted years ascending.
   */
  private bestAt(rank: number, sorted: readonly number[]): number {
    let seen = 0;
    for (const year of sorted) {
      seen += this.years.get(year)?.best ?? 0;
      if (seen > rank) return year;
    }
    return sorted[sorted.length - 1] as number;
  }

  /**
   * From the 10th to the 90th percentile of the best customers' years (nearest rank, as
   * `middleRange` takes it of the sorted list), or undefined when no best customer's year is known.
   */
  middleRange(): [number, number] | undefined {
    const n = this.bestTotal;
    if (n === 0) return undefined;
    const sorted = [...this.years.keys()].sort((a, b) => a - b);
    const at = (q: number) => this.bestAt(Math.min(n - 1, Math.floor(q * n)), sorted);
    return [at(0.1), at(0.9)];
  }
}

/** Founding years: the middle 80 % of the best customers whose year is known. */
export function proposeYears(years: YearCounter, ctx: ProposalContext): void {
  const window = years.middleRange();
  if (!window) return;
  const [min, max] = window;
  let inBest = 0;
  let inAll = 0;
  for (const [year, count] of years.years)
    if (year >= min && year <= max) {
      inBest += count.best;
      inAll += count.all;
    }
  ctx.push(
    ctx.make({
      id: `founded:${min}-${max}`,
      field: 'founded',
      label: min === max ? String(min) : `${min}–${max}`,
      range: { min, max },
      best: inBest,
      all: inAll,
    }),
    true,
  );
}
