import { watchCompanyPages } from './watch';

/**
 * Reads LinkedIn company pages and reports them to the background worker. It inserts nothing into
 * LinkedIn's DOM and the extension exposes no web-accessible resources.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchCompanyPages(ctx);
  },
});
