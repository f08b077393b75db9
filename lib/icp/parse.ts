import type { z } from 'zod';
import { ICP_FORMAT, type Icp, icpSchema } from './schema';

export const MAX_ICP_FILE_BYTES = 1_000_000;

export type ParseResult = { ok: true; icp: Icp } | { ok: false; error: string };

/** `criteria[2].bands[0].credit` from a zod issue path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path) || '(the file)';
  return `${where}: ${issue.message}`;
}

/**
 * Reads an ICP file. Never throws: a file that is too big, not JSON, of another format or invalid
 * gives one message naming the first fields to fix.
 */
export function parseIcpFile(text: string): ParseResult {
  if (text.length > MAX_ICP_FILE_BYTES) {
    return {
      ok: false,
      error: `The file is too big for an ICP (over ${MAX_ICP_FILE_BYTES / 1_000_000} MB).`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      error: `Not a JSON file: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'An ICP file must hold one JSON object.' };
  }
  const format = (json as { format?: unknown }).format;
  if (format !== ICP_FORMAT) {
    return {
      ok: false,
      error: `format: expected "${ICP_FORMAT}", found ${format === undefined ? 'none' : JSON.stringify(format).slice(0, 60)}. Is this an ICP Lens ICP file?`,
    };
  }
  const parsed = icpSchema.safeParse(json);
  if (parsed.success) return { ok: true, icp: parsed.data };
  const issues = parsed.error.issues;
  const shown = issues.slice(0, 3).map(describeIssue).join('; ');
  return {
    ok: false,
    error: issues.length > 3 ? `${shown}; and ${issues.length - 3} more` : shown,
  };
}
