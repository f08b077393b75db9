import { analyzePage } from '@/lib/extract/analyze-page';

/**
 * Injected on demand (`scripting.executeScript`) when the user clicks the icon on a company
 * website: reads the page and returns the extraction to the background worker. Inserts nothing.
 */
export default defineUnlistedScript(() => analyzePage(document, new URL(location.href)));
