import type { CompanyFacts, Extraction, FactName } from '../../facts';
import { clean } from '../dom';
import { linkedInSlug } from '../linkedin-url';
import { aboutRows, readDescription, readFunding, readRow } from './interpret-about';
import { put } from './interpret-facts';
import { headSlug, readJsonLd, readMeta } from './interpret-head';
import { readCounters, readTopCard } from './interpret-top-card';
import type { LinkedInPage } from './page';

export const LINKEDIN_EXTRACTOR_ID = 'linkedin-company';

const EXPECTED: readonly FactName[] = [
  'name',
  'industry',
  'employees',
  'headquarters',
  'website',
  'founded',
  'companyType',
  'specialties',
  'description',
];
/**
 * Interprets a collected LinkedIn company page (`collectLinkedInPage`) with the language tables:
 * `LinkedInPage` → `Extraction` (facts with source and evidence, fields missing). Pure; runs in
 * the background worker and the CLI.
 *
 * The page URL decides the company. When the canonical link or og:url names another company
 * (LinkedIn keeps the previous company's `<head>` for a moment after an in-app navigation, and
 * some saved pages carry a stale one), nothing from the head is read — no JSON-LD, meta or title
 * — so one company's head never mixes with another's body. A numeric URL (`/company/1337/`)
 * names no slug to disagree with: its canonical link gives the slug.
 */
export function interpretLinkedInPage(page: LinkedInPage): Extraction {
  const url = new URL(page.url);
  const urlSlug = linkedInSlug(url);
  const head = headSlug(page);
  const headAgrees =
    !head || !urlSlug || /^\d+$/.test(urlSlug) || head.slug.toLowerCase() === urlSlug.toLowerCase();
  const facts: CompanyFacts = {};
  if (headAgrees) readJsonLd(facts, page);
  const rows = aboutRows(page.rows);
  for (const row of rows) readRow(facts, row);
  readDescription(facts, page, rows);
  readTopCard(facts, page);
  readCounters(facts, page);
  readFunding(facts, page);
  if (headAgrees) {
    readMeta(facts, page);
    put(facts, 'linkedinSlug', head?.slug, 'canonical', head?.href);
  }
  put(facts, 'linkedinSlug', urlSlug, 'url', url.pathname);
  const lang = clean(page.lang, 40);
  return {
    url: url.href,
    extractor: LINKEDIN_EXTRACTOR_ID,
    ...(lang && { lang }),
    facts,
    missing: EXPECTED.filter((f) => !facts[f]),
  };
}
