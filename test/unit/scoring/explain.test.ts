import { describe, expect, it } from 'vitest';
import { decidingReasons, nothingKnown, settlingFacts } from '@/lib/scoring/explain';
import { scoreCompany } from '@/lib/scoring/score';
import { criterion, employees, fact, icp, place } from './helpers';

const security = icp({
  criteria: [
    criterion({ field: 'location', weight: 3, bands: [{ in: ['US'], credit: 1 }] }),
    criterion({ field: 'employees', weight: 3, bands: [{ min: 500, credit: 1 }] }),
    criterion({
      field: 'industry',
      weight: 2,
      bands: [{ in: ['Computer and Network Security'], credit: 1 }],
    }),
    criterion({ field: 'technologies', weight: 1, bands: [{ in: ['HubSpot'], credit: 1 }] }),
    criterion({
      field: 'industry',
      mode: 'exclude',
      bands: [{ in: ['Staffing and Recruiting'], credit: 1 }],
    }),
  ],
});

describe('decidingReasons', () => {
  it('leads with the biggest matches for a fit tier', () => {
    const result = scoreCompany(security, {
      headquarters: place({ city: 'Austin', country: 'US' }),
      employees: employees(1001, 5000),
      industry: fact('Computer and Network Security'),
      technologies: fact(['Salesforce']),
    });
    expect(result.tierKind).toBe('tier');
    const reasons = decidingReasons(result);
    expect(reasons.map((r) => [r.criterion.field, r.direction])).toEqual([
      ['location', 'for'],
      ['employees', 'for'],
      ['industry', 'for'],
    ]);
  });

  it('leads with the misses for Bad fit, and puts a disqualifying rule first', () => {
    const bad = scoreCompany(security, {
      headquarters: place({ city: 'Hanoi', country: 'VN' }),
      employees: employees(11, 50),
      industry: fact('Food and Beverage Manufacturing'),
      technologies: fact(['HubSpot']),
    });
    expect(bad.tierKind).toBe('bad');
    expect(decidingReasons(bad).map((r) => r.direction)).toEqual(['against', 'against', 'against']);
    const dq = scoreCompany(security, {
      headquarters: place({ city: 'Austin', country: 'US' }),
      employees: employees(1001, 5000),
      industry: fact('Staffing and Recruiting'),
    });
    expect(dq.tierKind).toBe('disqualified');
    const [first] = decidingReasons(dq);
    expect(first?.criterion.mode).toBe('exclude');
    expect(first?.impact).toBe(Number.POSITIVE_INFINITY);
  });

  it('never gives an unknown criterion as a reason', () => {
    const thin = scoreCompany(security, { technologies: fact(['HubSpot']) });
    expect(decidingReasons(thin).map((r) => r.criterion.field)).toEqual(['technologies']);
  });
});

describe('score range and Not enough data', () => {
  it('shows the range the unknowns allow, worst to best', () => {
    const thin = scoreCompany(security, { headquarters: place({ country: 'US' }) });
    expect(thin.tierKind).toBe('insufficient');
    expect(thin.scoreRange).toEqual({ min: 33, max: 100 });
    const bakery = scoreCompany(security, {
      headquarters: place({ country: 'VN' }),
      technologies: fact(['WooCommerce']),
    });
    expect(bakery.scoreRange).toEqual({ min: 0, max: 56 });
  });

  it('never gives a fit tier when nothing is known, even with minConfidence 0', () => {
    const lenient = { ...security, minConfidence: 0 };
    const result = scoreCompany(lenient, { name: fact('Only A Name Ltd') });
    expect(nothingKnown(result)).toBe(true);
    expect(result.tierKind).toBe('insufficient');
    expect(result.scoreRange).toEqual({ min: 0, max: 100 });
  });
});

describe('settlingFacts', () => {
  const thin = scoreCompany(security, { technologies: fact(['HubSpot']) });

  it('names the heaviest unknowns and sends a LinkedIn visitor to the About tab', () => {
    expect(settlingFacts(thin, 'https://www.linkedin.com/company/acme/')).toEqual({
      fields: ['location', 'employees', 'industry'],
      place: 'about-tab',
    });
  });

  it('on the About tab sends them to the website; on a website to LinkedIn; a CSV row nowhere', () => {
    const noTech = scoreCompany(security, {
      employees: employees(1001, 5000),
      headquarters: place({ country: 'US' }),
      industry: fact('Computer and Network Security'),
    });
    expect(settlingFacts(noTech, 'https://www.linkedin.com/company/acme/about/')).toEqual({
      fields: ['technologies'],
      place: 'website',
    });
    expect(settlingFacts(thin, 'https://acme.example/').place).toBe('linkedin');
    expect(settlingFacts(thin, '').place).toBeUndefined();
  });
});
