import { linkedinCompany } from './linkedin-company';
import type { Extractor } from './types';

export type ExtractorId = 'linkedin-company';

/** Every page source. A new source is one extractor file plus its fixtures, registered here. */
export const EXTRACTORS: Readonly<Record<ExtractorId, Extractor>> = {
  'linkedin-company': linkedinCompany,
};

export function extractorFor(url: URL): Extractor | undefined {
  return Object.values(EXTRACTORS).find((e) => e.matches(url));
}
