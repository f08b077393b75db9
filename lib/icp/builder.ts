/**
 * The ICP builder: from a list of customers and which of them are the best, propose the traits
 * the best customers share (industries, sizes, places, tools, words, age, funding, role families
 * hired for…), each with how many best customers have it and how much more common it is among
 * them than among all customers. A list field proposes the values its registry entry
 * (`proposalValues`) reads; sizes, places, keywords and founding years have their own proposers.
 * Pure: no DOM, no storage; runs in extension pages and in Node.
 */

import type { CompanyFacts } from '../facts';
import { ProposalTally } from './builder-tally';
import type { BuilderOptions, IcpProposal } from './builder-types';

export { EMPLOYEE_BANDS } from '../normalize/employee-bands';
export { type BestRule, parseAmount, selectBest } from './best-customers';
export { employeeBandOf } from './builder-sizes';
export { ProposalTally } from './builder-tally';
export type {
  BuilderNote,
  BuilderOptions,
  IcpProposal,
  ProposedCriterion,
} from './builder-types';
export { DEFAULT_TIERS, proposalToIcp } from './proposal-to-icp';

/**
 * Proposes the traits the best customers share. `best[i]` says whether `rows[i]` is a best
 * customer (a missing entry is false). A trait is proposed when at least `minCoverage` of the
 * best customers have it and, when there are customers that are not best to compare with, it is
 * more common among the best than among all (lift above `minLift`). Never throws on odd rows.
 * The rows are folded into a `ProposalTally` (twice when a keyword may be proposed): a file too
 * big to hold streams its rows into the tally instead, with the same result.
 */
export function proposeIcp(
  rows: readonly CompanyFacts[],
  best: readonly boolean[],
  options: BuilderOptions = {},
): IcpProposal {
  const tally = new ProposalTally();
  for (let i = 0; i < rows.length; i++) tally.add(rows[i] as CompanyFacts, best[i] === true);
  if (tally.startKeywordPass(options).size > 0) for (const facts of rows) tally.addKeywords(facts);
  return tally.propose();
}
