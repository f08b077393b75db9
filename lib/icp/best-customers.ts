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
 * Which rows are best customers: the `n` with the highest number in `column` (ties keep file
 * order; cells without a number never count), or the rows whose `column` holds a yes-like flag
 * (yes, true, 1, x, won, ✓…, case-insensitive; `truthy` replaces that list).
 */
export function selectBest(rows: readonly Record<string, string>[], rule: BestRule): boolean[] {
  const result = rows.map(() => false);
  if (rule.kind === 'flag') {
    const truthy = new Set((rule.truthy ?? DEFAULT_TRUTHY).map((t) => t.trim().toLowerCase()));
    rows.forEach((row, i) => {
      const cell = cellOf(row, rule.column)?.trim().toLowerCase();
      if (cell && truthy.has(cell.replace(/\s+/g, ' '))) result[i] = true;
    });
    return result;
  }
  const n = Number.isFinite(rule.n) ? Math.max(0, Math.floor(rule.n)) : 0;
  const ranked: { i: number; value: number }[] = [];
  rows.forEach((row, i) => {
    const value = parseAmount(cellOf(row, rule.column));
    if (value !== undefined) ranked.push({ i, value });
  });
  ranked.sort((a, b) => b.value - a.value || a.i - b.i);
  for (const { i } of ranked.slice(0, n)) result[i] = true;
  return result;
}
