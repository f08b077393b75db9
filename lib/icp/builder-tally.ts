/**
 * The ICP builder's running tally: customers are folded in one at a time (from an array, or batch
 * by batch from a file being streamed) and only counts are kept, never the rows. What it holds,
 * whatever the number of customers:
 * - per list field (industry, technologies, …) and per country: one tally per distinct value;
 * - sizes: one count per LinkedIn employee band; founding years: one count per year 1000–3000;
 * - keywords: one count per distinct keyword of the **best** customers' texts only. A keyword can
 *   be proposed only when at least `minCoverage` of the best customers have it, so how common the
 *   candidates are among all customers is counted in a second pass over the customers
 *   (`keywordCandidates`, then `addKeywords` for each customer again), and only when there is a
 *   candidate. The words of the other customers are never kept.
 * The proposal is the same as counting everything at once (see `proposeIcp`).
 */

import { CRITERIA } from '../criteria';
import { cleanValue } from '../criteria/proposal';
import { CRITERION_FIELDS, type CriterionField } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { keywordsOf, proposeKeywords } from './builder-keywords';
import { proposePlaces } from './builder-places';
import { proposeSizes, SizeCounter } from './builder-sizes';
import { Counter, type ProposalContext, propose, proposeValues, surprise } from './builder-stats';
import {
  type BuilderNote,
  type BuilderOptions,
  DEFAULTS,
  type IcpProposal,
  type ProposedCriterion,
} from './builder-types';
import { proposeYears, YearCounter } from './builder-years';

/** The list fields the registry gives values to count for (industry, technologies, …). */
const LISTED = CRITERION_FIELDS.filter((field) => CRITERIA[field].proposalValues);

const isFacts = (facts: unknown): facts is CompanyFacts =>
  Boolean(facts) && typeof facts === 'object';

/** Least number of best customers a trait needs: `minCoverage` of them, at least one. */
const minBestOf = (bestCount: number, minCoverage: number) =>
  Math.max(1, Math.ceil(minCoverage * bestCount - 1e-9));

/** See the file's comment. Fold every customer with `add`, then `propose`. */
export class ProposalTally {
  /** Customers folded in (odd rows that are no object count too, as customers with no trait). */
  totalCount = 0;
  bestCount = 0;
  private readonly listed = new Map(LISTED.map((field) => [field, new Counter()]));
  private readonly sizes = new SizeCounter();
  private readonly countries = new Counter();
  private readonly years = new YearCounter();
  /** Keyword → how many best customers' texts hold it. */
  private readonly bestKeywords = new Map<string, number>();
  /** The keywords that may be proposed, counted among all customers by `addKeywords`. */
  private keywords: Counter | undefined;

  /** Folds in one customer (`isBest`: one of the best). Never throws on odd facts. */
  add(facts: CompanyFacts, isBest: boolean): void {
    this.totalCount++;
    if (!isFacts(facts)) return;
    if (isBest) this.bestCount++;
    for (const [field, counter] of this.listed)
      for (const [key, value] of CRITERIA[field].proposalValues?.(facts) ?? [])
        counter.add(key, value, isBest);
    this.sizes.add(facts.employees?.value, isBest);
    const country = cleanValue(facts.headquarters?.value?.country)?.toUpperCase();
    if (country && /^[A-Z]{2}$/.test(country)) this.countries.add(country, country, isBest);
    this.years.add(facts.founded?.value, isBest);
    if (isBest)
      for (const key of keywordsOf(facts, new Map()))
        this.bestKeywords.set(key, (this.bestKeywords.get(key) ?? 0) + 1);
  }

  /**
   * Counts a customer already `add`ed as not best as one of the best, as `add(facts, true)` would
   * have: for a ranking that learns who the best are only at the end of its pass.
   */
  promote(facts: CompanyFacts): void {
    if (!isFacts(facts)) return;
    this.bestCount++;
    for (const [field, counter] of this.listed)
      for (const [key] of CRITERIA[field].proposalValues?.(facts) ?? []) counter.promote(key);
    this.sizes.promote(facts.employees?.value);
    const country = cleanValue(facts.headquarters?.value?.country)?.toUpperCase();
    if (country && /^[A-Z]{2}$/.test(country)) this.countries.promote(country);
    this.years.promote(facts.founded?.value);
    for (const key of keywordsOf(facts, new Map()))
      this.bestKeywords.set(key, (this.bestKeywords.get(key) ?? 0) + 1);
  }

  /**
   * Once every customer was added: the options of the proposal, and the keywords held by enough
   * best customers to be proposed (at least `minCoverage` of them). When there is any, give every
   * customer again, in the same order, to `addKeywords` before `propose`. The best customers'
   * other keywords are forgotten here.
   */
  startKeywordPass(options: BuilderOptions = {}): ReadonlySet<string> {
    this.options = { ...DEFAULTS, ...options };
    const minBest = minBestOf(this.bestCount, this.options.minCoverage);
    this.wanted = new Map();
    for (const [key, best] of this.bestKeywords) if (best >= minBest) this.wanted.set(key, best);
    this.bestKeywords.clear();
    this.keywords = new Counter();
    return new Set(this.wanted.keys());
  }

  /** The keyword pass: one customer again, counting the candidate keywords it holds. */
  addKeywords(facts: CompanyFacts): void {
    const keywords = this.keywords;
    if (!keywords || this.wanted.size === 0 || !isFacts(facts)) return;
    const originals = new Map<string, string>();
    for (const key of keywordsOf(facts, originals)) {
      const best = this.wanted.get(key);
      if (best === undefined) continue;
      let tally = keywords.tallies.get(key);
      if (!tally) {
        // Spelled as the first customer (in file order) that holds it.
        tally = { best, all: 0, original: originals.get(key) ?? key };
        keywords.tallies.set(key, tally);
      }
      tally.all++;
    }
  }

  /**
   * The traits the best customers share (see `proposeIcp`), with the options given to
   * `startKeywordPass`. Throws when `startKeywordPass` was not called (a programming error).
   */
  propose(): IcpProposal {
    const o = this.options;
    const keywords = this.keywords;
    if (!o || !keywords) throw new Error('ProposalTally: startKeywordPass before propose');
    const { totalCount, bestCount } = this;
    const notes: BuilderNote[] = [];
    if (totalCount === 0) notes.push({ code: 'no-customers' });
    else if (bestCount === 0) notes.push({ code: 'no-best-customers' });
    if (bestCount === 0) return { totalCount, bestCount, criteria: [], notes };

    const hasOthers = bestCount < totalCount;
    const byField = new Map<CriterionField, ProposedCriterion[]>();
    const ctx: ProposalContext = {
      bestCount,
      totalCount,
      minBest: minBestOf(bestCount, o.minCoverage),
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
    for (const [field, counter] of this.listed) proposeValues(field, counter, ctx);
    proposeSizes(this.sizes, ctx);
    proposePlaces(this.countries, ctx);
    proposeKeywords(keywords, ctx);
    proposeYears(this.years, ctx);

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
      notes.push({
        code: 'no-shared-trait',
        minCoverage: o.minCoverage,
        comparedWithAll: hasOthers,
      });
    return { totalCount, bestCount, criteria, notes };
  }

  private options: Required<BuilderOptions> | undefined;
  /** Candidate keyword → best customers holding it, from `startKeywordPass`. */
  private wanted = new Map<string, number>();
}
