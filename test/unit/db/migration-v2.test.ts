import { describe, expect, it } from 'vitest';
import { keysOf, lookupKeys } from '@/lib/company/resolve';
import { companyKeysV2 } from '@/lib/db/migrations/v2-company-keys';
import type { CompanyFacts } from '@/lib/facts';
import { fact } from '../scoring/helpers';

/** Company facts as version 1 stored them (made-up companies). */
const STORED: CompanyFacts[] = [
  { linkedinSlug: fact('northwind-traders'), domain: fact('northwind.example') },
  { linkedinSlug: fact('Caf%C3%A9-Lumi%C3%A8re'), domain: fact('WWW.Cafe-Lumiere.example') },
  { linkedinSlug: fact('bad%E0%A4%A') },
  { domain: fact('www.contoso.example') },
  { name: fact('Only a name') },
  {},
];

describe('v2 upgrade (company keys), frozen', () => {
  it('keys companies as version 2 did: slug lower-cased and decoded, domain without www.', () => {
    expect(STORED.map(companyKeysV2)).toEqual([
      ['li:northwind-traders', 'domain:northwind.example'],
      ['li:café-lumière', 'domain:cafe-lumiere.example'],
      ['li:bad%e0%a4%a'],
      ['domain:contoso.example'],
      [],
      [],
    ]);
  });

  it('agrees with the live key rules as they stand today (a later change leaves v2 alone)', () => {
    for (const facts of STORED) expect(companyKeysV2(facts)).toEqual(lookupKeys(keysOf(facts)));
  });

  it('never throws on damaged stored facts', () => {
    for (const damaged of [undefined, null, 'text', { linkedinSlug: { value: 7 } }, { domain: {} }])
      expect(companyKeysV2(damaged)).toEqual([]);
  });
});
