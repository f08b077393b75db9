import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_FIT, DISQUALIFIED, type Icp, NOT_ENOUGH_DATA } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { parseIcpFile } from '@/lib/icp/parse';
import { scoreCompany } from '@/lib/scoring/score';
import { acme, employees, fact, icp, place } from './helpers';

function designExample(): Icp {
  const text = readFileSync(resolve(__dirname, '../../fixtures/icp/design-example.json'), 'utf8');
  const parsed = parseIcpFile(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.icp;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('scoreCompany: the DESIGN.md example ICP', () => {
  const example = designExample();

  it('a US security company of 201–500 people is a Best fit (3·1 + 3·0.6 + 2·1) / 8 = 85', () => {
    const result = scoreCompany(example, acme);
    expect(result).toMatchObject({
      score: 85,
      confidence: 1,
      tier: 'Best fit',
      tierKind: 'tier',
      tierIndex: 0,
    });
    expect(result.criteria.map((c) => c.verdict)).toEqual([
      'matched',
      'partial',
      'matched',
      'matched',
      'matched',
    ]);
    expect(result.criteria[1]).toMatchObject({ band: 1, credit: 0.6 });
    expect(result.icpName).toBe('Mid-market security software');
  });

  it('a Canadian one earns the North America credit', () => {
    const result = scoreCompany(example, {
      ...acme,
      headquarters: place({ city: 'Toronto', region: 'CA-ON', country: 'CA' }),
    });
    expect(result.criteria[0]).toMatchObject({ verdict: 'partial', credit: 0.6, band: 1 });
    expect(result.score).toBe(Math.round((100 * (3 * 0.6 + 3 * 0.6 + 2)) / 8));
  });

  it('unknown fields earn unknownCredit and lower the confidence, not the verdict', () => {
    const lenient = { ...example, minConfidence: 0 };
    const result = scoreCompany(lenient, { industry: fact('Computer and Network Security') });
    // (3·0.5 + 3·0.5 + 2·1) / 8 = 62.5 → 63
    expect(result).toMatchObject({ score: 63, tier: 'Good fit', confidence: 2 / 8 });
    expect(result.criteria.map((c) => c.verdict)).toEqual([
      'unknown',
      'unknown',
      'matched',
      'unknown',
      'matched',
    ]);
    expect(result.disqualifiedBy).toBeUndefined();
  });

  it('below minConfidence the tier is "Not enough data", with the range the unknowns allow', () => {
    const result = scoreCompany(example, { industry: fact('Computer and Network Security') });
    // Known: industry 2·1 of 8. Worst: 2/8 = 25; best: (2 + 6)/8 = 100.
    expect(result).toMatchObject({
      score: 63,
      tier: NOT_ENOUGH_DATA,
      tierKind: 'insufficient',
      confidence: 2 / 8,
      scoreRange: { min: 25, max: 100 },
    });
    expect(scoreCompany(example, {})).toMatchObject({ tierKind: 'insufficient', confidence: 0 });
    // At exactly the threshold the company gets a fit tier.
    expect(
      scoreCompany(
        { ...example, minConfidence: 0.25 },
        { industry: fact('Computer and Network Security') },
      ).tierKind,
    ).toBe('tier');
  });

  it('a disqualifying rule wins over "Not enough data"', () => {
    const result = scoreCompany(example, { industry: fact('Staffing and Recruiting') });
    expect(result.tierKind).toBe('disqualified');
  });

  it('require: a known size below every band disqualifies, naming the rule', () => {
    const result = scoreCompany(example, { ...acme, employees: employees(11, 50) });
    expect(result.tier).toBe(DISQUALIFIED);
    expect(result.tierKind).toBe('disqualified');
    expect(result.disqualifiedBy).toMatchObject({
      index: 3,
      mode: 'require',
      verdict: 'missed',
      disqualifies: true,
    });
    expect(result.disqualifiedBy?.evidence?.text).toBe('11-50 employees');
    expect(result.score).toBeGreaterThan(0); // the score is still computed and shown
  });

  it('require: an unknown size does not disqualify', () => {
    const { employees: _, ...withoutSize } = acme;
    const result = scoreCompany(example, withoutSize);
    expect(result.tierKind).toBe('tier');
    expect(result.criteria[3]).toMatchObject({ verdict: 'unknown', disqualifies: false });
  });

  it('exclude: a matching band disqualifies; not matching is "matched"', () => {
    const staffing = scoreCompany(example, { ...acme, industry: fact('Staffing & Recruiting') });
    expect(staffing.tier).toBe(DISQUALIFIED);
    expect(staffing.disqualifiedBy).toMatchObject({
      index: 4,
      mode: 'exclude',
      verdict: 'missed',
      band: 0,
    });
    expect(scoreCompany(example, acme).criteria[4]).toMatchObject({
      verdict: 'matched',
      disqualifies: false,
    });
  });

  it('below every tier is "Bad fit"', () => {
    const result = scoreCompany(example, {
      ...acme,
      industry: fact('Retail'),
      headquarters: place({ country: 'FR' }),
      employees: employees(101, 150),
    });
    expect(result).toMatchObject({ score: 0, tier: BAD_FIT, tierKind: 'bad' });
    expect(result.tierIndex).toBeUndefined();
  });
});

describe('scoreCompany: rules', () => {
  const one = (credit: number) =>
    icp({ criteria: [{ field: 'industry', bands: [{ in: ['Retail'], credit }] }] });

  it('the tier is the first whose minScore the rounded score reaches', () => {
    const tiers = [
      { name: 'A', minScore: 80 },
      { name: 'B', minScore: 50 },
    ];
    const company = { industry: fact('Retail') };
    expect(scoreCompany(icp({ ...one(0.8), tiers }), company).tier).toBe('A'); // exactly 80
    expect(scoreCompany(icp({ ...one(0.795), tiers }), company)).toMatchObject({
      score: 80,
      tier: 'A',
    });
    expect(scoreCompany(icp({ ...one(0.79), tiers }), company)).toMatchObject({
      score: 79,
      tier: 'B',
    });
    expect(scoreCompany(icp({ ...one(0.49), tiers }), company).tier).toBe(BAD_FIT);
  });

  it('credit 0 and no band are both "missed"; 0 < credit < 1 is "partial"', () => {
    const company = { industry: fact('Retail') };
    expect(scoreCompany(one(0), company).criteria[0]?.verdict).toBe('missed');
    expect(scoreCompany(one(0.3), company).criteria[0]?.verdict).toBe('partial');
    expect(scoreCompany(one(1), { industry: fact('Banking') }).criteria[0]).toMatchObject({
      verdict: 'missed',
      credit: 0,
    });
  });

  it('the first disqualifying criterion is the one named', () => {
    const rules = icp({
      criteria: [
        { field: 'industry', bands: [{ in: ['Retail'] }] },
        { field: 'industry', mode: 'exclude', bands: [{ in: ['Retail'] }] },
        { field: 'employees', mode: 'require', bands: [{ min: 1000 }] },
      ],
    });
    const result = scoreCompany(rules, { industry: fact('Retail'), employees: employees(1, 10) });
    expect(result.disqualifiedBy?.index).toBe(1);
    expect(result.criteria.filter((c) => c.disqualifies)).toHaveLength(2);
  });

  it('require/exclude criteria do not count in the score or the confidence', () => {
    const rules = icp({
      criteria: [
        { field: 'industry', weight: 1, bands: [{ in: ['Retail'] }] },
        { field: 'employees', mode: 'require', weight: 50, bands: [{ min: 1 }] },
      ],
    });
    expect(scoreCompany(rules, { industry: fact('Retail') })).toMatchObject({
      score: 100,
      confidence: 1,
    });
  });

  it('unknownCredit 0 and 1', () => {
    const base = { criteria: [{ field: 'founded' as const, bands: [{ min: 2000 }] }] };
    expect(scoreCompany(icp({ ...base, unknownCredit: 0 }), {}).score).toBe(0);
    expect(scoreCompany(icp({ ...base, unknownCredit: 1 }), {})).toMatchObject({
      score: 100,
      confidence: 0,
    });
  });

  it('weights are relative: 0-weight criteria are judged but count for nothing', () => {
    const rules = icp({
      criteria: [
        { field: 'industry', weight: 0, bands: [{ in: ['Retail'] }] },
        { field: 'founded', weight: 2, bands: [{ min: 2000 }] },
      ],
    });
    const result = scoreCompany(rules, { industry: fact('Banking'), founded: fact(2012) });
    expect(result).toMatchObject({ score: 100, confidence: 1 });
    expect(result.criteria[0]?.verdict).toBe('missed');
  });

  it('labels each result with the criterion label or the field name', () => {
    const rules = icp({
      criteria: [
        { field: 'employees', label: 'Team size', bands: [{ min: 1 }] },
        { field: 'companyType', bands: [{ in: ['Privately Held'] }] },
      ],
    });
    expect(scoreCompany(rules, acme).criteria.map((c) => c.label)).toEqual([
      'Team size',
      'Company type',
    ]);
  });
});

describe('scoreCompany: hostile input', () => {
  it('empty facts: every criterion unknown, no NaN, confidence 0', () => {
    const result = scoreCompany(designExample(), {});
    expect(result.score).toBe(50);
    expect(result.confidence).toBe(0);
    expect(Number.isNaN(result.score)).toBe(false);
    expect(result.criteria.every((c) => c.verdict === 'unknown')).toBe(true);
  });

  it('all weights 0: score 0, confidence 1, no NaN', () => {
    const rules = icp({
      criteria: [{ field: 'industry', weight: 0, bands: [{ in: ['Retail'] }] }],
    });
    expect(scoreCompany(rules, { industry: fact('Retail') })).toMatchObject({
      score: 0,
      confidence: 1,
      tier: BAD_FIT,
    });
    const onlyRules = icp({
      criteria: [{ field: 'industry', mode: 'require', bands: [{ in: ['Retail'] }] }],
    });
    expect(scoreCompany(onlyRules, {})).toMatchObject({ score: 0, confidence: 1 });
  });

  it('non-finite numbers in facts are treated as unknown', () => {
    const facts = {
      employees: fact({ min: Number.NaN, max: 10 }),
      revenue: fact({ min: Number.POSITIVE_INFINITY }),
      founded: fact(Number.NaN),
      hiring: fact({ openRoles: Number.NaN }),
      funding: fact({ amountUsd: Number.NaN }),
    } as CompanyFacts;
    const rules = icp({
      criteria: [
        { field: 'employees', bands: [{ min: 0 }] },
        { field: 'revenue', bands: [{ min: 0 }] },
        { field: 'founded', bands: [{ min: 0 }] },
        { field: 'hiring', bands: [{ min: 0 }] },
        { field: 'funding', bands: [{ min: 0 }] },
      ],
    });
    const result = scoreCompany(rules, facts);
    expect(result.criteria.map((c) => c.verdict)).toEqual(Array(5).fill('unknown'));
    expect(result.score).toBe(50);
  });

  it('huge lists on both sides stay fast and correct', () => {
    const many = Array.from({ length: 500 }, (_, i) => `Tech ${i}`);
    const rules = icp({
      criteria: [
        { field: 'technologies', bands: [{ in: [...many.slice(0, 499), 'Okta'] }] },
        { field: 'keywords', bands: [{ in: many }, { in: ['needle phrase'] }] },
        { field: 'location', bands: [{ in: ['EMEA', 'APAC', 'LATAM'] }, { in: ['Worldwide'] }] },
      ],
    });
    const facts: CompanyFacts = {
      technologies: fact(Array.from({ length: 5000 }, (_, i) => `Other ${i}`).concat('okta')),
      description: fact(`${'lorem ipsum '.repeat(1500)}needle phrase`),
      specialties: fact(Array.from({ length: 200 }, (_, i) => `specialty ${i}`)),
      headquarters: place({ country: 'US' }),
    };
    const started = performance.now();
    const result = scoreCompany(rules, facts);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.criteria.map((c) => c.verdict)).toEqual(['matched', 'matched', 'matched']);
    expect(result.criteria[1]?.band).toBe(1);
    expect(result.criteria[1]?.evidence?.text.length).toBeLessThan(200);
    expect(result.criteria[2]?.band).toBe(1);
  });

  it('is pure: inputs are not mutated and results repeat', () => {
    const rules = deepFreeze(designExample());
    const facts = deepFreeze(structuredClone(acme));
    const first = scoreCompany(rules, facts);
    expect(scoreCompany(rules, facts)).toEqual(first);
  });

  it('strings from the page stay plain text in the evidence', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quotes"';
    const rules = icp({ criteria: [{ field: 'industry', bands: [{ in: ['Retail'] }] }] });
    const result = scoreCompany(rules, { industry: fact(hostile) });
    expect(result.criteria[0]?.evidence?.text).toBe(hostile);
    expect(result.criteria[0]?.value).toBe(hostile);
  });
});
