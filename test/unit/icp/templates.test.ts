import { describe, expect, it } from 'vitest';
import type { CompanyFacts } from '@/lib/facts';
import { parseIcpFile } from '@/lib/icp/parse';
import { ICP_TEMPLATES, icpTemplate } from '@/lib/icp/templates';
import agency from '@/lib/icp/templates/agency-services.json';
import saas from '@/lib/icp/templates/b2b-saas-mid-market.json';
import fintech from '@/lib/icp/templates/early-stage-super-specific.json';
import ecommerce from '@/lib/icp/templates/ecommerce-tools.json';
import security from '@/lib/icp/templates/security-vendor.json';
import { INDUSTRIES } from '@/lib/normalize/industry-names';
import { scoreCompany } from '@/lib/scoring/score';
import { employees, fact, place } from '../scoring/helpers';

const FILES: Record<string, unknown> = {
  'agency-services': agency,
  'b2b-saas-mid-market': saas,
  'early-stage-super-specific': fintech,
  'ecommerce-tools': ecommerce,
  'security-vendor': security,
};

/** A company each template's authors would call a good prospect. */
const PLAUSIBLE: Record<string, CompanyFacts> = {
  'b2b-saas-mid-market': {
    name: fact('Pipewise'),
    industry: fact('Software Development'),
    employees: employees(201, 500),
    headquarters: place({ city: 'Boston', region: 'US-MA', country: 'US' }),
    description: fact('Pipewise is a B2B SaaS platform for workflow automation in finance teams.'),
    technologies: fact(['Salesforce', 'Segment']),
    funding: fact({ stage: 'Series B' }),
  },
  'security-vendor': {
    name: fact('Sentinel Grid'),
    industry: fact('Computer and Network Security'),
    employees: employees(1001, 5000),
    headquarters: place({ city: 'Austin', region: 'US-TX', country: 'US' }),
    specialties: fact(['endpoint security', 'XDR', 'threat intelligence']),
    companyType: fact('Privately Held'),
  },
  'agency-services': {
    name: fact('Northbound Digital'),
    industry: fact('Marketing Services'),
    employees: employees(51, 200),
    headquarters: place({ city: 'Manchester', country: 'GB' }),
    description: fact(
      'Performance marketing agency: paid social, PPC and SEO for ambitious brands.',
    ),
    businessModel: fact(['agency' as const]),
  },
  'ecommerce-tools': {
    name: fact('Fernleaf'),
    industry: fact('Retail Apparel and Fashion'),
    employees: employees(11, 50),
    headquarters: place({ city: 'Portland', region: 'US-OR', country: 'US' }),
    technologies: fact(['Shopify', 'Klaviyo']),
    businessModel: fact(['ecommerce' as const]),
    tagline: fact('Sustainable activewear, direct-to-consumer. Free shipping over $50.'),
  },
  'early-stage-super-specific': {
    name: fact('Dompet'),
    industry: fact('Financial Services'),
    employees: employees(51, 200),
    headquarters: place({ city: 'Jakarta', country: 'ID' }),
    description: fact('Dompet is a digital wallet and BNPL fintech for Indonesian SMEs.'),
    funding: fact({ stage: 'Series A' }),
    technologies: fact(['Stripe']),
    hiring: fact({ openRoles: 12 }),
    founded: fact(2019),
  },
};

describe('ICP templates', () => {
  it('are five, with unique ids, titles and names', () => {
    expect(ICP_TEMPLATES.map((t) => t.id).sort()).toEqual(Object.keys(FILES).sort());
    for (const key of ['id', 'title'] as const)
      expect(new Set(ICP_TEMPLATES.map((t) => t[key])).size).toBe(ICP_TEMPLATES.length);
    expect(new Set(ICP_TEMPLATES.map((t) => t.icp.name)).size).toBe(ICP_TEMPLATES.length);
    expect(icpTemplate('security-vendor')?.title).toBe('Security vendors and resellers');
    expect(icpTemplate('nope')).toBeUndefined();
  });

  for (const template of ICP_TEMPLATES) {
    describe(template.id, () => {
      it('is a valid ICP file as shipped', () => {
        const parsed = parseIcpFile(JSON.stringify(FILES[template.id]));
        expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
        expect(template.summary.length).toBeGreaterThan(20);
      });

      it("names only LinkedIn's current industries", () => {
        const known = new Set<string>(INDUSTRIES);
        const named = template.icp.criteria
          .filter((c) => c.field === 'industry')
          .flatMap((c) => c.bands.flatMap((b) => b.in ?? []));
        expect(named.length).toBeGreaterThan(0);
        expect(named.filter((n) => !known.has(n))).toEqual([]);
      });

      it('is filled in like a playbook: tiers, talking points, pains, goals, value props, personas', () => {
        const { icp } = template;
        expect(icp.tiers.map((t) => t.name)).toEqual(['Best fit', 'Good fit', 'Possible fit']);
        expect(icp.criteria.filter((c) => c.talkingPoint).length).toBeGreaterThanOrEqual(4);
        expect(icp.criteria.some((c) => c.mode !== 'score')).toBe(true);
        for (const list of [icp.pains, icp.goals, icp.valueProps])
          expect(list.length).toBeGreaterThanOrEqual(3);
        expect(icp.personas.length).toBeGreaterThanOrEqual(3);
        expect(icp.description?.length ?? 0).toBeGreaterThan(100);
        for (const point of icp.criteria.flatMap((c) => c.talkingPoint ?? []))
          for (const [, name] of point.matchAll(/\{(\w+)\}/g))
            expect([
              'name',
              'industry',
              'employees',
              'city',
              'country',
              'founded',
              'age',
              'specialties',
              'keyword',
              'technologies',
              'openRoles',
              'funding',
            ]).toContain(name);
      });

      it('scores a plausible company into a good tier', () => {
        const result = scoreCompany(template.icp, PLAUSIBLE[template.id] as CompanyFacts);
        expect(result.tierKind).toBe('tier');
        expect(['Best fit', 'Good fit']).toContain(result.tier);
      });
    });
  }

  it('security vendor: Best is US 500+ security software, Good is North America 200+ reseller, under 100 is out', () => {
    const icp = icpTemplate('security-vendor')?.icp;
    if (!icp) throw new Error('missing template');
    const best = scoreCompany(icp, PLAUSIBLE['security-vendor'] as CompanyFacts);
    expect(best.tier).toBe('Best fit');
    const reseller = scoreCompany(icp, {
      industry: fact('IT Services and IT Consulting'),
      employees: employees(201, 500),
      headquarters: place({ city: 'Toronto', region: 'CA-ON', country: 'CA' }),
      specialties: fact(['value-added reseller', 'MSSP']),
    });
    expect(reseller.tier).toBe('Good fit');
    const small = scoreCompany(icp, {
      industry: fact('Computer and Network Security'),
      employees: employees(11, 50),
      headquarters: place({ country: 'US' }),
    });
    expect(small.tierKind).not.toBe('tier');
  });

  it('fintech template disqualifies companies outside Southeast Asia', () => {
    const icp = icpTemplate('early-stage-super-specific')?.icp;
    if (!icp) throw new Error('missing template');
    const facts = { ...PLAUSIBLE['early-stage-super-specific'] };
    facts.headquarters = place({ city: 'Berlin', country: 'DE' });
    expect(scoreCompany(icp, facts).tier).toBe('Disqualified');
  });
});
