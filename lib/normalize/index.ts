import type { Extraction } from '../facts';
import { normalizeFacts } from './facts';

export { canonicalCompanyType } from './company-type';
export { normalizeWebsite, registrableDomain, unwrapLinkedInRedirect } from './domain';
export { parseEmployeeRange } from './employees';
export { normalizeFacts, normalizeValue } from './facts';
export { parseFunding } from './funding';
export { canonicalIndustry, INDUSTRIES } from './industry';
export { LINKEDIN_HOST, LINKEDIN_MATCHES, linkedinCompanySlug } from './linkedin-url';
export { parseLocalizedNumber } from './number';
export { parsePlace } from './place';

/** An extraction with its facts normalised (see `normalizeFacts`). Idempotent. */
export function normalizeExtraction(extraction: Extraction): Extraction {
  return { ...extraction, facts: normalizeFacts(extraction.facts) };
}
