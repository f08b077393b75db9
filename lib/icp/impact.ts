/**
 * What an ICP edit does to the companies already known ("+14 Best fit, −9 Good fit"), and how
 * well an ICP's tiers separated won from lost deals (back-test). Pure.
 *
 * The impact preview must stay interactive over tens of thousands of companies, so it does not
 * call `scoreCompany` twice per company: each distinct criterion (field and bands) is matched
 * once per company into a column of band indexes, columns are shared between the two ICPs and
 * kept between previews, and a weight, credit, tier or mode edit needs no matching at all. The
 * score and tier follow `scoreCompany` exactly (the unit tests compare them).
 */

import type { Criterion, CriterionField, Icp } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { tierOrder } from './back-test';
import { computeColumns, matchKey, tiersOf } from './impact-columns';

export { backTest, parseOutcome, type TierWinRate } from './back-test';

export interface ImpactCompany {
  id: string;
  name?: string;
  facts: CompanyFacts;
}

export interface TierMove {
  id: string;
  name?: string;
  from: string;
  to: string;
  scoreBefore: number;
  scoreAfter: number;
}

export interface ImpactResult {
  /** Companies whose tier changed, in the order given. */
  moves: TierMove[];
  /** Net change of the number of companies per tier; tiers that did not change are left out. */
  byTier: Record<string, number>;
  /** "+14 Best fit, −9 Good fit", or "No tier changes". */
  summary: string;
  /** How many companies each ICP puts in each tier (every tier named, zeros included). */
  before: Record<string, number>;
  after: Record<string, number>;
  /** Companies whose score changed, whether or not their tier did. */
  scoreChanged: number;
}

// ---------------------------------------------------------------------------------------------
// Impact

const signed = (n: number) => (n > 0 ? `+${n}` : `\u2212${-n}`);

/** "+14 Best fit, −9 Good fit" in tier order, or "No tier changes". */
export function describeTierChanges(
  byTier: Readonly<Record<string, number>>,
  order: string[] = [],
): string {
  const names = [...order, ...Object.keys(byTier).filter((n) => !order.includes(n))];
  const parts = names.filter((n) => byTier[n]).map((n) => `${signed(byTier[n] as number)} ${n}`);
  return parts.length > 0 ? parts.join(', ') : 'No tier changes';
}

/**
 * A reusable preview for one list of companies and the ICP as saved: each call with an edited
 * ICP matches only the criteria it has not seen before (the editor calls it on every change).
 */
export function createImpactPreview(
  before: Icp,
  companies: readonly ImpactCompany[],
): (after: Icp) => ImpactResult {
  const columns = new Map<string, Int16Array>();
  const beforeKeys = new Set(before.criteria.map(matchKey));
  const ensure = (icp: Icp) => {
    const missing = new Map<CriterionField, Criterion[]>();
    const keys = new Set<string>();
    for (const c of icp.criteria) {
      const key = matchKey(c);
      if (columns.has(key) || keys.has(key)) continue;
      keys.add(key);
      const list = missing.get(c.field) ?? [];
      list.push(c);
      missing.set(c.field, list);
    }
    for (const [field, criteria] of missing) {
      const computed = computeColumns(field, criteria, companies);
      criteria.forEach((c, k) => {
        columns.set(matchKey(c), computed[k] as Int16Array);
      });
    }
  };
  let beforeResult: { scores: Int32Array; tiers: string[] } | undefined;
  return (after) => {
    ensure(before);
    ensure(after);
    beforeResult ??= tiersOf(before, columns, companies.length);
    const afterResult = tiersOf(after, columns, companies.length);
    // Keep the saved ICP's columns and this edit's; drop older edits' when they pile up.
    if (columns.size > 64) {
      const keep = new Set([...beforeKeys, ...after.criteria.map(matchKey)]);
      for (const key of columns.keys()) if (!keep.has(key)) columns.delete(key);
    }
    const order = tierOrder(after, before);
    const countBefore: Record<string, number> = Object.fromEntries(order.map((n) => [n, 0]));
    const countAfter: Record<string, number> = Object.fromEntries(order.map((n) => [n, 0]));
    const moves: TierMove[] = [];
    let scoreChanged = 0;
    for (let i = 0; i < companies.length; i++) {
      const from = beforeResult.tiers[i] as string;
      const to = afterResult.tiers[i] as string;
      countBefore[from] = (countBefore[from] ?? 0) + 1;
      countAfter[to] = (countAfter[to] ?? 0) + 1;
      const scoreBefore = beforeResult.scores[i] as number;
      const scoreAfter = afterResult.scores[i] as number;
      if (scoreBefore !== scoreAfter) scoreChanged++;
      if (from === to) continue;
      const company = companies[i] as ImpactCompany;
      const move: TierMove = { id: company.id, from, to, scoreBefore, scoreAfter };
      const name = company.name ?? company.facts?.name?.value;
      if (name !== undefined) move.name = name;
      moves.push(move);
    }
    const byTier: Record<string, number> = {};
    for (const name of order) {
      const delta = (countAfter[name] ?? 0) - (countBefore[name] ?? 0);
      if (delta !== 0) byTier[name] = delta;
    }
    return {
      moves,
      byTier,
      summary: describeTierChanges(byTier, order),
      before: countBefore,
      after: countAfter,
      scoreChanged,
    };
  };
}

/**
 * How an edit from `before` to `after` moves `companies` between tiers: each company whose tier
 * changes, the net change per tier and a one-line summary ("+14 Best fit, −9 Good fit").
 */
export function scoreImpact(
  before: Icp,
  after: Icp,
  companies: readonly ImpactCompany[],
): ImpactResult {
  return createImpactPreview(before, companies)(after);
}
