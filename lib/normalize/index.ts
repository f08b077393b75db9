import type { Extraction } from '../facts';
import { canonicalCompanyType } from './company-type';
import { normalizeWebsite, registrableDomain } from './domain';
import { canonicalIndustry } from './industry';
import { parsePlace } from './place';

export { parseEmployeeRange } from './employees';
export { parseLocalizedNumber } from './number';
export { parsePlace } from './place';
export { canonicalIndustry } from './industry';
export { normalizeWebsite, registrableDomain, unwrapLinkedInRedirect } from './domain';

/**
 * The heavy half of extraction, run in the background worker and the CLI (the content script
 * stays small): places to city/region/country, industries to LinkedIn's current names, the
 * website to a clean URL and its registrable domain. Source and evidence stay as read. Idempotent.
 */
export function normalizeExtraction(extraction: Extraction): Extraction {
  const facts = { ...extraction.facts };
  if (facts.headquarters) {
    const { raw, city, region, country } = facts.headquarters.value;
    facts.headquarters = { ...facts.headquarters, value: parsePlace(raw, { city, region, country }) };
  }
  if (facts.industry) {
    facts.industry = { ...facts.industry, value: canonicalIndustry(facts.industry.value) };
  }
  if (facts.companyType) {
    facts.companyType = { ...facts.companyType, value: canonicalCompanyType(facts.companyType.value) };
  }
  if (facts.website) {
    const website = normalizeWebsite(facts.website.value);
    if (website) {
      facts.website = { ...facts.website, value: website };
      const domain = registrableDomain(website);
      if (domain && !facts.domain) facts.domain = { ...facts.website, value: domain };
    } else {
      delete facts.website;
    }
  }
  return { ...extraction, facts };
}
