import {
  type CompanyFacts,
  FACT_SOURCES,
  type Fact,
  type FactName,
  type Place,
  type Range,
} from '../facts';

export interface Observed {
  facts: CompanyFacts;
  /** Epoch milliseconds. */
  at: number;
  /** The extractor that read the page, e.g. "linkedin-company", "website". */
  extractor?: string;
}

/** Another source's different value for a field, shown beside the merged one. */
export interface Disagreement {
  field: FactName;
  fact: Fact<unknown>;
  extractor?: string;
  at: number;
}

/**
 * Fields a company states on LinkedIn in LinkedIn's own terms (bands, taxonomy): there a
 * LinkedIn page is trusted over the company's website, whatever the source on the site.
 */
const LINKEDIN_FIRST = new Set<FactName>([
  'industry',
  'employees',
  'headquarters',
  'founded',
  'companyType',
  'linkedinSlug',
]);

/** Fields whose disagreement between sources is worth telling the user. */
const COMPARED: readonly FactName[] = ['employees', 'headquarters', 'founded', 'industry'];

/**
 * Lower is more trusted. A website never overwrites what a LinkedIn page said (any site may
 * claim to be any company); on LinkedIn-first fields it also yields to other sources.
 */
function rank(field: FactName, fact: Fact<unknown>, extractor: string | undefined): number {
  const site =
    extractor === 'website' ? FACT_SOURCES.length * (LINKEDIN_FIRST.has(field) ? 2 : 1) : 0;
  return site + FACT_SOURCES.indexOf(fact.source);
}

const overlaps = (a: Range, b: Range) =>
  a.min <= (b.max ?? Number.POSITIVE_INFINITY) && b.min <= (a.max ?? Number.POSITIVE_INFINITY);

/** Whether two values of a field say the same thing (an exact count inside a band does). */
function agrees(field: FactName, a: unknown, b: unknown): boolean {
  if (field === 'employees') return overlaps(a as Range, b as Range);
  if (field === 'headquarters') {
    const [p, q] = [a as Place, b as Place];
    if (p.country && q.country) return p.country === q.country;
    return p.raw.toLowerCase() === q.raw.toLowerCase();
  }
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return JSON.stringify(a) === JSON.stringify(b);
}

const width = (r: Range) => (r.max ?? Number.POSITIVE_INFINITY) - r.min;

/**
 * An account file's headcount that lies inside the chosen band and is narrower refines it: a
 * CRM's exact 1,850 inside LinkedIn's 1,001–5,000 says the same and more (an ICP band of
 * 1,000–2,000 can then match). Only file values (`csv`) refine: a website's claim never
 * overrides a LinkedIn page. The narrowest wins, then the newest. Changes `merged` in place.
 */
function refineEmployees(
  merged: Map<FactName, { fact: Fact<unknown>; at: number; extractor?: string }>,
  observations: readonly Observed[],
): void {
  const chosen = merged.get('employees');
  if (!chosen) return;
  let best = chosen;
  for (const { facts, at, extractor } of observations) {
    const fact = facts.employees;
    if (fact?.source !== 'csv') continue;
    const [inner, outer] = [fact.value, best.fact.value as Range];
    const inside =
      inner.min >= outer.min &&
      (inner.max ?? Number.POSITIVE_INFINITY) <= (outer.max ?? Number.POSITIVE_INFINITY);
    const narrower = width(inner) < width(outer) || (width(inner) === width(outer) && at > best.at);
    if (inside && narrower && fact !== best.fact)
      best = { fact, at, ...(extractor && { extractor }) };
  }
  if (best !== chosen) merged.set('employees', best);
}

/**
 * One company from many observations: per field, the fact from the most trusted source (between
 * equally trusted ones, the newest; an account file's count inside the chosen size band refines
 * it, see `refineEmployees`), and where another page said something different about
 * size, place, founding year or industry, that other value (the newest one per source page).
 */
export function mergeCompany(observations: readonly Observed[]): {
  facts: CompanyFacts;
  disagreements: Disagreement[];
} {
  const merged = new Map<FactName, { fact: Fact<unknown>; at: number; extractor?: string }>();
  for (const { facts, at, extractor } of observations) {
    for (const [name, fact] of Object.entries(facts) as [FactName, Fact<unknown> | undefined][]) {
      if (!fact) continue;
      const current = merged.get(name);
      const r = rank(name, fact, extractor);
      const better =
        !current ||
        r < rank(name, current.fact, current.extractor) ||
        (r === rank(name, current.fact, current.extractor) && at >= current.at);
      if (better) merged.set(name, { fact, at, ...(extractor && { extractor }) });
    }
  }
  refineEmployees(merged, observations);
  const disagreements: Disagreement[] = [];
  for (const field of COMPARED) {
    const chosen = merged.get(field);
    if (!chosen) continue;
    const newestPerExtractor = new Map<string, Disagreement>();
    for (const { facts, at, extractor } of observations) {
      const fact = facts[field] as Fact<unknown> | undefined;
      if (!fact || extractor === chosen.extractor || agrees(field, fact.value, chosen.fact.value))
        continue;
      const key = extractor ?? '';
      const seen = newestPerExtractor.get(key);
      if (!seen || at >= seen.at)
        newestPerExtractor.set(key, { field, fact, at, ...(extractor && { extractor }) });
    }
    disagreements.push(...newestPerExtractor.values());
  }
  const facts = Object.fromEntries(
    [...merged].map(([name, { fact }]) => [name, fact]),
  ) as CompanyFacts;
  return { facts, disagreements };
}

/** The merged facts alone (see `mergeCompany`). */
export function mergeObservations(observations: readonly Observed[]): CompanyFacts {
  return mergeCompany(observations).facts;
}
