/** The ICP builder's company sizes: LinkedIn's employee bands, alone or two neighbours together. */
import { representative } from '../criteria/number-range';
import type { Range } from '../facts';
import { groupDigits } from '../format';
import { EMPLOYEE_BANDS } from '../normalize/employee-bands';
import type { ProposalContext } from './builder-stats';

/** The LinkedIn band a company's size falls in (by the number scoring judges it by), or -1. */
export function employeeBandOf(range: Range | undefined): number {
  if (!range || typeof range.min !== 'number') return -1;
  const value = representative(range);
  if (!Number.isFinite(value) || value <= 0) return -1;
  for (let i = 0; i < EMPLOYEE_BANDS.length - 1; i++) {
    const next = EMPLOYEE_BANDS[i + 1] as { min: number };
    if (value < next.min) return i;
  }
  return EMPLOYEE_BANDS.length - 1;
}

/** How many best and all customers fall in each employee band. */
export class SizeCounter {
  readonly best = new Array<number>(EMPLOYEE_BANDS.length).fill(0);
  readonly all = new Array<number>(EMPLOYEE_BANDS.length).fill(0);
  add(range: Range | undefined, isBest: boolean): void {
    const band = employeeBandOf(range);
    if (band < 0) return;
    this.all[band] = (this.all[band] ?? 0) + 1;
    if (isBest) this.best[band] = (this.best[band] ?? 0) + 1;
  }
  /** One more best customer of a size already `add`ed (as not best). */
  promote(range: Range | undefined): void {
    const band = employeeBandOf(range);
    if (band >= 0) this.best[band] = (this.best[band] ?? 0) + 1;
  }
}

/** Employee bands, and two neighbouring bands together when neither is common enough alone. */
export function proposeSizes(sizes: SizeCounter, ctx: ProposalContext): void {
  const { best: bandBest, all: bandAll } = sizes;
  const singleBands = new Set<number>();
  EMPLOYEE_BANDS.forEach((b, i) => {
    const range = b.max === undefined ? { min: b.min } : { min: b.min, max: b.max };
    const ok = ctx.push(
      ctx.make({
        id: `employees:${b.min}-${b.max ?? ''}`,
        field: 'employees',
        label: b.label,
        range,
        best: bandBest[i] as number,
        all: bandAll[i] as number,
      }),
    );
    if (ok) singleBands.add(i);
  });
  const pairs: { i: number; best: number }[] = [];
  for (let i = 0; i + 1 < EMPLOYEE_BANDS.length; i++)
    pairs.push({ i, best: (bandBest[i] as number) + (bandBest[i + 1] as number) });
  // Most common pairs first; a band is in at most one proposal.
  pairs.sort((a, b) => b.best - a.best || a.i - b.i);
  const used = new Set(singleBands);
  for (const { i } of pairs) {
    if (used.has(i) || used.has(i + 1)) continue;
    const lo = EMPLOYEE_BANDS[i] as (typeof EMPLOYEE_BANDS)[number];
    const hi = EMPLOYEE_BANDS[i + 1] as (typeof EMPLOYEE_BANDS)[number];
    const range = hi.max === undefined ? { min: lo.min } : { min: lo.min, max: hi.max };
    const label =
      hi.max === undefined
        ? `${groupDigits(lo.min)}+`
        : `${groupDigits(lo.min)}–${groupDigits(hi.max)}`;
    const ok = ctx.push(
      ctx.make({
        id: `employees:${range.min}-${range.max ?? ''}`,
        field: 'employees',
        label,
        range,
        best: (bandBest[i] as number) + (bandBest[i + 1] as number),
        all: (bandAll[i] as number) + (bandAll[i + 1] as number),
      }),
    );
    if (ok) used.add(i).add(i + 1);
  }
}
