import { linkedInSlug } from '../linkedin-url';
import type { Extractor } from '../types';
import { collectLinkedInPage } from './collect';
import { interpretLinkedInPage, LINKEDIN_EXTRACTOR_ID } from './interpret';

/*
 * The LinkedIn source's public face. The content script imports `./collect` (and `./page` for
 * the type) directly: this index also reaches the interpreter, zod and the language tables.
 */
export type {
  CollectedItem,
  CollectedLink,
  CollectedRow,
  CollectedSection,
  CollectedTopCard,
  LinkedInPage,
} from './page';
export {
  createReportInterpreter,
  extractionFromLinkedInPage,
  linkedInPageSchema,
  type ReportInterpreter,
} from './page-schema';
export { LINKEDIN_SELECTORS } from './selectors';
export { collectLinkedInPage, interpretLinkedInPage, LINKEDIN_EXTRACTOR_ID, linkedInSlug };

/**
 * LinkedIn company and showcase pages, in every UI language and layout. Two halves: the content
 * script collects the page's structure (`collectLinkedInPage`), the background worker and the
 * CLI interpret it with the language tables (`interpretLinkedInPage`); `extract` runs both.
 */
export const linkedinCompany: Extractor = {
  id: LINKEDIN_EXTRACTOR_ID,
  matches: (url) => linkedInSlug(url) !== undefined,
  extract: (doc, url) => interpretLinkedInPage(collectLinkedInPage(doc, url)),
  fixtures: [
    'https://www.linkedin.com/company/sentinelgrid-security/',
    'https://www.linkedin.com/company/sentinelgrid-security/about/',
    'https://de.linkedin.com/company/nordlicht-cloud/jobs/?trk=nav',
    'https://vn.linkedin.com/company/hoa-sen-bakery',
    'https://www.linkedin.com/showcase/brightloom-studio/',
    'https://www.linkedin.com/company/1337/people/',
  ],
};
