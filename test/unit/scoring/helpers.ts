import type { z } from 'zod';
import {
  type Criterion,
  criterionSchema,
  type Icp,
  type IcpInput,
  icpSchema,
} from '@/lib/criteria/schema';
import type { CompanyFacts, Fact, FactSource, Place, Range } from '@/lib/facts';

/** A fact as an extractor would give it; evidence defaults to the value as text. */
export function fact<T>(
  value: T,
  evidence?: string,
  source: FactSource = 'linkedin-about',
): Fact<T> {
  return {
    value,
    source,
    evidence: evidence ?? (typeof value === 'string' ? value : JSON.stringify(value)),
  };
}

export const employees = (min: number, max?: number): Fact<Range> =>
  fact(
    max === undefined ? { min } : { min, max },
    `${min}${max === undefined ? '+' : `-${max}`} employees`,
  );

export const place = (
  value: Omit<Place, 'raw'>,
  raw = [value.city, value.region, value.country].filter(Boolean).join(', '),
): Fact<Place> => fact({ raw, ...value }, raw);

export function criterion(input: z.input<typeof criterionSchema>): Criterion {
  return criterionSchema.parse(input);
}

export function icp(input: Partial<IcpInput> & Pick<IcpInput, 'criteria'>): Icp {
  return icpSchema.parse({
    format: 'icp-lens/icp@1',
    name: 'Test ICP',
    tiers: [
      { name: 'Best fit', minScore: 80 },
      { name: 'Good fit', minScore: 60 },
    ],
    ...input,
  });
}

/** A company with a bit of everything, for tests that need a realistic one. */
export const acme: CompanyFacts = {
  name: fact('Acme Security', 'Acme Security', 'json-ld'),
  domain: fact('acme-security.example', 'https://acme-security.example', 'linkedin-about'),
  industry: fact('Computer and Network Security'),
  employees: employees(201, 500),
  headquarters: place({ city: 'Austin', region: 'US-TX', country: 'US' }, 'Austin, Texas'),
  founded: fact(2012, 'Founded 2012'),
  companyType: fact('Privately Held'),
  description: fact(
    'Acme runs a 24/7 security operations center (SOC) for mid-market SaaS companies.',
  ),
  tagline: fact('Security that never sleeps'),
  specialties: fact(['Cloud Security', 'Managed Detection and Response', 'SOC 2']),
  technologies: fact(['AWS', 'Okta', 'Slack'], 'AWS, Okta, Slack', 'meta'),
  hiring: fact({ openRoles: 37 }, '37 open jobs'),
  funding: fact({ stage: 'Series B', amountUsd: 40_000_000, date: '2024-03' }, 'Series B · $40M'),
};
