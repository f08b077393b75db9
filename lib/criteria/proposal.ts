import { fold } from '../format';

/** The longest value the ICP builder counts (longer cells are notes, not categories). */
const MAX_VALUE = 120;

/** A value as the builder counts it: spaces collapsed, trimmed; undefined when empty or too long. */
export function cleanValue(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed && trimmed.length <= MAX_VALUE ? trimmed : undefined;
}

/** One category value as the builder counts it: [folded key, value as written], or none. */
export function proposalOf(text: unknown): [string, string][] {
  const value = cleanValue(text);
  const key = value && fold(value);
  return value && key ? [[key, value]] : [];
}

/**
 * A list of values as the builder counts them: each distinct folded value once (the first
 * spelling kept), at most `limit` read.
 */
export function proposalsOf(values: unknown, limit = 200): [string, string][] {
  const found = new Map<string, string>();
  if (!Array.isArray(values)) return [];
  for (const text of values.slice(0, limit))
    for (const [key, value] of proposalOf(text)) if (!found.has(key)) found.set(key, value);
  return [...found];
}
