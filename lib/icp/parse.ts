import type { z } from 'zod';
import { CRITERIA } from '../criteria';
import { ICP_FORMAT, type Icp, icpSchema } from '../criteria/schema';
import { fieldPath } from '../format';

/** ICP files are small; anything over 1 MB is not one (or would make the editor crawl). */
export const MAX_ICP_FILE_BYTES = 1024 * 1024;
const SHOWN_ISSUES = 3;

export type ParseIcpResult = { ok: true; icp: Icp } | { ok: false; error: string };

const KNOWN_KEYS = Object.keys({
  ...icpSchema.shape,
  ...{ field: 0, mode: 0, weight: 0, label: 0, bands: 0, talkingPoint: 0 },
  ...{ in: 0, min: 0, max: 0, credit: 0, minScore: 0, title: 0, seniority: 0, department: 0 },
});

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function didYouMean(key: string): string {
  const best = KNOWN_KEYS.map((k) => ({ k, d: distance(key, k) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? ` (did you mean "${best.k}"?)` : '';
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return `${typeof value} ${String(value)}`;
}

const count = (n: unknown, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One issue as "<field path>: <what is wrong>", in words a person editing JSON understands. */
function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const at = fieldPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(json, issue.path);
      if (found === undefined) return `${at}: is missing`;
      const expected = issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
      return `${at}: must be ${expected}, found ${kindOf(found)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${at}: must be at most ${count(max, 'character')}`;
      if (issue.origin === 'array') return `${at}: must have at most ${count(max, 'entry')}`;
      return `${at}: must be ${issue.inclusive === false ? '<' : '≤'} ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? `${at}: must not be empty` : `${at}: needs ${count(min, 'character')}`;
      if (issue.origin === 'array')
        return min <= 1 ? `${at}: must not be empty` : `${at}: needs ${count(min, 'entry')}`;
      return `${at}: must be ${issue.inclusive === false ? '>' : '≥'} ${min}`;
    }
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => `${fieldPath([...issue.path, key])}: unknown key${didYouMean(key)}`)
        .join('; ');
    case 'invalid_value':
      return `${at}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at}: ${issue.message}`;
  }
}

function formatError(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return `An ICP file holds one JSON object; this one holds ${kindOf(json)}.`;
  const format = (json as { format?: unknown }).format;
  if (format === ICP_FORMAT) return undefined;
  if (format === undefined)
    return `format: is missing. An ICP Lens ICP file starts with "format": "${ICP_FORMAT}".`;
  if (typeof format === 'string' && format.startsWith('icp-lens/icp@'))
    return `format: "${format.slice(0, 40)}" is a version this ICP Lens cannot read (it reads "${ICP_FORMAT}"); update the extension.`;
  return `format: expected "${ICP_FORMAT}", found ${kindOf(format)}. This is not an ICP Lens ICP file.`;
}

/** Band entries that name nothing the field knows (places, role families), as issues. */
function unknownValues(icp: Icp): string[] {
  const issues: string[] = [];
  icp.criteria.forEach((criterion, c) => {
    const check = CRITERIA[criterion.field].unknownValue;
    if (!check) return;
    criterion.bands.forEach((band, b) => {
      (band.in ?? []).forEach((entry, e) => {
        const problem = check(entry);
        if (problem) issues.push(`${fieldPath(['criteria', c, 'bands', b, 'in', e])}: ${problem}`);
      });
    });
  });
  return issues;
}

function joinIssues(issues: readonly string[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).join('; ');
  const more = issues.length - SHOWN_ISSUES;
  return more > 0 ? `${shown}; and ${count(more, 'more problem')}` : shown;
}

function tooBig(text: string): boolean {
  if (text.length > MAX_ICP_FILE_BYTES) return true;
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only count when it could matter.
  return text.length * 3 > MAX_ICP_FILE_BYTES && new Blob([text]).size > MAX_ICP_FILE_BYTES;
}

/**
 * Reads an ICP file (`icp-lens/icp@1`). Never throws: a file that is too big, not JSON, of
 * another format or invalid gives one message naming the field(s) to fix, e.g.
 * `criteria[2].bands[0].credit: must be ≤ 1`.
 */
export function parseIcpFile(text: string): ParseIcpResult {
  try {
    if (typeof text !== 'string') return { ok: false, error: 'An ICP file must be text.' };
    if (tooBig(text)) return { ok: false, error: 'The file is over 1 MB: too big for an ICP.' };
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `Not valid JSON: ${reason}` };
    }
    const wrongFormat = formatError(json);
    if (wrongFormat) return { ok: false, error: wrongFormat };
    const parsed = icpSchema.safeParse(json);
    if (!parsed.success)
      return {
        ok: false,
        error: joinIssues(parsed.error.issues.map((i) => describeIssue(i, json))),
      };
    const unknown = unknownValues(parsed.data);
    if (unknown.length > 0) return { ok: false, error: joinIssues(unknown) };
    return { ok: true, icp: parsed.data };
  } catch (error) {
    return { ok: false, error: `Could not read the ICP: ${String(error).slice(0, 200)}` };
  }
}
