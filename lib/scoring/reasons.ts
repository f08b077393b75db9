import type { CriterionResult, ScoreResult, Verdict } from './types';

const MARK: Readonly<Record<Verdict, string>> = {
  matched: '✓',
  partial: '~',
  missed: '✗',
  unknown: '?',
};

/** "✓ Industry: Computer and Network Security", "? Location unknown", "⛔ Not a staffing agency: …". */
export function reason(c: CriterionResult): string {
  const label = c.label ?? c.field;
  if (c.verdict === 'unknown') return `? ${label} unknown`;
  const mark = c.disqualifies ? '⛔' : MARK[c.verdict];
  return `${mark} ${label}: ${c.value ?? c.evidence?.text ?? ''}`;
}

/** Positions of the `score` criteria, heaviest first (ties in ICP order). Same for every row. */
export function reasonOrder(
  criteria: readonly Pick<CriterionResult, 'mode' | 'weight'>[],
): number[] {
  return criteria
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.mode === 'score')
    .sort((a, b) => b.c.weight - a.c.weight || a.i - b.i)
    .map(({ i }) => i);
}

/**
 * The reasons worth reading first: what disqualified the company, then the `score` criteria by
 * weight. `limit` cuts the list (the table shows 4); `order` may be given to skip the sort.
 */
export function topReasons(
  result: ScoreResult,
  limit = Number.POSITIVE_INFINITY,
  order: readonly number[] = reasonOrder(result.criteria),
): string[] {
  const out: string[] = [];
  for (const c of result.criteria) {
    if (out.length >= limit) return out;
    if (c.disqualifies) out.push(reason(c));
  }
  for (const i of order) {
    if (out.length >= limit) break;
    const c = result.criteria[i];
    if (c) out.push(reason(c));
  }
  return out;
}
