import type { Extraction, TechnologyDetection } from '../facts';
import { extractorFor } from '.';
import { compileFingerprints, detectTechnologies } from './technologies/detect';
import fingerprintFile from './technologies/fingerprints.json';

/** Compiled once per script: every analysis reuses the regexes. */
const FINGERPRINTS = compileFingerprints(fingerprintFile);
const SHOWN = 6;

/** The detections as the `technologies` and `detections` facts, and the ATS for `hiring`. */
function withTechnologies(extraction: Extraction, found: TechnologyDetection[]): Extraction {
  if (found.length === 0) return extraction;
  const facts = { ...extraction.facts };
  const summary = found
    .slice(0, SHOWN)
    .map((d) => `${d.name}: ${d.evidence}`)
    .join('; ');
  const evidence = found.length > SHOWN ? `${summary}; +${found.length - SHOWN} more` : summary;
  facts.technologies = { value: found.map((d) => d.name), source: 'site-code', evidence };
  facts.detections = { value: found, source: 'site-code', evidence };
  const ats = found.find((d) => d.category === 'Applicant tracking');
  if (ats && !facts.hiring?.value.ats) {
    facts.hiring = facts.hiring
      ? { ...facts.hiring, value: { ...facts.hiring.value, ats: ats.name } }
      : { value: { ats: ats.name }, source: 'site-code', evidence: ats.evidence };
  }
  return { ...extraction, facts, missing: extraction.missing.filter((f) => !facts[f]) };
}

/**
 * What the injected website script reads from the page it runs in: the extraction of the first
 * extractor that claims the URL — for a company website, with the technologies its code shows —
 * or undefined for a page no extractor reads.
 */
export function analyzePage(doc: Document, url: URL): Extraction | undefined {
  const extractor = extractorFor(url);
  const extraction = extractor?.extract(doc, url);
  if (!extraction || extractor?.id !== 'website') return extraction;
  return withTechnologies(extraction, detectTechnologies(doc, FINGERPRINTS));
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
