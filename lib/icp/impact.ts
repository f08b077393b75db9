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

import {
  BAD_FIT,
  type Criterion,
  type CriterionField,
  DISQUALIFIED,
  type Icp,
  NOT_ENOUGH_DATA,
} from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { MATCHERS } from '../scoring/matchers';
import type { Reading } from '../scoring/matchers/types';
import { decideTier, scoreCompany } from '../scoring/score';

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
// Columns: which band of a criterion each company matches

/** In a column: the field is unknown / known but no band matched / else the band's index. */
const UNKNOWN = -1;
const NO_BAND = -2;

/** Criteria that match alike whatever their mode, weight, credits and labels. */
function matchKey(criterion: Criterion): string {
  return JSON.stringify([
    criterion.field,
    criterion.bands.map((b) => [b.in ?? null, b.min ?? null, b.max ?? null]),
  ]);
}

/**
 * A cheap key for what a field's matcher reads from the facts, so companies with the same value
 * are matched once; `null` when the fact is absent (the matcher would say unknown); undefined
 * when no cheap key exists (the matcher runs for each company).
 */
function valueKey(field: CriterionField, facts: CompanyFacts): string | number | null | undefined {
  switch (field) {
    case 'industry':
      return facts.industry ? `${facts.industry.value}` : null;
    case 'companyType':
      return facts.companyType ? `${facts.companyType.value}` : null;
    case 'employees': {
      const range = facts.employees?.value;
      return range ? `${range.min}|${range.max}` : null;
    }
    case 'revenue': {
      const range = facts.revenue?.value;
      return range ? `${range.min}|${range.max}` : null;
    }
    case 'founded':
      return facts.founded ? `${facts.founded.value}` : null;
    case 'location': {
      const hq = facts.headquarters?.value;
      return hq ? `${hq.country}|${hq.region}` : null;
    }
    case 'technologies': {
      const list = facts.technologies?.value;
      return list ? list.join('\u0000') : null;
    }
    case 'hiring':
      return facts.hiring ? `${facts.hiring.value.openRoles}` : null;
    case 'funding': {
      const f = facts.funding?.value;
      return f ? `${f.stage}|${f.amountUsd}` : null;
    }
    case 'businessModel': {
      const list = facts.businessModel?.value;
      return list ? list.join('|') : null;
    }
    case 'keywords':
      return facts.specialties || facts.tagline || facts.description ? undefined : null;
  }
}

function bandOf(
  criterion: Criterion,
  reading: Reading<unknown> | undefined,
  match: (typeof MATCHERS)[CriterionField]['match'],
): number {
  if (!reading) return UNKNOWN;
  let undecided = false;
  for (let b = 0; b < criterion.bands.length; b++) {
    const band = criterion.bands[b];
    const hit = band && match(reading, band);
    if (hit?.unknown)
      undecided = true; // a coarse value containing the band's: as scoreCompany
    else if (hit) return b;
  }
  return undecided ? UNKNOWN : NO_BAND;
}

/** Matches criteria of one field over all companies: one read per company, shared. */
function computeColumns(
  field: CriterionField,
  criteria: readonly Criterion[],
  companies: readonly ImpactCompany[],
): Int16Array[] {
  const matcher = MATCHERS[field];
  const columns = criteria.map(() => new Int16Array(companies.length));
  const memo = new Map<string | number, Int16Array>();
  for (let i = 0; i < companies.length; i++) {
    const facts = companies[i]?.facts ?? {};
    const key = valueKey(field, facts);
    if (key === null) {
      for (const column of columns) column[i] = UNKNOWN;
      continue;
    }
    let bands = key === undefined ? undefined : memo.get(key);
    if (!bands) {
      const reading = matcher.read(facts);
      bands = new Int16Array(criteria.length);
      for (let c = 0; c < criteria.length; c++)
        bands[c] = bandOf(criteria[c] as Criterion, reading, matcher.match);
      if (key !== undefined && memo.size < 100_000) memo.set(key, bands);
    }
    for (let c = 0; c < columns.length; c++) (columns[c] as Int16Array)[i] = bands[c] as number;
  }
  return columns;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Scores and tiers of every company for one ICP, from the columns. */
function tiersOf(
  icp: Icp,
  columns: ReadonlyMap<string, Int16Array>,
  count: number,
): { scores: Int32Array; tiers: string[] } {
  const unknownCredit = clamp01(icp.unknownCredit);
  const plan = icp.criteria.map((c) => ({
    mode: c.mode,
    weight: Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0,
    credits: c.bands.map((b) => clamp01(b.credit ?? 1)),
    column: columns.get(matchKey(c)) as Int16Array,
  }));
  const scores = new Int32Array(count);
  const tiers = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    let totalWeight = 0;
    let knownWeight = 0;
    let earned = 0;
    let disqualified = false;
    for (const p of plan) {
      const band = p.column[i] as number;
      if (p.mode === 'score') {
        totalWeight += p.weight;
        if (band !== UNKNOWN) knownWeight += p.weight;
        earned += p.weight * (band === UNKNOWN ? unknownCredit : band >= 0 ? p.credits[band]! : 0);
      } else if (band !== UNKNOWN && (p.mode === 'require' ? band < 0 : band >= 0)) {
        disqualified = true;
      }
    }
    const score = totalWeight > 0 ? Math.round((100 * earned) / totalWeight) : 0;
    scores[i] = score;
    const confidence = totalWeight > 0 ? knownWeight / totalWeight : 1;
    tiers[i] = decideTier(icp, score, confidence, disqualified).tier;
  }
  return { scores, tiers };
}

// ---------------------------------------------------------------------------------------------
// Impact

/**
 * Tier names in display order: the ICPs' tiers (after's first), then Bad fit, Disqualified and
 * Not enough data.
 */
function tierOrder(...icps: Icp[]): string[] {
  const names: string[] = [];
  for (const icp of icps)
    for (const t of icp.tiers) if (!names.includes(t.name)) names.push(t.name);
  for (const name of [BAD_FIT, DISQUALIFIED, NOT_ENOUGH_DATA])
    if (!names.includes(name)) names.push(name);
  return names;
}

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

// ---------------------------------------------------------------------------------------------
// Back-test

export interface TierWinRate {
  tier: string;
  companies: number;
  won: number;
  /** won ÷ companies; undefined for a tier with no company. */
  winRate: number | undefined;
}

/**
 * Win rate per tier over past deals, in tier order (the ICP's tiers, then Bad fit, then
 * Disqualified). A good ICP's win rate falls from tier to tier.
 */
export function backTest(
  icp: Icp,
  rows: readonly { facts: CompanyFacts; won: boolean }[],
): TierWinRate[] {
  const order = tierOrder(icp);
  const stats = new Map(order.map((tier) => [tier, { tier, companies: 0, won: 0 }]));
  for (const row of rows) {
    const tier = scoreCompany(icp, row.facts ?? {}).tier;
    const entry = stats.get(tier);
    if (!entry) continue;
    entry.companies++;
    if (row.won === true) entry.won++;
  }
  return order.map((tier) => {
    const { companies, won } = stats.get(tier) as { companies: number; won: number };
    return { tier, companies, won, winRate: companies > 0 ? won / companies : undefined };
  });
}

const WON = new Set(['won', 'closed won', 'closedwon', 'win', 'yes', 'y', '1', 'true']);
const LOST = new Set([
  'lost',
  'closed lost',
  'closedlost',
  'lose',
  'loss',
  'no',
  'n',
  '0',
  'false',
]);

/** A deal outcome cell: true for won (won, closed won, win, yes, 1, true), false for lost, else undefined. */
export function parseOutcome(cell: string): boolean | undefined {
  if (typeof cell !== 'string') return undefined;
  const text = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_\-–—/]+/g, ' ')
    .replace(/[.!]+$/, '');
  if (WON.has(text)) return true;
  if (LOST.has(text)) return false;
  return undefined;
}
