import { describe, expect, it } from 'vitest';
import { CRITERIA } from '@/lib/criteria';
import { familiesOfBand, roleFamilyOf } from '@/lib/criteria/hiring-for';
import { describeCriterion } from '@/lib/criteria/labels';
import { icpSchema } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { proposeIcp } from '@/lib/icp/builder';
import { scoreImpact } from '@/lib/icp/impact';
import { parseIcpFile } from '@/lib/icp/parse';
import { compileRanker } from '@/lib/scoring/rank';
import { scoreCompany } from '@/lib/scoring/score';
import { compileIcpToSql, SQL_FIELDS, SqlCompileError } from '@/lib/sql/compile';
import { fact, icp } from '../scoring/helpers';

/** Job titles as careers pages of made-up companies list them. */
const openings = (...roles: string[]): CompanyFacts => ({
  hiring: fact(
    { openRoles: roles.length, roles },
    `${roles.length} job listings on /careers`,
    'site-text',
  ),
});

describe('roleFamilyOf', () => {
  it.each([
    ['Account Executive (SMB)', 'sales'],
    ['Sales Development Representative', 'sales'],
    ['Senior Sales Engineer, EMEA', 'sales'],
    ['Security Engineer – Detection & Response', 'security'],
    ['Senior Backend Engineer (Go)', 'engineering'],
    ['Staff Software Engineer, Platform', 'engineering'],
    ['Data Engineer', 'data'],
    ['Product Designer', 'design'],
    ['Senior Product Manager, Payments', 'product'],
    ['Customer Success Manager', 'support'],
    ['Support Engineer (Tier 2)', 'support'],
    ['Demand Generation Manager', 'marketing'],
    ['Marketing Operations Manager', 'marketing'],
    ['Talent Acquisition Partner', 'people'],
    ['Financial Controller', 'finance'],
    ['Legal Counsel', 'legal'],
    ['Supply Chain Coordinator', 'operations'],
    ['Nhân viên kinh doanh', 'sales'],
    ['Kỹ sư phần mềm Backend', 'engineering'],
    ['高级销售经理', 'sales'],
    ['前端开发工程师', 'engineering'],
    ['网络安全工程师', 'security'],
    ['کارشناس فروش', 'sales'],
    ['برنامه‌نویس ارشد', 'engineering'],
    ['Sicherheitsingenieur', 'security'],
    ['Développeur Full-Stack', 'engineering'],
  ])('%s → %s', (title, family) => {
    expect(roleFamilyOf(title)).toBe(family);
  });

  it('places no family on titles it does not know, and none inside other words', () => {
    expect(roleFamilyOf('Barista')).toBeUndefined();
    expect(roleFamilyOf('Warehouse Associate')).toBeUndefined();
    // "ae" and "ui" are whole words only: not in "Michael" or "Guide".
    expect(roleFamilyOf('Tour Guide for Michael')).toBeUndefined();
  });

  it('reads a band by family names and aliases, any case; other words name no family', () => {
    expect([
      ...familiesOfBand({ in: ['Sales', 'Customer Success', 'HR', 'plumbing'], credit: 1 }),
    ]).toEqual(['sales', 'support', 'people']);
  });
});

describe('hiringFor criterion', () => {
  const profile = icp({
    criteria: [
      {
        field: 'hiringFor',
        weight: 2,
        bands: [{ in: ['Sales'] }, { in: ['Marketing', 'Support'], credit: 0.5 }],
      },
      { field: 'hiringFor', mode: 'exclude', bands: [{ in: ['Legal'] }] },
    ],
  });
  const northwind = openings('Account Executive (Mid-Market)', 'SDR', 'Senior Backend Engineer');
  const contoso = openings('Customer Success Manager', 'Frontend Developer');
  const fabrikam = openings('Barista', 'Store Manager');
  const litware = openings('Legal Counsel', 'Account Executive');
  const unknown: CompanyFacts = {
    hiring: fact({ openRoles: 12 }, '12 open positions', 'site-text'),
  };

  it('scores the first band whose family a job title is in, with the titles as evidence', () => {
    const result = scoreCompany(profile, northwind);
    const c = result.criteria[0];
    expect(c?.verdict).toBe('matched');
    expect(c?.band).toBe(0);
    expect(c?.matched).toEqual(['sales']);
    expect(c?.value).toBe('sales');
    expect(c?.evidence).toEqual({
      text: 'Account Executive (Mid-Market) · SDR',
      source: 'site-text',
    });
    const partial = scoreCompany(profile, contoso).criteria[0];
    expect([partial?.verdict, partial?.credit, partial?.evidence?.text]).toEqual([
      'partial',
      0.5,
      'Customer Success Manager',
    ]);
  });

  it('misses when titles name other families, is unknown without titles, and excludes', () => {
    expect(scoreCompany(profile, fabrikam).criteria[0]?.verdict).toBe('missed');
    const none = scoreCompany(profile, unknown);
    expect(none.criteria[0]?.verdict).toBe('unknown');
    expect(none.tierKind).toBe('insufficient');
    const excluded = scoreCompany(profile, litware);
    expect(excluded.tierKind).toBe('disqualified');
    expect(excluded.disqualifiedBy?.evidence?.text).toBe('Legal Counsel');
  });

  it('ranks and previews impact exactly as scoreCompany does', () => {
    const companies = [northwind, contoso, fabrikam, litware, unknown, {}];
    const rank = compileRanker(profile);
    for (const facts of companies) {
      const full = scoreCompany(profile, facts);
      expect(rank(facts)).toMatchObject({ score: full.score, tier: full.tier });
    }
    const withIds = companies.map((facts, i) => ({ id: `c${i}`, facts }));
    const impact = scoreImpact(
      icp({ criteria: [{ field: 'employees', bands: [{ min: 1 }] }] }),
      profile,
      withIds,
    );
    expect(impact.after).toMatchObject(
      Object.fromEntries(
        ['Best fit', 'Good fit', 'Bad fit', 'Disqualified', 'Not enough data'].map((tier) => [
          tier,
          companies.filter((f) => scoreCompany(profile, f).tier === tier).length,
        ]),
      ),
    );
  });

  it('is a list field: bands take "in", not a number range', () => {
    expect(CRITERIA.hiringFor.shape).toBe('list');
    const parsed = icpSchema.safeParse({
      ...profile,
      criteria: [{ field: 'hiringFor', bands: [{ min: 3 }] }],
    });
    expect(parsed.success).toBe(false);
    expect(describeCriterion(profile.criteria[0] as (typeof profile.criteria)[number])).toBe(
      'Hiring for (weight 2): Sales → 100%; Marketing or Support → 50%',
    );
  });

  it('rejects an ICP file naming a role family it does not know, saying which ones it knows', () => {
    const file = (values: string[]) =>
      parseIcpFile(
        JSON.stringify({
          format: 'icp-lens/icp@1',
          name: 'Hiring',
          tiers: [{ name: 'Best fit', minScore: 80 }],
          criteria: [{ field: 'hiringFor', bands: [{ in: values }] }],
        }),
      );
    expect(file(['Sales', 'customer success']).ok).toBe(true);
    const wrong = file(['Sales', 'Plumbing']);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.error).toBe(
        'criteria[0].bands[0].in[1]: unknown role family "Plumbing"; use security, data, sales, marketing, support, design, product, engineering, finance, people, legal, operations',
      );
  });

  it('is refused by the SQL compiler with the reason, not silently skipped', () => {
    expect(SQL_FIELDS).not.toContain('hiringFor');
    expect(() => compileIcpToSql(profile, 'duckdb')).toThrow(SqlCompileError);
    expect(() => compileIcpToSql(profile, 'duckdb')).toThrow(
      /hiringFor criterion .* cannot run in SQL: .*job titles/,
    );
  });

  it('is proposed by the builder when the best customers hire for a family', () => {
    const rows: CompanyFacts[] = [];
    const best: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      const isBest = i < 50;
      rows.push(
        isBest && i % 5 !== 0
          ? openings('Enterprise Account Executive', 'Receptionist')
          : openings('Warehouse Associate', i % 2 ? 'Backend Engineer' : 'Driver'),
      );
      best.push(isBest);
    }
    const proposal = proposeIcp(rows, best);
    const hiring = proposal.criteria.find((c) => c.field === 'hiringFor');
    expect(hiring?.id).toBe('hiringFor:sales');
    expect(hiring?.label).toBe('sales');
    expect(hiring?.coverage).toBeCloseTo(0.8);
    expect(hiring?.criterion.bands).toEqual([{ in: ['sales'], credit: 1 }]);
  });
});
