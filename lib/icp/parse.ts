import type { z } from 'zod';
import { CRITERIA } from '../criteria';
import { ICP_FORMAT, type Icp, icpSchema } from '../criteria/schema';
import { fieldPath } from '../format';
import { jsonSyntaxOf } from './json-syntax';
import { type FoundValue, type IcpFileProblem, icpProblemsText, ruleOf } from './problems';

/** ICP files are small; anything over 1 MB is not one (or would make the editor crawl). */
export const MAX_ICP_FILE_BYTES = 1024 * 1024;

/** A read ICP, or why not: `problems` for the UI, `error` the same in English (CLI, logs). */
export type ParseIcpResult =
  | { ok: true; icp: Icp }
  | { ok: false; error: string; problems: readonly IcpFileProblem[] };

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

function didYouMean(key: string): string | undefined {
  const best = KNOWN_KEYS.map((k) => ({ k, d: distance(key, k) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? best.k : undefined;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function found(value: unknown): FoundValue {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'string') return { kind: 'text', text: value.slice(0, 40) };
  return { kind: 'value', type: typeof value, text: String(value) };
}

/**
 * One zod issue of `icpSchema` as a problem naming the field path, in terms a person editing JSON
 * understands. `json` is the whole value that was parsed (to tell a missing field from a wrong
 * type). Used for files here and for the ICP editor's messages under each field.
 */
export function icpProblemOf(issue: z.core.$ZodIssue, json: unknown): IcpFileProblem {
  const path = fieldPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(json, issue.path);
      if (value === undefined) return { code: 'missing', path };
      return { code: 'wrong-type', path, expected: issue.expected, found: found(value) };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too-long', path, max };
      if (issue.origin === 'array') return { code: 'too-many', path, max };
      return { code: 'too-large', path, max, inclusive: issue.inclusive !== false };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array') {
        if (min <= 1) return { code: 'empty', path };
        return { code: issue.origin === 'string' ? 'too-short' : 'too-few', path, min };
      }
      return { code: 'too-small', path, min, inclusive: issue.inclusive !== false };
    }
    case 'unrecognized_keys':
      return {
        code: 'unknown-key',
        keys: issue.keys.map((key) => {
          const suggestion = didYouMean(key);
          return { path: fieldPath([...issue.path, key]), ...(suggestion ? { suggestion } : {}) };
        }),
      };
    case 'invalid_value':
      return { code: 'not-one-of', path, values: issue.values.map((v) => JSON.stringify(v)) };
    default: {
      const rule = issue.code === 'custom' ? ruleOf(issue.params) : undefined;
      return { code: 'rule', path, message: issue.message, ...(rule ? { rule } : {}) };
    }
  }
}

function formatProblem(json: unknown): IcpFileProblem | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { code: 'not-object', found: found(json) };
  const format = (json as { format?: unknown }).format;
  if (format === ICP_FORMAT) return undefined;
  if (format === undefined) return { code: 'format-missing', expected: ICP_FORMAT };
  if (typeof format === 'string' && format.startsWith('icp-lens/icp@'))
    return { code: 'format-newer', found: format.slice(0, 40), expected: ICP_FORMAT };
  return { code: 'format-other', found: found(format), expected: ICP_FORMAT };
}

/** Band entries that name nothing the field knows (places, role families), as problems. */
function unknownValues(icp: Icp): IcpFileProblem[] {
  const problems: IcpFileProblem[] = [];
  icp.criteria.forEach((criterion, c) => {
    const check = CRITERIA[criterion.field].unknownValue;
    if (!check) return;
    criterion.bands.forEach((band, b) => {
      (band.in ?? []).forEach((entry, e) => {
        const detail = check(entry);
        if (!detail) return;
        const path = fieldPath(['criteria', c, 'bands', b, 'in', e]);
        problems.push({
          code: 'unknown-value',
          path,
          field: criterion.field,
          entry: entry.slice(0, 60),
          detail,
        });
      });
    });
  });
  return problems;
}

function tooBig(text: string): boolean {
  if (text.length > MAX_ICP_FILE_BYTES) return true;
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only count when it could matter.
  return text.length * 3 > MAX_ICP_FILE_BYTES && new Blob([text]).size > MAX_ICP_FILE_BYTES;
}

function rejected(problems: IcpFileProblem[]): ParseIcpResult {
  return { ok: false, error: icpProblemsText(problems), problems };
}

/**
 * Reads an ICP file (`icp-lens/icp@1`). Never throws: a file that is too big, not JSON, of
 * another format or invalid gives `problems` (codes with parameters, each naming its field path,
 * for the UI to word in its language) and `error`, the same in English for the command line,
 * e.g. `criteria[2].bands[0].credit: must be ≤ 1`.
 */
export function parseIcpFile(text: string): ParseIcpResult {
  try {
    if (typeof text !== 'string') return rejected([{ code: 'not-text' }]);
    if (tooBig(text)) return rejected([{ code: 'too-big', maxBytes: MAX_ICP_FILE_BYTES }]);
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const syntax = jsonSyntaxOf(text);
      return rejected([{ code: 'not-json', reason, ...(syntax && { syntax }) }]);
    }
    const wrongFormat = formatProblem(json);
    if (wrongFormat) return rejected([wrongFormat]);
    const parsed = icpSchema.safeParse(json);
    if (!parsed.success) return rejected(parsed.error.issues.map((i) => icpProblemOf(i, json)));
    const unknown = unknownValues(parsed.data);
    if (unknown.length > 0) return rejected(unknown);
    return { ok: true, icp: parsed.data };
  } catch (error) {
    return rejected([{ code: 'unreadable', reason: String(error).slice(0, 200) }]);
  }
}
