import { analyzeWebsite, isCompanySite } from '@/lib/extract/website-analysis';
import { sendPageReport } from '@/lib/messaging';

/** Late-rendered sites settle a little after document idle. */
const SETTLE_MS = 400;

/**
 * Registered for every site only while the user allows automatic analysis (the optional
 * `<all_urls>` permission, LinkedIn excluded): reports the page when it is a company's own site.
 * Reads with the website extractor only (no LinkedIn code in this script). Inserts nothing.
 */
export default defineUnlistedScript(() => {
  setTimeout(() => {
    const extraction = analyzeWebsite(document, new URL(location.href));
    if (extraction && isCompanySite(extraction))
      void sendPageReport({ kind: 'companyPageSeen', extraction }).catch(() => undefined);
  }, SETTLE_MS);
});
