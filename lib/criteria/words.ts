import type { Range } from '../facts';
import { groupDigits } from '../format';

/** "200–499", "500+", "up to 10", with `unit` formatting each number. */
export function describeRange(
  min: number | undefined,
  max: number | undefined,
  unit: (n: number) => string = groupDigits,
): string {
  if (min !== undefined && max !== undefined)
    return min === max ? unit(min) : `${unit(min)}–${unit(max)}`;
  if (min !== undefined) return `${unit(min)}+`;
  if (max !== undefined) return `up to ${unit(max)}`;
  return 'any';
}

/** A company's range as text: "201–500", "10,001+". */
export function formatRange(range: Range, unit: (n: number) => string = groupDigits): string {
  return describeRange(range.min, range.max, unit);
}

/** "A, B or C", "A, B, C, D, E or 7 more". */
export function listOf(items: readonly string[], joiner = 'or', shown = 5): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > shown)
    return `${items.slice(0, shown).join(', ')} ${joiner} ${items.length - shown} more`;
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}
