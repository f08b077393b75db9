/** How well an ICP's tiers separated won from lost deals (back-test). Pure. */
import { BAD_FIT, DISQUALIFIED, type Icp, NOT_ENOUGH_DATA } from '../criteria/schema';
import type { CompanyFacts } from '../facts';
import { scoreCompany } from '../scoring/score';

/**
 * Tier names in display order: the ICPs' tiers (after's first), then Bad fit, Disqualified and
 * Not enough data.
 */
export function tierOrder(...icps: Icp[]): string[] {
  const names: string[] = [];
  for (const icp of icps)
    for (const t of icp.tiers) if (!names.includes(t.name)) names.push(t.name);
  for (const name of [BAD_FIT, DISQUALIFIED, NOT_ENOUGH_DATA])
    if (!names.includes(name)) names.push(name);
  return names;
}

export interface TierWinRate {
  tier: string;
  companies: number;
  won: number;
  /** won ÷ companies; undefined for a tier with no company. */
  winRate: number | undefined;
}

/**
 * The back-test one deal at a time, for deals read as a stream: `add` scores a company against the
 * ICP and counts it (and whether it was won) under its tier; `rates` gives what `backTest` gives.
 * Holds one count per tier, never the deals.
 */
export class WinRateTally {
  private readonly order: string[];
  private readonly stats: Map<string, { companies: number; won: number }>;

  constructor(private readonly icp: Icp) {
    this.order = tierOrder(icp);
    this.stats = new Map(this.order.map((tier) => [tier, { companies: 0, won: 0 }]));
  }

  add(facts: CompanyFacts, won: boolean): void {
    const entry = this.stats.get(scoreCompany(this.icp, facts ?? {}).tier);
    if (!entry) return;
    entry.companies++;
    if (won === true) entry.won++;
  }

  /** Win rate per tier, in tier order (the ICP's tiers, then Bad fit, Disqualified, Not enough data). */
  rates(): TierWinRate[] {
    return this.order.map((tier) => {
      const { companies, won } = this.stats.get(tier) as { companies: number; won: number };
      return { tier, companies, won, winRate: companies > 0 ? won / companies : undefined };
    });
  }
}

/**
 * Win rate per tier over past deals, in tier order (the ICP's tiers, then Bad fit, then
 * Disqualified). A good ICP's win rate falls from tier to tier.
 */
export function backTest(
  icp: Icp,
  rows: readonly { facts: CompanyFacts; won: boolean }[],
): TierWinRate[] {
  const tally = new WinRateTally(icp);
  for (const row of rows) tally.add(row.facts, row.won);
  return tally.rates();
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
