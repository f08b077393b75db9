import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { criterionSchema } from '@/lib/criteria/schema';
import { readCompaniesCsv } from '@/lib/csv';
import type { CompanyFacts } from '@/lib/facts';
import {
  employeeBandOf,
  parseAmount,
  proposalToIcp,
  proposeIcp,
  selectBest,
} from '@/lib/icp/builder';
import { parseIcpFile } from '@/lib/icp/parse';
import { scoreCompany } from '@/lib/scoring/score';
import { plantedCustomers } from './workspace-data';

describe('proposeIcp on 2,000 customers with planted traits', () => {
  const { rows, best } = plantedCustomers(2000, 400);
  const proposal = proposeIcp(rows, best);

  it('finds exactly the planted traits, with their share and a lift above 1', () => {
    expect(proposal.totalCount).toBe(2000);
    expect(proposal.bestCount).toBe(400);
    const planted: Record<string, number> = {
      'industry:computer and network security': 0.7,
      'employees:201-500': 0.65,
      'location:US': 0.6,
      'technologies:hubspot': 0.55,
    };
    expect(proposal.criteria.map((c) => c.id).sort()).toEqual(Object.keys(planted).sort());
    for (const c of proposal.criteria) {
      expect(Math.abs(c.coverage - (planted[c.id] as number))).toBeLessThanOrEqual(0.02);
      expect(c.lift).toBeGreaterThan(1);
      expect(c.allCoverage).toBeLessThan(c.coverage);
    }
  });

  it('gives each trait as structured values for the UI to word, and a valid criterion', () => {
    const size = proposal.criteria.find((c) => c.id === 'employees:201-500');
    expect(size).toMatchObject({ field: 'employees', label: '201–500', coverage: 0.65 });
    expect(size?.range).toEqual({ min: 201, max: 500 });
    const us = proposal.criteria.find((c) => c.id === 'location:US');
    expect(us).toMatchObject({ field: 'location', values: ['US'], coverage: 0.6 });
    expect(us?.lift).toBeGreaterThan(1);
    for (const c of proposal.criteria) {
      expect(criterionSchema.safeParse(c.criterion).success).toBe(true);
      expect(c.weight).toBeGreaterThanOrEqual(1);
      expect(c.weight).toBeLessThanOrEqual(3);
    }
    // Strong, frequent traits weigh more than weaker ones.
    const industry = proposal.criteria.find((c) => c.field === 'industry');
    const tech = proposal.criteria.find((c) => c.field === 'technologies');
    expect(industry?.weight ?? 0).toBeGreaterThanOrEqual(tech?.weight ?? 0);
  });

  it('turns accepted traits into a valid ICP with the default tiers that ranks best customers higher', () => {
    const icp = proposalToIcp(
      proposal,
      proposal.criteria.map((c) => c.id),
      { name: 'From my best customers' },
    );
    const reparsed = parseIcpFile(JSON.stringify(icp));
    expect(reparsed.ok ? 'ok' : reparsed.error).toBe('ok');
    expect(icp.tiers).toEqual([
      { name: 'Best fit', minScore: 80 },
      { name: 'Good fit', minScore: 60 },
      { name: 'Possible fit', minScore: 40 },
    ]);
    expect(icp.criteria.map((c) => c.field)).toEqual([
      'industry',
      'employees',
      'location',
      'technologies',
    ]);
    const mean = (flag: boolean) => {
      const scores = rows.filter((_, i) => best[i] === flag).map((r) => scoreCompany(icp, r).score);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(mean(true)).toBeGreaterThan(mean(false) + 20);
  });

  it('merges accepted traits of one field into one criterion', () => {
    const merged = proposalToIcp(
      {
        ...proposal,
        criteria: [
          ...proposal.criteria,
          {
            ...(proposal.criteria.find(
              (c) => c.id === 'location:US',
            ) as (typeof proposal.criteria)[number]),
            id: 'location:North America',
            values: ['North America'],
          },
        ],
      },
      ['location:US', 'location:North America', 'employees:201-500'],
      { name: 'Merged', description: 'Two places' },
    );
    expect(merged.description).toBe('Two places');
    const location = merged.criteria.find((c) => c.field === 'location');
    expect(location?.bands).toEqual([
      { in: ['US'], credit: 1 },
      { in: ['North America'], credit: 0.7 },
    ]);
  });

  it('refuses an ICP with no accepted trait', () => {
    expect(() => proposalToIcp(proposal, ['nope'], { name: 'x' })).toThrow(/at least one/);
  });

  it('with only best customers (no lift to compute) still proposes what most of them share', () => {
    const onlyBest = rows.filter((_, i) => best[i]);
    const p = proposeIcp(
      onlyBest,
      onlyBest.map(() => true),
    );
    const industry = p.criteria.find((c) => c.id === 'industry:computer and network security');
    expect(industry?.coverage).toBeCloseTo(0.7, 2);
    expect(industry?.lift).toBeUndefined();
    expect(p.criteria.every((c) => c.coverage >= 0.3)).toBe(true);
  });

  it('honours the coverage threshold', () => {
    const strict = proposeIcp(rows, best, { minCoverage: 0.62 });
    expect(strict.criteria.map((c) => c.id).sort()).toEqual([
      'employees:201-500',
      'industry:computer and network security',
    ]);
  });
});

describe('proposeIcp, other traits', () => {
  const fact = <T>(value: T) => ({ value, source: 'csv' as const, evidence: String(value) });

  it('finds regions, keywords (multi-language), founding years and funding stages', () => {
    const rows: CompanyFacts[] = [];
    const best: boolean[] = [];
    const europe = ['DE', 'FR', 'NL', 'ES', 'IT'];
    for (let i = 0; i < 200; i++) {
      const isBest = i < 50;
      best.push(isBest);
      rows.push({
        headquarters: fact({
          country: isBest ? (europe[i % 5] as string) : ['US', 'BR', 'JP', 'IN'][i % 4],
          raw: '',
        }),
        description: fact(
          isBest
            ? i % 2
              ? 'Plateforme de cybersécurité pour les banques: détection des menaces.'
              : 'Zero trust cloud security for banks, 零信任安全平台'
            : `A company doing item ${i % 7} of ${['retail', 'food', 'travel'][i % 3]} things`,
        ),
        founded: fact(isBest ? 2015 + (i % 4) : 1950 + (i % 70)),
        funding: fact({ stage: isBest ? 'Series B' : ['Seed', 'Series A', 'IPO'][i % 3] }),
      });
    }
    const p = proposeIcp(rows, best);
    const ids = p.criteria.map((c) => c.id);
    expect(ids).toContain('location:EU');
    expect(ids).not.toContain('location:DE');
    expect(ids).toContain('founded:2015-2018');
    expect(ids).toContain('funding:series b');
    expect(ids).toContain('keywords:cybersecurite');
    expect(ids).toContain('keywords:cloud security');
    expect(ids.filter((id) => id.startsWith('keywords:')).length).toBeLessThanOrEqual(8);
    const allKeywords = proposeIcp(rows, best, { maxPerField: 50 }).criteria.map((c) => c.id);
    expect(allKeywords).toContain('keywords:信任');
    expect(ids).not.toContain('keywords:the');
    expect(ids).not.toContain('keywords:pour');
    const eu = p.criteria.find((c) => c.id === 'location:EU');
    expect(eu).toMatchObject({ label: 'EU', values: ['EU'], coverage: 1 });
    const founded = p.criteria.find((c) => c.field === 'founded');
    expect(founded).toMatchObject({ label: '2015–2018', range: { min: 2015, max: 2018 } });
    const icp = proposalToIcp(p, ids, { name: 'Europe' });
    expect(parseIcpFile(JSON.stringify(icp)).ok).toBe(true);
  });

  it('survives hostile rows: empty, huge numbers, script tags, odd types', () => {
    const rows = [
      {},
      { name: fact('<script>alert(1)</script>'), industry: fact('<script>alert(1)</script>') },
      { employees: fact({ min: 1e308 }), founded: fact(Number.NaN), revenue: fact({ min: -5 }) },
      { employees: fact({ min: Number.NaN }), technologies: fact(['', ' ', 'x'.repeat(10_000)]) },
      { description: fact('<img src=x onerror=alert(1)> '.repeat(20_000)) },
      { headquarters: fact({ country: '<b>', raw: '<b>' }) },
      null as unknown as CompanyFacts,
      { specialties: fact([42 as unknown as string, '']) },
      { businessModel: fact(['ecommerce', 'ecommerce']) },
    ] as CompanyFacts[];
    const best = rows.map((_, i) => i % 2 === 0);
    const p = proposeIcp(rows, best);
    for (const c of p.criteria) expect(criterionSchema.safeParse(c.criterion).success).toBe(true);
    if (p.criteria.length > 0) {
      const icp = proposalToIcp(
        p,
        p.criteria.map((c) => c.id),
        { name: '<script>x</script>' },
      );
      expect(parseIcpFile(JSON.stringify(icp)).ok).toBe(true);
    }
    expect(employeeBandOf({ min: 1e308 })).toBe(7);
    expect(employeeBandOf({ min: Number.NaN })).toBe(-1);
    expect(employeeBandOf({ min: 201, max: 500 })).toBe(3);
    expect(employeeBandOf({ min: 350, max: 350 })).toBe(3);
  });

  it('says why nothing was proposed', () => {
    expect(proposeIcp([], []).notes).toEqual([{ code: 'no-customers' }]);
    expect(proposeIcp([{}], [false]).notes).toEqual([{ code: 'no-best-customers' }]);
    const none = proposeIcp([{}, {}], [true, false]);
    expect(none.criteria).toEqual([]);
    expect(none.notes[0]).toMatchObject({ code: 'no-shared-trait', comparedWithAll: true });
  });
});

describe('selectBest', () => {
  const rows = [
    { Company: 'A', ARR: '$12,400', Won: 'yes' },
    { Company: 'B', ARR: '12.4k', Won: 'No' },
    { Company: 'C', ARR: '1.2M', Won: 'Closed Won' },
    { Company: 'D', ARR: '87%', Won: '✓' },
    { Company: 'E', ARR: '', Won: 'x' },
    { Company: 'F', ARR: 'n/a', Won: 'TRUE' },
    { Company: 'G', ARR: '$1,200,000.50', Won: '0' },
  ];

  it('picks the top n by a money-like column, cells without a number never counting', () => {
    expect(selectBest(rows, { kind: 'top', column: 'ARR', n: 2 })).toEqual(
      [false, false, false, false, false, false, true].map((_, i) => i === 6 || i === 2),
    );
    expect(selectBest(rows, { kind: 'top', column: 'arr', n: 4 })).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(selectBest(rows, { kind: 'top', column: 'ARR', n: 100 }).filter(Boolean)).toHaveLength(
      5,
    );
    expect(selectBest(rows, { kind: 'top', column: 'Missing', n: 3 }).some(Boolean)).toBe(false);
    expect(selectBest(rows, { kind: 'top', column: 'ARR', n: -1 }).some(Boolean)).toBe(false);
  });

  it('reads yes-like flags case-insensitively, or the given truthy values', () => {
    expect(selectBest(rows, { kind: 'flag', column: 'Won' })).toEqual([
      true,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(selectBest(rows, { kind: 'flag', column: 'Won', truthy: ['no'] })).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('parses amounts as spreadsheets write them', () => {
    expect(parseAmount('$12,400')).toBe(12400);
    expect(parseAmount('12.4k')).toBe(12400);
    expect(parseAmount('1.2M')).toBe(1_200_000);
    expect(parseAmount('87%')).toBe(87);
    expect(parseAmount('€ 3.400,50')).toBe(3400.5);
    expect(parseAmount('-5')).toBe(-5);
    expect(parseAmount('(1,200)')).toBe(-1200);
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('n/a')).toBeUndefined();
    expect(parseAmount('9'.repeat(400))).toBeUndefined();
  });
});

describe('from a HubSpot-like CSV export to a proposal', () => {
  const header =
    'Company name,Company Domain Name,Industry,Number of Employees,Country/Region,City,Technologies,ARR,Won';
  const lines = [header];
  for (let i = 0; i < 60; i++) {
    const big = i % 3 === 0;
    lines.push(
      [
        i === 5 ? '"<script>alert(""x"")</script>"' : `Company ${i}`,
        `company-${i}.example.com`,
        big ? 'Computer and Network Security' : ['Retail', 'Banking', 'Construction'][i % 3],
        big ? '201-500' : ['11-50', '1001-5000'][i % 2],
        big ? 'United States' : ['Germany', 'Brazil', 'Japan'][i % 3],
        'Springfield',
        big ? '"HubSpot, Slack"' : '"Zendesk"',
        big ? `"$${(100 + i).toLocaleString('en-US')},000"` : `${i}k`,
        big ? 'Closed Won' : 'Closed Lost',
      ].join(','),
    );
  }
  lines.push(',,,,,,,,');
  lines.push(
    `Huge Corp,huge.example.com,Retail,${'9'.repeat(40)},Germany,Berlin,Zendesk,${'9'.repeat(40)},no`,
  );
  const csv = `${lines.join('\n')}\n`;

  it('selects the top customers by ARR and proposes their shared traits', () => {
    const file = readCompaniesCsv(csv);
    const records = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: false,
    }).data;
    // The reader numbers rows as a spreadsheet does: header is row 1, so data row r is records[r - 2].
    const byRow = new Map(file.companies.map((c) => [c.row, c.facts]));
    const rows = records
      .map((record, i) => ({ record, facts: byRow.get(i + 2) }))
      .filter((r): r is { record: Record<string, string>; facts: CompanyFacts } => !!r.facts);
    expect(rows.length).toBe(61);
    const best = selectBest(
      rows.map((r) => r.record),
      { kind: 'top', column: 'ARR', n: 20 },
    );
    expect(best.filter(Boolean)).toHaveLength(20);
    // The top 20 by ARR are the 20 "big" ones; the unparseable huge ARR is not among them.
    expect(rows.filter((_, i) => best[i]).every((r) => r.record.Won === 'Closed Won')).toBe(true);
    const proposal = proposeIcp(
      rows.map((r) => r.facts),
      best,
    );
    const ids = proposal.criteria.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'industry:computer and network security',
        'employees:201-500',
        'location:US',
        'technologies:hubspot',
      ]),
    );
    expect(ids.some((id) => id.includes('script'))).toBe(false);
    const won = selectBest(
      rows.map((r) => r.record),
      { kind: 'flag', column: 'Won' },
    );
    expect(won).toEqual(best);
  });
});
