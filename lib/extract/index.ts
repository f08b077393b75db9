import { linkedinCompany } from './linkedin-company';
import type { Extractor } from './types';
import { website } from './website';

export type ExtractorId = 'linkedin-company' | 'website';

/** Every page source. A new source is one extractor file plus its fixtures, registered here. */
export const EXTRACTORS: Readonly<Record<ExtractorId, Extractor>> = {
  'linkedin-company': linkedinCompany,
  // Last: it takes any web page that is not LinkedIn's.
  website,
};

export function extractorFor(url: URL): Extractor | undefined {
  return Object.values(EXTRACTORS).find((e) => e.matches(url));
}
