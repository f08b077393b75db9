import type { CompanyRecord, ListingRecord } from '../records';
import { tierRank } from '../scoring/order';
import type { TierKind } from '../scoring/types';
import { firmographicsOf, type ListingRow, tierKey } from './rows';

/** What a listing takes from a score: the tier with its position, score, confidence, time. */
export interface ListingScore {
  icpId: string;
  tier: string;
  tierKind: TierKind;
  tierIndex?: number;
  score: number;
  confidence: number;
  /** Epoch ms. */
  at: number;
}

/** The fields of a company record a listing copies. */
export type ListedCompany = Pick<
  CompanyRecord,
  'id' | 'name' | 'domain' | 'linkedinSlug' | 'facts' | 'firstSeen' | 'lastSeen' | 'sources'
>;

/** The name a row shows for a company: its name, else domain, LinkedIn slug, id. Pure. */
export function displayName(c: Pick<CompanyRecord, 'id' | 'name' | 'domain' | 'linkedinSlug'>) {
  return c.name ?? c.domain ?? c.linkedinSlug ?? c.id;
}

/**
 * The listing record of `company` scored by `score`. A tier index is kept only for
 * `tierKind` "tier" (a negative or missing index reads as the first tier, as the tables always
 * showed a tier name the ICP no longer has). Pure.
 */
export function listingOf(company: ListedCompany, score: ListingScore): ListingRecord {
  const tierIndex =
    score.tierKind === 'tier' && score.tierIndex !== undefined && score.tierIndex >= 0
      ? score.tierIndex
      : undefined;
  const ranked = { tierKind: score.tierKind, ...(tierIndex !== undefined && { tierIndex }) };
  return {
    icpId: score.icpId,
    companyId: company.id,
    name: displayName(company),
    ...(company.domain && { domain: company.domain }),
    ...(company.linkedinSlug && { linkedinSlug: company.linkedinSlug }),
    tier: score.tier,
    tierKind: score.tierKind,
    ...(tierIndex !== undefined && { tierIndex }),
    tierKey: tierKey(ranked),
    rank: tierRank(ranked),
    score: score.score,
    confidence: score.confidence,
    ...firmographicsOf(company.facts ?? {}),
    sources: [...(company.sources ?? [])],
    firstSeen: company.firstSeen,
    lastSeen: company.lastSeen,
    updatedAt: score.at,
  };
}

/** The row a table shows of a listing (the shared part of a company row and a list row). Pure. */
export function rowOfListing(l: ListingRecord): ListingRow & { companyId: string } {
  return {
    companyId: l.companyId,
    name: l.name,
    ...(l.domain && { domain: l.domain }),
    ...(l.linkedinSlug && { linkedinSlug: l.linkedinSlug }),
    tier: l.tier,
    tierKind: l.tierKind,
    ...(l.tierIndex !== undefined && { tierIndex: l.tierIndex }),
    score: l.score,
    confidence: l.confidence,
    ...(l.industry && { industry: l.industry }),
    ...(l.employees && { employees: l.employees }),
    ...(l.employeesMin !== undefined && { employeesMin: l.employeesMin }),
    ...(l.hq && { hq: l.hq }),
    lastSeen: l.lastSeen,
  };
}

/** The row of a company with no score for the ICP (tier "unscored"). Pure. */
export function unscoredRow(c: ListedCompany): ListingRow & { companyId: string } {
  return {
    companyId: c.id,
    name: displayName(c),
    ...(c.domain && { domain: c.domain }),
    ...(c.linkedinSlug && { linkedinSlug: c.linkedinSlug }),
    ...firmographicsOf(c.facts ?? {}),
    lastSeen: c.lastSeen,
  };
}
