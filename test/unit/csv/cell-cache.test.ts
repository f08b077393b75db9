import { describe, expect, it } from 'vitest';
import { readCompaniesCsv, streamCompaniesCsv } from '@/lib/csv/read';
import type { CompanyRow } from '@/lib/csv/records';
import { AccountFileStream } from '@/lib/csv/stream';
import type { FactName } from '@/lib/facts';
import { sampleIcp } from '@/lib/icp/sample';
import { compileRanker, factsRanked } from '@/lib/scoring/rank';
import { scoreCompany } from '@/lib/scoring/score';

/**
 * The row reader keeps each column's facts per distinct cell, and the ranker remembers matcher
 * results per distinct value: a cache that answered for the wrong column, the wrong
 * combination of place columns or a stale value would show here as a wrong fact or score.
 */
const values = (facts: object) =>
  Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, (v as { value: unknown }).value]));

const read = (text: string, evidence = true) => {
  const companies: CompanyRow[] = [];
  streamCompaniesCsv(text, (c) => companies.push(c), { evidence });
  return companies;
};

describe('row reader: facts cached per column and distinct cell', () => {
  // The same cell "1,200" means a size, an amount in thousands, a count of open roles and a
  // count of followers, depending on its column.
  const sameCell = [
    'Company,# Employees,Revenue (in 000s USD),Annual Revenue,Open Jobs,Followers,Founded Year',
    'Larkspur Freight,"1,200","1,200",,"1,200","1,200",1999',
    'Quillon Bank,"1,200",,"1,200","1,200",12,1200',
    'Marrow Labs,"1,200","1,200",,12,"1,200",1999',
  ].join('\n');

  it.each([true, false])('the same cell in different columns (evidence %s)', (evidence) => {
    const [larkspur, quillon, marrow] = read(sameCell, evidence).map((c) => c.facts);
    expect(values(larkspur ?? {})).toMatchObject({
      employees: { min: 1200, max: 1200 },
      revenue: { min: 1_200_000, max: 1_200_000 },
      hiring: { openRoles: 1200 },
      followers: 1200,
      founded: 1999,
    });
    // Annual Revenue (not in thousands) answers when the 000s column is empty.
    expect(values(quillon ?? {})).toMatchObject({
      revenue: { min: 1200, max: 1200 },
      hiring: { openRoles: 1200 },
      followers: 12,
      founded: 1200,
    });
    expect(values(marrow ?? {})).toMatchObject({
      revenue: { min: 1_200_000, max: 1_200_000 },
      hiring: { openRoles: 12 },
      followers: 1200,
    });
    if (evidence) {
      expect(larkspur?.revenue?.evidence).toBe('Revenue (in 000s USD): 1,200');
      expect(quillon?.revenue?.evidence).toBe('Annual Revenue: 1,200');
      expect(marrow?.revenue?.evidence).toBe('Revenue (in 000s USD): 1,200');
    } else {
      expect(quillon?.revenue?.evidence).toBe('');
    }
  });

  it('a place from another combination of columns names those columns', () => {
    const text = [
      'Company,Company City,City,Company Country',
      'Harrow Metrics,Austin,,United States',
      'Pellucid Ops,,Austin,United States',
      'Harrow Twin,Austin,,United States',
    ].join('\n');
    const companies = readCompaniesCsv(text).companies.map((c) => c.facts);
    expect(companies.map((f) => f.headquarters?.value.country)).toEqual(['US', 'US', 'US']);
    expect(companies[0]?.headquarters?.evidence).toBe(
      'Company City: Austin; Company Country: United States',
    );
    expect(companies[1]?.headquarters?.evidence).toBe(
      'City: Austin; Company Country: United States',
    );
    expect(companies[2]?.headquarters?.evidence).toBe(companies[0]?.headquarters?.evidence);
  });

  it('a size Excel made a date is reported on every row that holds it, not only the first', () => {
    const text = ['Company,# Employees', 'Tern Robotics,10-Jan', 'Osprey Data,10-Jan'].join('\n');
    const file = readCompaniesCsv(text);
    const rows = file.errors.map((e) => e.row);
    expect(rows.filter((r) => r === 2).length).toBe(rows.filter((r) => r === 3).length);
  });

  it('companies with the same cells get equal facts, and different cells never share them', () => {
    const text = [
      'Company,Industry,# Employees,Company Country',
      'Alder Grid,Computer & Network Security,51-200,Germany',
      'Birch Ledger,Retail,51-200,Vietnam',
      'Cedar Stack,Computer & Network Security,201-500,Germany',
    ].join('\n');
    const [alder, birch, cedar] = read(text).map((c) => c.facts);
    expect(alder?.industry).toEqual(cedar?.industry);
    expect(alder?.industry?.value).not.toBe(birch?.industry?.value);
    expect(alder?.employees?.value).toEqual(birch?.employees?.value);
    expect(cedar?.employees?.value).toEqual({ min: 201, max: 500 });
    expect(alder?.headquarters?.value.country).toBe('DE');
    expect(birch?.headquarters?.value.country).toBe('VN');
  });
});

describe('ranker: matcher results remembered per value', () => {
  it('equals scoreCompany when hiring counts repeat and change from row to row', () => {
    const icp = {
      ...sampleIcp,
      criteria: [
        {
          field: 'hiring' as const,
          mode: 'score' as const,
          weight: 2,
          bands: [
            { min: 20, credit: 1 },
            { min: 5, max: 19, credit: 0.5 },
          ],
        },
        {
          field: 'funding' as const,
          mode: 'score' as const,
          weight: 1,
          bands: [
            { in: ['Series B'], credit: 1 },
            { min: 1_000_000, credit: 0.4 },
          ],
        },
      ],
    };
    const rows = ['Company,Open Jobs,Latest Funding,Total Funding'];
    const jobs = ['12', '30', '12', '', '4', '30', '12'];
    const rounds = ['Series B', 'Seed', 'Series B', '', 'Seed', 'Series A', 'Series B'];
    const totals = ['42,000,000', '900,000', '', '3,000,000', '900,000', '', '42,000,000'];
    for (let i = 0; i < jobs.length; i++)
      rows.push(`Company ${i},${jobs[i]},${rounds[i]},"${totals[i]}"`);
    const rank = compileRanker(icp);
    const companies = read(rows.join('\n'), false);
    expect(companies).toHaveLength(jobs.length);
    for (const { facts } of companies) {
      const full = scoreCompany(icp, facts);
      expect(rank(facts)).toMatchObject({
        score: full.score,
        tier: full.tier,
        confidence: full.confidence,
      });
    }
  });
});

describe('row reader: only the facts a ranking reads (ReadOptions.facts)', () => {
  const text = [
    'Company,Website,Industry,# Employees,Annual Revenue,Company Country,Total Funding,Followers',
    'Alder Grid,alder-grid.example,Computer & Network Security,201-500,"12,000,000",Germany,"3,000,000",840',
    ',,,,"2,500,000",,,',
    ',,,,,,"900,000",',
    'Birch Ledger,,Retail,10-Jan,,Vietnam,,',
    ',,,,,,,',
    'Cedar Stack,cedar.example,,,,,,',
  ].join('\n');
  const readWith = (facts?: ReadonlySet<FactName>) => {
    const companies: CompanyRow[] = [];
    const stream = new AccountFileStream((c) => companies.push(c), {
      evidence: false,
      ...(facts && { facts }),
    });
    stream.push(new TextEncoder().encode(text));
    return { companies, summary: stream.end() };
  };

  it('reads the same companies and problems, and ranks them the same, without the others', () => {
    const full = readWith();
    const ranking = readWith(factsRanked(sampleIcp));
    expect(ranking.summary).toEqual(full.summary);
    expect(ranking.companies.map((c) => c.row)).toEqual(full.companies.map((c) => c.row));
    // A row whose only fact is one no criterion reads (revenue, funding) is still a company.
    expect(full.companies.map((c) => c.row)).toEqual([2, 3, 4, 5, 7]);
    const rank = compileRanker(sampleIcp);
    for (const [i, company] of ranking.companies.entries())
      expect(rank(company.facts)).toEqual(rank(full.companies[i]?.facts ?? {}));
    expect(Object.keys(ranking.companies[0]?.facts ?? {}).sort()).toEqual(
      ['domain', 'employees', 'headquarters', 'industry', 'name', 'website'].sort(),
    );
    expect(values(ranking.companies[1]?.facts ?? {})).toEqual({
      revenue: { min: 2_500_000, max: 2_500_000 },
    });
  });
});
