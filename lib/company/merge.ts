import { type CompanyFacts, FACT_SOURCES, type Fact, type FactName } from '../facts';

export interface Observed {
  facts: CompanyFacts;
  /** Epoch milliseconds. */
  at: number;
}

const trust = (fact: Fact<unknown>): number => FACT_SOURCES.indexOf(fact.source);

/**
 * One set of facts from many observations: per field, the fact from the most trusted source;
 * between equally trusted sources, the newest one.
 */
export function mergeObservations(observations: readonly Observed[]): CompanyFacts {
  const merged: Record<string, { fact: Fact<unknown>; at: number }> = {};
  for (const { facts, at } of observations) {
    for (const [name, fact] of Object.entries(facts) as [FactName, Fact<unknown> | undefined][]) {
      if (!fact) continue;
      const current = merged[name];
      const better =
        !current ||
        trust(fact) < trust(current.fact) ||
        (trust(fact) === trust(current.fact) && at >= current.at);
      if (better) merged[name] = { fact, at };
    }
  }
  return Object.fromEntries(
    Object.entries(merged).map(([name, { fact }]) => [name, fact]),
  ) as CompanyFacts;
}
