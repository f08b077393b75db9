/**
 * The ICP builder: from a list of customers and which of them are the best, propose the traits
 * the best customers share (industries, sizes, places, tools, words, age, funding, role families
 * hired for…), each with how many best customers have it and how much more common it is among
 * them than among all customers. A list field proposes the values its registry entry
 * (`proposalValues`) reads; sizes, places, keywords and founding years have their own proposers.
 * Pure: no DOM, no storage; runs in extension pages and in Node.
 */

import { CRITERIA } from '../criteria';
import { cleanValue } from '../criteria/proposal';
import { CRITERION_FIELDS, type CriterionField } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { keywordsOf, proposeKeywords } from './builder-keywords';
import { proposePlaces } from './builder-places';
import { proposeSizes, SizeCounter } from './builder-sizes';
import {
  Counter,
  middleRange,
  type ProposalContext,
  propose,
  proposeValues,
  surprise,
} from './builder-stats';
import {
  type BuilderNote,
  type BuilderOptions,
  DEFAULTS,
  type IcpProposal,
  type ProposedCriterion,
} from './builder-types';

export { EMPLOYEE_BANDS } from '../normalize/employee-bands';
export { type BestRule, parseAmount, selectBest } from './best-customers';
export { employeeBandOf } from './builder-sizes';
export type {
  BuilderNote,
  BuilderOptions,
  IcpProposal,
  ProposedCriterion,
} from './builder-types';
export { DEFAULT_TIERS, proposalToIcp } from './proposal-to-icp';

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The list fields the registry gives values to count for (industry, technologies, …). */
const LISTED = CRITERION_FIELDS.filter((field) => CRITERIA[field].proposalValues);

/** Founding years: the middle 80 % of the best customers whose year is known. */
function proposeYears(bestYears: number[], allYears: readonly number[], ctx: ProposalContext) {
  bestYears.sort((a, b) => a - b);
  const window = middleRange(bestYears);
  if (!window) return;
  const [min, max] = window;
  let inBest = 0;
  let inAll = 0;
  for (const y of bestYears) if (y >= min && y <= max) inBest++;
  for (const y of allYears) if (y >= min && y <= max) inAll++;
  ctx.push(
    ctx.make({
      id: `founded:${min}-${max}`,
      field: 'founded',
      label: min === max ? String(min) : `${min}–${max}`,
      range: { min, max },
      best: inBest,
      all: inAll,
    }),
    true,
  );
}

/**
 * Proposes the traits the best customers share. `best[i]` says whether `rows[i]` is a best
 * customer (a missing entry is false). A trait is proposed when at least `minCoverage` of the
 * best customers have it and, when there are customers that are not best to compare with, it is
 * more common among the best than among all (lift above `minLift`). Never throws on odd rows.
 */
export function proposeIcp(
  rows: readonly CompanyFacts[],
  best: readonly boolean[],
  options: BuilderOptions = {},
): IcpProposal {
  const o = { ...DEFAULTS, ...options };
  const totalCount = rows.length;
  let bestCount = 0;
  const listed = new Map(LISTED.map((field) => [field, new Counter()]));
  const sizes = new SizeCounter();
  const countries = new Counter();
  const keywords = new Counter();
  const bestYears: number[] = [];
  const allYears: number[] = [];
  const keywordOriginals = new Map<string, string>();

  for (let i = 0; i < rows.length; i++) {
    const facts = rows[i];
    if (!facts || typeof facts !== 'object') continue;
    const isBest = best[i] === true;
    if (isBest) bestCount++;
    for (const [field, counter] of listed)
      for (const [key, value] of CRITERIA[field].proposalValues?.(facts) ?? [])
        counter.add(key, value, isBest);
    sizes.add(facts.employees?.value, isBest);
    const country = cleanValue(facts.headquarters?.value?.country)?.toUpperCase();
    if (country && /^[A-Z]{2}$/.test(country)) countries.add(country, country, isBest);
    for (const key of keywordsOf(facts, keywordOriginals))
      keywords.add(key, keywordOriginals.get(key) ?? key, isBest);
    const year = asNumber(facts.founded?.value);
    if (year !== undefined && year >= 1000 && year <= 3000) {
      allYears.push(year);
      if (isBest) bestYears.push(year);
    }
  }

  const notes: BuilderNote[] = [];
  if (totalCount === 0) notes.push({ code: 'no-customers' });
  else if (bestCount === 0) notes.push({ code: 'no-best-customers' });
  if (bestCount === 0) return { totalCount, bestCount, criteria: [], notes };

  const hasOthers = bestCount < totalCount;
  const byField = new Map<CriterionField, ProposedCriterion[]>();
  const ctx: ProposalContext = {
    bestCount,
    totalCount,
    minBest: Math.max(1, Math.ceil(o.minCoverage * bestCount - 1e-9)),
    options: o,
    make: (c) => propose(c, bestCount, totalCount, hasOthers),
    keep: (p, fitted = false) =>
      p.bestCount >= ctx.minBest &&
      p.coverage >= o.minCoverage &&
      (p.lift === undefined ||
        (p.lift > (fitted ? Math.max(o.minLift, o.minRangeLift) : o.minLift) &&
          surprise(p.bestCount, p.allCoverage ?? 0, bestCount, totalCount) >= o.minZ)),
    push: (p, fitted = false) => {
      if (!ctx.keep(p, fitted)) return false;
      const list = byField.get(p.field) ?? [];
      list.push(p);
      byField.set(p.field, list);
      return true;
    },
  };
  for (const [field, counter] of listed) proposeValues(field, counter, ctx);
  proposeSizes(sizes, ctx);
  proposePlaces(countries, ctx);
  proposeKeywords(keywords, ctx);
  proposeYears(bestYears, allYears, ctx);

  const criteria: ProposedCriterion[] = [];
  for (const field of CRITERION_FIELDS) {
    const list = byField.get(field);
    if (!list) continue;
    const sorted =
      field === 'keywords'
        ? list
        : [...list].sort((a, b) => b.coverage - a.coverage || a.label.localeCompare(b.label));
    criteria.push(...sorted.slice(0, o.maxPerField));
  }
  if (criteria.length === 0)
    notes.push({ code: 'no-shared-trait', minCoverage: o.minCoverage, comparedWithAll: hasOthers });
  return { totalCount, bestCount, criteria, notes };
}
