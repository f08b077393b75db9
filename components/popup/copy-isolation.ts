import type { CompanyFacts } from '@/lib/facts';
import { FSI, isolate } from '@/lib/i18n/bidi';

/**
 * The page-supplied values a copied talking point or opening line may quote: the company's name
 * and domain, its industry, tagline, headquarters, specialties, technologies and job titles.
 */
export function pageValues(facts: CompanyFacts, name?: string): string[] {
  const hq = facts.headquarters?.value;
  return [
    name,
    facts.name?.value,
    facts.legalName?.value,
    facts.domain?.value,
    facts.industry?.value,
    facts.tagline?.value,
    hq?.city,
    hq?.raw,
    facts.hiring?.value.ats,
    ...(facts.specialties?.value ?? []),
    ...(facts.technologies?.value ?? []),
    ...(facts.hiring?.value.roles ?? []),
  ].filter((v): v is string => typeof v === 'string');
}

// The sentence builder collapses spaces and drops control/bidi characters in the values it quotes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching what the sentence builder removed
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g;
const flat = (text: string) => text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Copied text with every page value in it wrapped in Unicode isolates (FSI…PDI, `isolate`), so a
 * Persian company name inside an English opening line, pasted into an email or a CRM note, keeps
 * its own direction and does not reorder the sentence around it. Longest values first; a value is
 * matched on word boundaries only (so "AI" does not isolate the "ai" of "email"); a value found
 * inside a longer one already isolated is left alone. Text without page values comes back as is.
 */
export function isolatePageValues(text: string, values: readonly string[]): string {
  const unique = [...new Set(values.map(flat).filter((v) => v.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  if (unique.length === 0 || text === '') return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return text.replace(pattern, (value) => isolate(value));
}

/**
 * The text to copy for a talking point or opening line: a pitch built with isolates already
 * around its page values (the phrasebooks isolate as they write) is copied as is; an older pitch
 * without them gets them around the page values it quotes (`isolatePageValues`). Never isolates
 * twice.
 */
export function copyableText(text: string, values: readonly string[]): string {
  return text.includes(FSI) ? text : isolatePageValues(text, values);
}
