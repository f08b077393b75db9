import type { CompanyFacts } from '../facts';
import { keysOf, newCompanyId } from './resolve';

/**
 * The id a company gets when first seen: "li:<slug>" when its LinkedIn slug is known, else
 * "domain:<domain>", else "url:<page>". Slugs are lower-cased and percent-decoded, so
 * `/company/Acme-Inc/` and `/company/acme-inc` are one company. Later pages of the same company
 * are matched by `resolveCompany`, and the id stays.
 */
export function companyIdFor(facts: CompanyFacts, url: string): string {
  return newCompanyId(keysOf(facts), url);
}
