/**
 * Deterministic customer lists with planted traits, for the ICP builder and impact tests and the
 * workspace benchmark.
 */
import type { CompanyFacts, Fact, FactSource } from '@/lib/facts';

function fact<T>(value: T, evidence = String(value), source: FactSource = 'csv'): Fact<T> {
  return { value, source, evidence };
}

/** A small deterministic generator (LCG), so failures reproduce. */
export function rng(seed = 42): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

export const INDUSTRY_POOL = [
  'Computer and Network Security',
  'Software Development',
  'Financial Services',
  'Retail',
  'Hospitals and Health Care',
  'Manufacturing',
  'Marketing Services',
  'Higher Education',
  'Construction',
  'Real Estate',
];
export const BAND_POOL: readonly [number, number | undefined][] = [
  [1, 10],
  [11, 50],
  [51, 200],
  [201, 500],
  [501, 1000],
  [1001, 5000],
  [5001, 10000],
  [10001, undefined],
];
export const COUNTRY_POOL = ['US', 'DE', 'FR', 'VN', 'BR', 'JP', 'GB', 'IN', 'AU', 'CA', 'SG'];
export const TECH_POOL = [
  'HubSpot',
  'Salesforce',
  'Slack',
  'AWS',
  'Okta',
  'Zendesk',
  'Stripe',
  'Intercom',
  'Jira',
  'Shopify',
];
const WORDS = `cloud analytics logistics platform marketplace payments clinic robotics education
  design consulting insurance energy media travel hardware recruiting farming housing fashion`
  .trim()
  .split(/\s+/);
const TYPES = ['Privately Held', 'Public Company', 'Partnership', 'Self-Employed'];
const YEARS = Array.from({ length: 34 }, (_, i) => 1990 + i);

export interface PlantedCustomers {
  rows: CompanyFacts[];
  best: boolean[];
}

/** `indices` shuffled with `next`. */
function shuffled(count: number, next: (n: number) => number): number[] {
  const list = Array.from({ length: count }, (_, i) => i);
  for (let i = list.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [list[i], list[j]] = [list[j] as number, list[i] as number];
  }
  return list;
}

/**
 * `total` customers, `bestCount` of them best. Among the best: `shares.industry` are "Computer
 * and Network Security", `shares.size` 201–500 employees, `shares.us` in the US, `shares.hubspot`
 * use HubSpot (each trait on its own random subset); the other best customers and every other
 * customer get values spread evenly over the pools. Descriptions, company types and founding
 * years are spread evenly for everyone.
 */
export function plantedCustomers(
  total = 2000,
  bestCount = 400,
  shares = { industry: 0.7, size: 0.65, us: 0.6, hubspot: 0.55 },
  seed = 7,
): PlantedCustomers {
  const next = rng(seed);
  const best = Array.from({ length: total }, () => false);
  for (const i of shuffled(total, next).slice(0, bestCount)) best[i] = true;
  const bestIndexes = best.flatMap((b, i) => (b ? [i] : []));
  const planted = (share: number) => {
    const chosen = new Set<number>();
    for (const k of shuffled(bestCount, next).slice(0, Math.round(share * bestCount)))
      chosen.add(bestIndexes[k] as number);
    return chosen;
  };
  const withIndustry = planted(shares.industry);
  const withSize = planted(shares.size);
  const inUs = planted(shares.us);
  const withHubspot = planted(shares.hubspot);
  // Round robin per pool and per group (best or not), so values are spread exactly evenly.
  const turns = new Map<unknown, number>();
  const pick = <T>(pool: readonly T[], group: boolean, except?: T) => {
    const choices = pool.filter((v) => v !== except);
    const key = `${pool[0]}|${pool.length}|${group}|${except !== undefined}`;
    const turn = turns.get(key) ?? next(choices.length);
    turns.set(key, turn + 1);
    return choices[turn % choices.length] as T;
  };
  const rows: CompanyFacts[] = [];
  for (let i = 0; i < total; i++) {
    const isBest = best[i] === true;
    const industry = withIndustry.has(i)
      ? (INDUSTRY_POOL[0] as string)
      : pick(INDUSTRY_POOL, isBest, isBest ? INDUSTRY_POOL[0] : undefined);
    const band = withSize.has(i)
      ? BAND_POOL[3]
      : pick(BAND_POOL, isBest, isBest ? BAND_POOL[3] : undefined);
    const country = inUs.has(i) ? 'US' : pick(COUNTRY_POOL, isBest, isBest ? 'US' : undefined);
    const techs = new Set<string>();
    if (withHubspot.has(i)) techs.add('HubSpot');
    while (techs.size < 2) techs.add(pick(TECH_POOL, isBest, isBest ? 'HubSpot' : undefined));
    const words = new Set<string>();
    while (words.size < 3) words.add(pick(WORDS, isBest));
    const [min, max] = band as [number, number | undefined];
    rows.push({
      name: fact(`Company ${i}`),
      industry: fact(industry),
      employees: fact(max === undefined ? { min } : { min, max }, `${min}-${max ?? '+'}`),
      headquarters: fact({ country, raw: country }),
      technologies: fact([...techs]),
      description: fact(`We do ${[...words].join(' and ')} for our customers.`),
      companyType: fact(pick(TYPES, isBest)),
      founded: fact(pick(YEARS, isBest)),
    });
  }
  return { rows, best };
}
