import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompanyFacts } from '@/lib/facts';
import { BestSelector } from '@/lib/icp/best-customers';
import { ProposalTally, proposeIcp, selectBest } from '@/lib/icp/builder';
import { YearCounter } from '@/lib/icp/builder-years';
import { fold, foldUncached } from '@/lib/text';
import { plantedCustomers, rng } from './workspace-data';

/**
 * Proposals of the planted customer lists as the builder gave them before it folded customers
 * into a `ProposalTally` (all rows and every keyword held at once; commit f573a19), with the
 * default options and with `{ minCoverage: 0.1, maxPerField: 50 }` ("-loose").
 */
const BEFORE: Record<string, unknown> = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../fixtures/builder/planted-proposals.json'),
    'utf8',
  ),
);

describe('ProposalTally: counts, not rows', () => {
  it.each([
    [2000, 400, 7],
    [500, 60, 3],
    [3000, 3000, 1],
    [100, 5, 9],
  ])(
    'proposes what the builder proposed before from %i customers, %i best (seed %i)',
    (total, best, seed) => {
      const planted = plantedCustomers(total, best, undefined, seed);
      const key = `planted-${total}-${best}-${seed}`;
      expect(proposeIcp(planted.rows, planted.best)).toEqual(BEFORE[key]);
      expect(proposeIcp(planted.rows, planted.best, { minCoverage: 0.1, maxPerField: 50 })).toEqual(
        BEFORE[`${key}-loose`],
      );
    },
  );

  it('counts among all customers only the keywords enough best customers hold', () => {
    const { rows, best } = plantedCustomers(2000, 400, undefined, 7);
    const tally = new ProposalTally();
    rows.forEach((facts, i) => {
      tally.add(facts, best[i] === true);
    });
    // Each description holds 3 of 20 words (about 15 % each), so 10 % lets them through.
    const wanted = tally.startKeywordPass({ minCoverage: 0.1 });
    expect(wanted.size).toBeGreaterThan(5);
    expect(wanted.size).toBeLessThanOrEqual(20);
    for (const facts of rows) tally.addKeywords(facts);
    const proposal = tally.propose();
    expect(proposal).toEqual(proposeIcp(rows, best, { minCoverage: 0.1 }));
    for (const c of proposal.criteria.filter((p) => p.field === 'keywords'))
      expect(wanted.has(c.id.slice('keywords:'.length))).toBe(true);
  });

  it('counts a customer promoted to best at the end of a pass as if it had been best all along', () => {
    const { rows, best } = plantedCustomers(2000, 400, undefined, 7);
    const tally = new ProposalTally();
    for (const facts of rows) tally.add(facts, false);
    // In any order, as a ranking hands them over.
    for (let i = rows.length - 1; i >= 0; i--) if (best[i]) tally.promote(rows[i] as CompanyFacts);
    if (tally.startKeywordPass().size > 0) for (const facts of rows) tally.addKeywords(facts);
    expect(tally.propose()).toEqual(proposeIcp(rows, best));
  });

  it('refuses to propose before the keyword pass was started (a programming error)', () => {
    const tally = new ProposalTally();
    tally.add({}, true);
    expect(() => tally.propose()).toThrow(/startKeywordPass/);
    tally.startKeywordPass();
    expect(tally.propose().notes[0]).toMatchObject({ code: 'no-shared-trait' });
  });
});

describe('BestSelector: the best customers one row at a time', () => {
  it('picks the same top N as sorting every row, ties in file order, for many N', () => {
    const next = rng(11);
    // Few distinct values, so ties are everywhere; some cells hold no number.
    const rows = Array.from({ length: 400 }, (_, i) => ({
      ARR: i % 9 === 0 ? 'n/a' : `$${(next(25) * 1000).toLocaleString('en')}`,
    }));
    for (const n of [0, 1, 2, 7, 50, 199, 356, 400, 1000]) {
      const ranked = rows
        .map((row, i) => ({ i, value: Number(row.ARR.replace(/[$,]/g, '')) }))
        .filter((r) => Number.isFinite(r.value))
        .sort((a, b) => b.value - a.value || a.i - b.i)
        .slice(0, n);
      const expected = rows.map((_, i) => ranked.some((r) => r.i === i));
      const selector = new BestSelector({ kind: 'top', column: 'ARR', n });
      expect(selector.ranks).toBe(true);
      rows.forEach((row, i) => {
        selector.rank(row, i);
      });
      expect(rows.map((row, i) => selector.isBest(row, i))).toEqual(expected);
      expect(selectBest(rows, { kind: 'top', column: 'arr', n })).toEqual(expected);
    }
  });

  it('decides a flag row alone, without ranking', () => {
    const selector = new BestSelector({ kind: 'flag', column: 'Won' });
    expect(selector.ranks).toBe(false);
    expect(selector.isBest({ Won: ' Closed  Won ' }, 0)).toBe(true);
    expect(selector.isBest({ won: '✓' }, 1)).toBe(true);
    expect(selector.isBest({ Won: 'no' }, 2)).toBe(false);
  });
});

describe('YearCounter', () => {
  it('gives the middle 80 % of the best customers years as the sorted list does', () => {
    const next = rng(5);
    for (const size of [1, 2, 9, 10, 11, 97, 500]) {
      const counter = new YearCounter();
      const years: number[] = [];
      for (let i = 0; i < size; i++) {
        const year = 1980 + next(40);
        const best = next(3) > 0;
        counter.add(year, best);
        if (best) years.push(year);
      }
      counter.add(Number.NaN, true);
      counter.add(999, true);
      counter.add('2001', true);
      years.sort((a, b) => a - b);
      const at = (q: number) => years[Math.min(years.length - 1, Math.floor(q * years.length))];
      expect(counter.middleRange()).toEqual(years.length ? [at(0.1), at(0.9)] : undefined);
    }
  });
});

describe('foldUncached', () => {
  it('folds as fold does (only the cache differs)', () => {
    for (const text of [
      'Zero Trust & Cloud Security',
      'Plateforme de cybersécurité pour les banques',
      '零信任安全平台',
      'C++ and C# tooling',
      `${'Long description '.repeat(20)}end`,
      '',
    ])
      expect(foldUncached(text)).toBe(fold(text));
  });
});
