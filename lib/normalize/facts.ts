import type { CompanyFacts, Place } from '../facts';
import { canonicalCompanyType } from './company-type';
import { normalizeWebsite, registrableDomain } from './domain';
import { parseFunding } from './funding';
import { canonicalIndustry } from './industry';
import { linkedinCompanySlug, linkedinSlugKey } from './linkedin-url';
import { parsePlace } from './place';

/**
 * The one normalisation of company values, for page facts and file cells alike. Each function
 * takes the raw value as read (a label's text, a cell) and gives the stored form; the CSV reader
 * calls them (cached per distinct cell) and `normalizeFacts` calls them on page facts, so a value
 * read from a page and the same value read from a CSV cell give the same fact.
 */
export const normalizeValue = {
  /** LinkedIn's current English industry name (see `canonicalIndustry`), cut to 300 chars. */
  industry: (raw: string): string => canonicalIndustry(raw).slice(0, 300),
  /** LinkedIn's English company type; `undefined` for CRM relationship types ("Prospect"). */
  companyType: (raw: string): string | undefined => canonicalCompanyType(raw),
  /** City, ISO 3166-2 region and ISO country from an address and structured hints. */
  place: (raw: string, hints: { city?: string; region?: string; country?: string }): Place =>
    parsePlace(raw.slice(0, 500), hints),
  /** The lower-cased slug of a LinkedIn company URL, or of a bare slug ("Acme-Inc" → "acme-inc"). */
  linkedinSlug: (raw: string): string | undefined => {
    const fromUrl = linkedinCompanySlug(raw);
    if (fromUrl) return linkedinSlugKey(fromUrl);
    const bare = raw.trim();
    return bare && !/[/\s]/.test(bare) && bare.length <= 200 ? linkedinSlugKey(bare) : undefined;
  },
} as const;

/**
 * The heavy half of reading a company, run in the background worker, extension pages and the
 * CLI (never the content script): places to city/region/country, industries to LinkedIn's
 * current names, company types to LinkedIn's English labels, the LinkedIn slug lower-cased, the
 * website to a clean URL and its registrable domain, the funding box's text to stage, amount and
 * date. Source and evidence stay as read. Idempotent; returns a new object.
 */
export function normalizeFacts(input: CompanyFacts): CompanyFacts {
  const facts = { ...input };
  if (facts.headquarters) {
    const { raw, city, region, country } = facts.headquarters.value;
    const hints: { city?: string; region?: string; country?: string } = {};
    if (city) hints.city = city;
    if (region) hints.region = region;
    if (country) hints.country = country;
    facts.headquarters = { ...facts.headquarters, value: normalizeValue.place(raw, hints) };
  }
  if (facts.industry) {
    facts.industry = { ...facts.industry, value: normalizeValue.industry(facts.industry.value) };
  }
  if (facts.companyType) {
    const type = normalizeValue.companyType(facts.companyType.value);
    if (type) facts.companyType = { ...facts.companyType, value: type };
    else delete facts.companyType;
  }
  if (facts.linkedinSlug) {
    const slug = normalizeValue.linkedinSlug(facts.linkedinSlug.value);
    if (slug) facts.linkedinSlug = { ...facts.linkedinSlug, value: slug };
    else delete facts.linkedinSlug;
  }
  if (facts.funding) {
    const { value, evidence, source } = facts.funding;
    const funding = source === 'csv' ? value : { ...parseFunding(evidence), ...value };
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
  return facts;
}
