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
