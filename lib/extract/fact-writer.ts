/** One way to set a fact from a page, shared by the LinkedIn interpreter and the website readers. */
import type { CompanyFacts, Fact, FactName, FactSource } from '../facts';
import { clean, evidence } from './dom';

type Value<K extends FactName> = NonNullable<CompanyFacts[K]>['value'];

/**
 * Sets fact `name` to `value` from `source`, with `text` as its evidence (the value itself when
 * it is text), unless a more trusted source already set it: sources are read in trust order, so
 * the first write wins. Nothing is written for an undefined or empty value, or without proof.
 */
export type FactWriter = <K extends FactName>(
  facts: CompanyFacts,
  name: K,
  value: Value<K> | undefined,
  source: FactSource,
  text?: string,
) => void;

/** How a page source's writer differs from another's. */
export interface FactWriterOptions {
  /**
   * Longest text each fact may hold, in characters (the limits of `facts-schema.ts`); a text
   * value is cleaned (`clean`) and cut to it. A fact not named takes 2,000.
   */
  maxLength: Partial<Record<FactName, number>>;
  /**
   * `any`: any non-empty proof will do, even blank space. `visible`: the proof must show
   * something in its first characters (`clean(proof, 10)` is not empty), so markup padded with
   * blank space or invisible characters proves nothing.
   */
  proof: 'any' | 'visible';
}

/** A page source's fact writer (see `FactWriter`), with its limits and proof rule. */
export function factWriter(options: FactWriterOptions): FactWriter {
  const { maxLength, proof: rule } = options;
  return (facts, name, value, source, text) => {
    const v = typeof value === 'string' ? clean(value, maxLength[name] ?? 2000) : value;
    const proof = text ?? (typeof v === 'string' ? v : '');
    const proven = rule === 'visible' ? clean(proof, 10) !== '' : proof !== '';
    if (facts[name] || v === undefined || v === '' || !proven) return;
    facts[name] = {
      value: v,
      source,
      evidence: evidence(proof),
    } as Fact<unknown> as CompanyFacts[typeof name];
  };
}
