import type { Extraction } from '../facts';
import { extractorFor } from '.';

/**
 * What the injected website script reads from the page it runs in: the extraction of the first
 * extractor that claims the URL, or undefined for a page no extractor reads.
 */
export function analyzePage(doc: Document, url: URL): Extraction | undefined {
  return extractorFor(url)?.extract(doc, url);
}

/**
 * Whether a page visited with automatic analysis on is a company's own site worth a record (a
 * news article or a search page is not): it names a company and shows at least one of an
 * organization's structured data, an address or contact, or its LinkedIn page.
 */
export function isCompanySite(extraction: Extraction): boolean {
  const { facts } = extraction;
  const structured = Object.values(facts).some(
    (fact) => fact && (fact.source === 'json-ld' || fact.source === 'microdata'),
  );
  return Boolean(
    facts.name && (structured || facts.headquarters || facts.contacts || facts.linkedinSlug),
  );
}
