import type { Extraction } from '../facts';
import { canonicalCompanyType } from './company-type';
import { normalizeWebsite, registrableDomain } from './domain';
import { parseFunding } from './funding';
import { canonicalIndustry } from './industry';
import { parsePlace } from './place';

export { canonicalCompanyType } from './company-type';
export { normalizeWebsite, registrableDomain, unwrapLinkedInRedirect } from './domain';
export { parseEmployeeRange } from './employees';
export { parseFunding } from './funding';
export { canonicalIndustry, INDUSTRIES } from './industry';
export { parseLocalizedNumber } from './number';
export { parsePlace } from './place';

/**
 * The heavy half of extraction, run in the background worker and the CLI (the content script
 * stays small): places to city/region/country, industries to LinkedIn's current names, the
 * website to a clean URL and its registrable domain, the funding box's text to stage, amount and
 * date. Source and evidence stay as read. Idempotent.
 */
export function normalizeExtraction(extraction: Extraction): Extraction {
  const facts = { ...extraction.facts };
  if (facts.headquarters) {
    const { raw, city, region, country } = facts.headquarters.value;
    facts.headquarters = {
      ...facts.headquarters,
      value: parsePlace(raw, { city, region, country }),
    };
  }
  if (facts.industry) {
    facts.industry = { ...facts.industry, value: canonicalIndustry(facts.industry.value) };
  }
  if (facts.companyType) {
    facts.companyType = {
      ...facts.companyType,
      value: canonicalCompanyType(facts.companyType.value),
    };
  }
  if (facts.funding) {
    const { value, evidence } = facts.funding;
    const funding = { ...parseFunding(evidence), ...value };
    if (Object.keys(funding).length > 0) facts.funding = { ...facts.funding, value: funding };
    else delete facts.funding;
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
