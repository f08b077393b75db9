import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Icp } from '@/lib/criteria/schema';
import { readCompaniesCsv } from '@/lib/csv/read';
import type { CompanyFacts } from '@/lib/facts';
import { parseIcpFile } from '@/lib/icp/parse';
import { sampleIcp } from '@/lib/icp/sample';
import { ICP_TEMPLATES } from '@/lib/icp/templates';
import { generateCompaniesCsv } from '../../bench/generate-companies';
import { acme, icp } from '../scoring/helpers';

const ROOT = resolve(__dirname, '../../..');
const CSV_DIR = resolve(ROOT, 'test/fixtures/csv');

/** Every company of every CSV fixture, `generated` generated rows, and an all-fields company. */
export function corpus(generated = 2000): CompanyFacts[] {
  const companies: CompanyFacts[] = [acme, {}];
  for (const file of readdirSync(CSV_DIR))
    for (const c of readCompaniesCsv(readFileSync(resolve(CSV_DIR, file), 'utf8')).companies)
      companies.push(c.facts);
  for (const c of readCompaniesCsv(generateCompaniesCsv(generated)).companies)
    companies.push(c.facts);
  return companies;
}

/** An ICP with every field the SQL table holds: overlapping bands, zero credits, require, exclude. */
export const everyField = icp({
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
    { field: 'funding', weight: 1, bands: [{ in: ['Series B'], min: 1_000_000 }, { max: 5e6 }] },
    { field: 'hiring', weight: 1, bands: [{ min: 10 }] },
    { field: 'location', mode: 'exclude', bands: [{ in: ['IR'] }] },
    { field: 'employees', mode: 'require', bands: [{ min: 20 }] },
  ],
});

/**
 * Plus the business model and the role families hired for, which only the TypeScript engine
 * scores (websites tell them).
 */
export const everyFieldAndMore = icp({
  ...everyField,
  criteria: [
    ...everyField.criteria,
    { field: 'businessModel', weight: 1, bands: [{ in: ['saas'] }] },
    { field: 'hiringFor', weight: 1, bands: [{ in: ['Sales', 'Marketing'] }] },
  ],
});

/** The ICPs the engines are compared on: built-in, DESIGN.md's example, templates, edge cases. */
export function icps(): [string, Icp][] {
  const designExample = parseIcpFile(
    readFileSync(resolve(ROOT, 'test/fixtures/icp/design-example.json'), 'utf8'),
  );
  if (!designExample.ok) throw new Error(designExample.error);
  return [
    ['sample', sampleIcp],
    ['design example', designExample.icp],
    ['every field', everyField],
    // Nothing known is "Not enough data" even when minConfidence lets everything else through.
    ['every field at minConfidence 0', icp({ ...everyField, minConfidence: 0 })],
    ...ICP_TEMPLATES.map((t): [string, Icp] => [t.id, t.icp]),
  ];
}

/** Tier names, labels and band values with quotes and backslashes: string literals must hold. */
export const trickyIcp = icp({
  tiers: [{ name: "O'Brien \\ best", minScore: 50 }],
  criteria: [
    { field: 'industry', weight: 1, bands: [{ in: ["Women's \\ Retail", 'Retail'] }] },
    { field: 'employees', mode: 'require', label: "Can't be tiny \\", bands: [{ min: 10 }] },
  ],
});
