import type { Extraction, TechnologyDetection } from '../facts';
import { compileFingerprints, detectTechnologies } from './technologies/detect';
import fingerprintFile from './technologies/fingerprints.json';
import { website } from './website';

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
 * A company website's extraction with the technologies its code shows, or undefined for a URL the
 * website extractor does not read (LinkedIn's). Imports no LinkedIn code, so the script that runs
 * on every site while automatic analysis is on stays small.
 */
export function analyzeWebsite(doc: Document, url: URL): Extraction | undefined {
  if (!website.matches(url)) return undefined;
  return withTechnologies(website.extract(doc, url), detectTechnologies(doc, FINGERPRINTS));
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
