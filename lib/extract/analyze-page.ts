import type { Extraction } from '../facts';
import { extractorFor } from '.';
import { analyzeWebsite } from './website-analysis';

/**
 * What the script injected on a click (and the CLI's `extract`) reads from a page: the extraction
 * of the first extractor that claims the URL — for a company website, with the technologies its
 * code shows (`analyzeWebsite`) — or undefined for a page no extractor reads.
 */
export function analyzePage(doc: Document, url: URL): Extraction | undefined {
  const extractor = extractorFor(url);
  if (extractor?.id === 'website') return analyzeWebsite(doc, url);
  return extractor?.extract(doc, url);
}
