import { describe, expect, it } from 'vitest';
import { CRITERIA, compileBandTest } from '@/lib/criteria';
import { NO_BAND, UNKNOWN_BAND } from '@/lib/criteria/kind';
import { CRITERION_FIELDS, type CriterionField } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { judgeCriterion } from '@/lib/scoring/score';
import type { Verdict } from '@/lib/scoring/types';
import { acme, criterion, employees, fact, place } from './helpers';

interface Case {
  name: string;
  company: CompanyFacts;
  /** Bands of a `score` criterion on the field. */
  bands: Parameters<typeof criterion>[0]['bands'];
  expected: {
    verdict: Verdict;
    band?: number;
    evidence?: string | RegExp;
    value?: string | RegExp;
  };
}

const tiers = [
  { min: 500, credit: 1 },
  { min: 200, max: 499, credit: 0.6 },
  { max: 199, credit: 0 },
];

/** Fixture cases per criterion field: `{ company, criterion, expected }`. */
const CASES: Readonly<Record<CriterionField, readonly Case[]>> = {
  industry: [
    {
      name: 'exact name',
      company: acme,
      bands: [{ in: ['Computer and Network Security'] }],
      expected: { verdict: 'matched', band: 0, evidence: 'Computer and Network Security' },
    },
    {
      name: '"&" for "and", other case',
      company: { industry: fact('computer & network SECURITY') },
      bands: [{ in: ['Computer and Network Security'] }],
      expected: { verdict: 'matched', band: 0 },
    },
    {
      name: 'accents ignored',
      company: { industry: fact('Télécommunications') },
      bands: [{ in: ['Telecommunications'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'first matching band decides',
      company: acme,
      bands: [
        { in: ['Retail'], credit: 1 },
        { in: ['Computer and Network Security'], credit: 0.5 },
        { in: ['Computer and Network Security'], credit: 1 },
      ],
      expected: { verdict: 'partial', band: 1 },
    },
    {
      name: 'no band matches',
      company: acme,
      bands: [{ in: ['Retail', 'Banking'] }],
      expected: { verdict: 'missed', evidence: 'Computer and Network Security' },
    },
    {
      name: 'not a substring match',
      company: { industry: fact('Software Development') },
      bands: [{ in: ['Software'] }],
      expected: { verdict: 'missed' },
    },
    { name: 'unknown', company: {}, bands: [{ in: ['Retail'] }], expected: { verdict: 'unknown' } },
    {
      name: 'blank is unknown',
      company: { industry: fact('  ') },
      bands: [{ in: ['Retail'] }],
      expected: { verdict: 'unknown' },
    },
  ],
  employees: [
    {
      name: 'range midpoint in a closed band (201–500 → 350.5)',
      company: acme,
      bands: tiers,
      expected: {
        verdict: 'partial',
        band: 1,
        evidence: '201-500 employees',
        value: '201–500 employees',
      },
    },
    {
      name: 'range midpoint below a band min',
      company: { employees: employees(51, 200) },
      bands: tiers,
      expected: { verdict: 'missed', band: 2 },
    },
    {
      name: 'open-ended range uses its min',
      company: { employees: employees(10_001) },
      bands: tiers,
      expected: { verdict: 'matched', band: 0, value: '10,001+ employees' },
    },
    {
      name: 'bounds are inclusive',
      company: { employees: employees(499, 499) },
      bands: [{ min: 200, max: 499 }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'band with only max is open below',
      company: { employees: employees(0, 1) },
      bands: [{ max: 10 }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'midpoint just outside',
      company: { employees: employees(1001, 5000) },
      bands: [{ min: 200, max: 3000 }],
      expected: { verdict: 'missed' },
    },
    { name: 'unknown', company: {}, bands: tiers, expected: { verdict: 'unknown' } },
  ],
  revenue: [
    {
      name: 'range midpoint',
      company: { revenue: fact({ min: 10e6, max: 50e6 }, '$10M-$50M') },
      bands: [{ min: 20e6, max: 100e6 }],
      expected: { verdict: 'matched', value: '$10M–$50M revenue' },
    },
    {
      name: 'open-ended',
      company: { revenue: fact({ min: 1e9 }, '$1B+') },
      bands: [{ max: 500e6 }],
      expected: { verdict: 'missed' },
    },
    { name: 'unknown', company: acme, bands: [{ min: 1 }], expected: { verdict: 'unknown' } },
  ],
  location: [
    {
      name: 'country code',
      company: acme,
      bands: [{ in: ['US'] }],
      expected: {
        verdict: 'matched',
        evidence: 'Austin, Texas',
        value: 'Austin, TX, United States',
      },
    },
    {
      name: 'subdivision code',
      company: acme,
      bands: [{ in: ['US-CA', 'US-TX'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'other subdivision',
      company: acme,
      bands: [{ in: ['US-CA'] }],
      expected: { verdict: 'missed' },
    },
    {
      name: 'region name',
      company: acme,
      bands: [{ in: ['EMEA'] }, { in: ['North America'] }],
      expected: { verdict: 'matched', band: 1 },
    },
    {
      name: 'numbered subdivision code (ISO 3166-2:JP) left out of the shown place',
      company: { headquarters: place({ city: 'Osaka', region: 'JP-27', country: 'JP' }) },
      bands: [{ in: ['JP-27'] }],
      expected: { verdict: 'matched', value: 'Osaka, Japan' },
    },
    {
      name: 'a state code shown only where addresses carry one (US, CA, AU): not "SG" for Saigon',
      company: {
        headquarters: place({ city: 'Ho Chi Minh City', region: 'VN-SG', country: 'VN' }),
      },
      bands: [{ in: ['VN'] }],
      expected: { verdict: 'matched', value: 'Ho Chi Minh City, Vietnam' },
    },
    {
      name: 'a US state code after the city, as US addresses write it',
      company: { headquarters: place({ city: 'Austin', region: 'US-TX', country: 'US' }) },
      bands: [{ in: ['US'] }],
      expected: { verdict: 'matched', value: 'Austin, TX, United States' },
    },
    {
      name: 'country name',
      company: { headquarters: place({ city: 'Munich', country: 'DE' }) },
      bands: [{ in: ['Germany'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'EU and DACH hold Germany',
      company: { headquarters: place({ country: 'DE' }) },
      bands: [{ in: ['DACH'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'UK is not in the EU',
      company: { headquarters: place({ city: 'London', country: 'GB' }) },
      bands: [{ in: ['EU'] }, { in: ['UK'] }],
      expected: { verdict: 'matched', band: 1 },
    },
    {
      name: 'Worldwide takes any known country',
      company: { headquarters: place({ country: 'VN' }) },
      bands: [{ in: ['Worldwide'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'subdivision alone implies its country',
      company: { headquarters: place({ region: 'CA-ON' }) },
      bands: [{ in: ['Canada'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'a city without a country is unknown',
      company: { headquarters: place({ city: 'Springfield' }) },
      bands: [{ in: ['US'] }],
      expected: { verdict: 'unknown' },
    },
    { name: 'unknown', company: {}, bands: [{ in: ['US'] }], expected: { verdict: 'unknown' } },
  ],
  technologies: [
    {
      name: 'any overlap, evidence names it',
      company: acme,
      bands: [{ in: ['okta', 'Splunk', 'Slack'] }],
      expected: { verdict: 'matched', evidence: 'uses Okta and Slack' },
    },
    {
      name: 'no overlap',
      company: acme,
      bands: [{ in: ['Azure'] }],
      expected: { verdict: 'missed', evidence: 'AWS, Okta, Slack' },
    },
    {
      name: 'empty list is unknown',
      company: { technologies: fact([]) },
      bands: [{ in: ['AWS'] }],
      expected: { verdict: 'unknown' },
    },
  ],
  keywords: [
    {
      name: 'in specialties first',
      company: acme,
      bands: [{ in: ['SOC 2', 'cloud security'] }],
      expected: {
        verdict: 'matched',
        evidence: 'specialties: "Cloud Security"',
        value: '"cloud security" in the specialties',
      },
    },
    {
      name: 'phrase in the description, quoted',
      company: acme,
      bands: [{ in: ['security operations center'] }],
      expected: {
        verdict: 'matched',
        evidence: /^description: ".*24\/7 security operations center \(SOC\).*"$/,
      },
    },
    {
      name: 'whole words only: "SOC" is not in "social"',
      company: { description: fact('A social network for dogs.') },
      bands: [{ in: ['SOC'] }],
      expected: { verdict: 'missed' },
    },
    {
      name: 'case and accents ignored',
      company: { tagline: fact('Sécurité du CLOUD pour les PME') },
      bands: [{ in: ['securite du cloud'] }],
      expected: { verdict: 'matched', evidence: /^tagline: / },
    },
    {
      name: 'CJK: substring',
      company: { description: fact('我们提供云安全服务和合规解决方案') },
      bands: [{ in: ['云安全'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'punctuation between words is a space',
      company: { description: fact('Zero-trust access for hybrid teams') },
      bands: [{ in: ['zero trust'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'no text is unknown',
      company: { name: fact('Acme') },
      bands: [{ in: ['SOC'] }],
      expected: { verdict: 'unknown' },
    },
  ],
  founded: [
    {
      name: 'open-ended band',
      company: acme,
      bands: [{ min: 2010 }],
      expected: { verdict: 'matched', value: 'founded in 2012' },
    },
    {
      name: 'second band',
      company: acme,
      bands: [{ min: 2015 }, { min: 2000, max: 2014, credit: 0.5 }],
      expected: { verdict: 'partial', band: 1 },
    },
    { name: 'unknown', company: {}, bands: [{ min: 2010 }], expected: { verdict: 'unknown' } },
  ],
  companyType: [
    {
      name: 'equal',
      company: acme,
      bands: [{ in: ['Privately held'] }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'other type',
      company: acme,
      bands: [{ in: ['Public Company'] }],
      expected: { verdict: 'missed' },
    },
    {
      name: 'unknown',
      company: {},
      bands: [{ in: ['Public Company'] }],
      expected: { verdict: 'unknown' },
    },
  ],
  hiring: [
    {
      name: 'open roles in band',
      company: acme,
      bands: [{ min: 20 }],
      expected: { verdict: 'matched', value: '37 open roles' },
    },
    {
      name: 'zero open roles is known',
      company: { hiring: fact({ openRoles: 0 }) },
      bands: [{ min: 1 }],
      expected: { verdict: 'missed' },
    },
    {
      name: 'hiring fact without a count is unknown',
      company: { hiring: fact({}) },
      bands: [{ min: 1 }],
      expected: { verdict: 'unknown' },
    },
  ],
  funding: [
    {
      name: 'stage',
      company: acme,
      bands: [{ in: ['seed', 'series a'] }, { in: ['Series B', 'Series C'] }],
      expected: { verdict: 'matched', band: 1, value: 'Series B, $40M raised, 2024-03' },
    },
    {
      name: 'amount',
      company: acme,
      bands: [{ min: 10e6, max: 50e6 }],
      expected: { verdict: 'matched' },
    },
    {
      name: 'stage and amount both needed',
      company: acme,
      bands: [{ in: ['Series B'], min: 100e6 }],
      expected: { verdict: 'missed' },
    },
    {
      name: 'amount band, stage only known',
      company: { funding: fact({ stage: 'Seed' }) },
      bands: [{ min: 1e6 }],
      expected: { verdict: 'missed' },
    },
    {
      name: 'nothing known',
      company: { funding: fact({ date: '2020-01' }) },
      bands: [{ in: ['Seed'] }],
      expected: { verdict: 'unknown' },
    },
  ],
  businessModel: [
    {
      name: 'one of the models, as the ICP author writes it',
      company: { businessModel: fact(['ecommerce']) },
      bands: [{ in: ['SaaS'] }, { in: ['E-commerce', 'Marketplace'], credit: 0.5 }],
      expected: { verdict: 'partial', band: 1, value: 'e-commerce' },
    },
    {
      name: 'SaaS',
      company: { businessModel: fact(['saas', 'marketplace']) },
      bands: [{ in: ['saas'] }],
      expected: { verdict: 'matched', band: 0, value: 'SaaS' },
    },
    {
      name: 'an agency is not a SaaS',
      company: { businessModel: fact(['agency']) },
      bands: [{ in: ['SaaS'] }],
      expected: { verdict: 'missed' },
    },
    {
      name: 'nothing seen',
      company: { businessModel: fact([]) },
      bands: [{ in: ['SaaS'] }],
      expected: { verdict: 'unknown' },
    },
  ],
  hiringFor: [
    {
      name: 'a job title in a wanted family',
      company: {
        hiring: fact({
          openRoles: 3,
          roles: ['Senior Backend Engineer', 'Account Executive (Mid-Market)', 'Office Manager'],
        }),
      },
      bands: [{ in: ['Security'] }, { in: ['Sales', 'Marketing'] }],
      expected: {
        verdict: 'matched',
        band: 1,
        evidence: 'Account Executive (Mid-Market)',
        value: 'sales',
      },
    },
    {
      name: 'job titles in other families only',
      company: { hiring: fact({ roles: ['Frontend Developer', 'QA Tester'] }) },
      bands: [{ in: ['sales'] }],
      expected: { verdict: 'missed', evidence: 'Frontend Developer' },
    },
    {
      name: 'a careers page without job titles is unknown',
      company: { hiring: fact({ openRoles: 12, careersUrl: 'https://example.com/careers' }) },
      bands: [{ in: ['engineering'] }],
      expected: { verdict: 'unknown' },
    },
  ],
};

describe('matchers: fixture cases per criterion field', () => {
  for (const field of CRITERION_FIELDS) {
    describe(field, () => {
      it.each(CASES[field].map((c) => [c.name, c] as const))('%s', (_, c) => {
        const result = judgeCriterion(criterion({ field, bands: c.bands }), 0, c.company, 0.5);
        expect(result.verdict).toBe(c.expected.verdict);
        if (c.expected.band !== undefined) expect(result.band).toBe(c.expected.band);
        if (c.expected.verdict === 'unknown') {
          expect(result.credit).toBe(0.5);
          expect(result.evidence).toBeUndefined();
        } else expect(result.evidence?.text).toBeTruthy();
        if (c.expected.evidence) expect(result.evidence?.text).toMatch(c.expected.evidence);
        if (c.expected.value) expect(result.value).toMatch(c.expected.value);
      });
    });
  }
});

describe('fast band tests agree with the matchers, case by case', () => {
  for (const field of CRITERION_FIELDS) {
    it.each(CASES[field].map((c) => [c.name, c] as const))(`${field}: %s`, (_, c) => {
      const judged = criterion({ field, bands: c.bands });
      const result = judgeCriterion(judged, 0, c.company, 0.5);
      const expected = result.verdict === 'unknown' ? UNKNOWN_BAND : (result.band ?? NO_BAND);
      expect(compileBandTest(field, judged.bands)(c.company)).toBe(expected);
    });
  }
});

describe('matcher conventions', () => {
  it('every criterion field has a registered matcher and at least 3 fixture cases', () => {
    for (const field of CRITERION_FIELDS) {
      expect(
        CRITERIA[field]?.matcher,
        `no matcher for "${field}": add lib/criteria/${field}.ts and register it in lib/criteria/index.ts`,
      ).toBeDefined();
      expect(
        CASES[field].length,
        `add fixture cases for "${field}" in this file`,
      ).toBeGreaterThanOrEqual(3);
      expect(
        CASES[field].some((c) => c.expected.verdict === 'unknown'),
        `"${field}" needs an unknown case`,
      ).toBe(true);
    }
  });

  it('reads the same company the same way every time (pure)', () => {
    for (const field of CRITERION_FIELDS) {
      const first = CRITERIA[field].matcher.read(acme);
      expect(CRITERIA[field].matcher.read(acme)).toEqual(first);
    }
  });
});
