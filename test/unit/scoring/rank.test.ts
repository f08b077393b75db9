import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompaniesCsv } from '@/lib/csv/read';
import type { CompanyFacts } from '@/lib/facts';
import { parseIcpFile } from '@/lib/icp/parse';
import { sampleIcp } from '@/lib/icp/sample';
import type { Icp } from '@/lib/icp/schema';
import { ICP_TEMPLATES } from '@/lib/icp/templates';
import { compileRanker } from '@/lib/scoring/rank';
import { scoreCompany } from '@/lib/scoring/score';
import { generateCompaniesCsv } from '../../bench/generate-companies';
import { acme, icp } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const CSV_DIR = resolve(ROOT, 'test/fixtures/csv');

/** Every company of every CSV fixture, plus generated rows and the helpers' all-fields company. */
function corpus(): CompanyFacts[] {
  const companies: CompanyFacts[] = [acme, {}];
  for (const file of readdirSync(CSV_DIR))
    for (const c of readCompaniesCsv(readFileSync(resolve(CSV_DIR, file), 'utf8')).companies)
      companies.push(c.facts);
  for (const c of readCompaniesCsv(generateCompaniesCsv(2000)).companies) companies.push(c.facts);
  return companies;
}

/** An ICP with every field, bands that overlap, zero credits, require and exclude. */
const everyField = icp({
  minConfidence: 0.3,
  unknownCredit: 0.4,
  criteria: [
    { field: 'industry', weight: 2, bands: [{ in: ['Computer & Network Security'] }] },
    {
      field: 'location',
      weight: 3,
      bands: [{ in: ['US-CA'] }, { in: ['EU', 'Canada'], credit: 0.5 }],
    },
    { field: 'employees', weight: 2, bands: [{ min: 500 }, { min: 100, max: 499, credit: 0.6 }] },
    { field: 'revenue', weight: 1, bands: [{ min: 10_000_000 }] },
    { field: 'technologies', weight: 1, bands: [{ in: ['salesforce', 'Stripe', 'C++'] }] },
    { field: 'keywords', weight: 1, bands: [{ in: ['SOC 2', 'sécurité', '网络安全'] }] },
    { field: 'founded', weight: 1, bands: [{ min: 2010 }, { max: 1995, credit: 0 }] },
    { field: 'companyType', weight: 1, bands: [{ in: ['Privately Held'] }] },
    { field: 'funding', weight: 1, bands: [{ in: ['Series B'] }] },
    { field: 'hiring', weight: 1, bands: [{ min: 10 }] },
    { field: 'location', mode: 'exclude', bands: [{ in: ['IR'] }] },
    { field: 'employees', mode: 'require', bands: [{ min: 20 }] },
  ],
});

function icps(): [string, Icp][] {
  const designExample = parseIcpFile(
    readFileSync(resolve(ROOT, 'test/fixtures/icp/design-example.json'), 'utf8'),
  );
  if (!designExample.ok) throw new Error(designExample.error);
  return [
    ['sample', sampleIcp],
    ['design example', designExample.icp],
    ['every field', everyField],
    ...ICP_TEMPLATES.map((t): [string, Icp] => [t.id, t.icp]),
  ];
}

describe('compileRanker', () => {
  const companies = corpus();

  it.each(icps())('ranks exactly as scoreCompany does (%s)', (_, profile) => {
    const rank = compileRanker(profile);
    let disqualified = 0;
    const tiers = new Set<string>();
    for (const facts of companies) {
      const full = scoreCompany(profile, facts);
      const fast = rank(facts);
      expect(fast).toEqual({
        score: full.score,
        confidence: full.confidence,
        scoreRange: full.scoreRange,
        tier: full.tier,
        tierKind: full.tierKind,
        ...(full.tierIndex !== undefined && { tierIndex: full.tierIndex }),
        ...(full.disqualifiedBy && { disqualifiedBy: full.disqualifiedBy.index }),
      });
      if (fast.disqualifiedBy !== undefined) disqualified++;
      tiers.add(fast.tierKind);
    }
    // The corpus is only a test when it reaches more than one outcome.
    expect(tiers.size).toBeGreaterThan(1);
    expect(companies.length).toBeGreaterThan(2000);
    if (profile === everyField) expect(disqualified).toBeGreaterThan(0);
  });

  it('every outcome is reached by the every-field ICP', () => {
    const rank = compileRanker(everyField);
    const kinds = new Set(companies.map((c) => rank(c).tierKind));
    expect([...kinds].sort()).toEqual(['bad', 'disqualified', 'insufficient', 'tier']);
  });
});
