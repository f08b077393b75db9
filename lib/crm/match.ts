import type { CrmRecord } from '../records';
import { fold } from '../text';

/** Legal-form words dropped before names are compared ("Acme, Inc." = "ACME"). */
const LEGAL_FORMS = new Set(
  'inc incorporated llc ltd limited corp corporation co company gmbh ag sa sas sarl bv nv plc pty pte srl spa oy ab as kk jsc llp lp'.split(
    ' ',
  ),
);

/**
 * A company name for matching: folded (case, accents, punctuation; see `fold`), legal forms
 * ("Inc.", "GmbH", "Ltd") and a leading "the" dropped. Empty when nothing distinctive is left.
 */
export function normaliseCompanyName(name: string): string {
  const words = fold(name.replace(/\./g, '')).split(' ').filter(Boolean);
  const kept = words.filter((w, i) => !LEGAL_FORMS.has(w) && !(i === 0 && w === 'the'));
  return kept.join(' ');
}

/** What identifies a company for CRM matching. */
export interface CrmIdentity {
  name?: string;
  /** Registrable domain, lower case ("acme.com"). */
  domain?: string;
  /** LinkedIn company slug, lower case. */
  linkedinSlug?: string;
}

/** The lookup keys of a company or CRM row: `domain:…`, `li:…`, `name:…`. */
export function crmKeys(company: CrmIdentity): string[] {
  const name = company.name ? normaliseCompanyName(company.name) : '';
  return [
    ...(company.domain ? [`domain:${company.domain.toLowerCase().replace(/^www\./, '')}`] : []),
    ...(company.linkedinSlug ? [`li:${company.linkedinSlug.toLowerCase()}`] : []),
    ...(name ? [`name:${name}`] : []),
  ];
}

export interface CrmMatch {
  record: CrmRecord;
  /** `sure`: same domain or LinkedIn page; `name-only`: only the normalised name agrees. */
  certainty: 'sure' | 'name-only';
}

/**
 * The CRM row that is this company, among `candidates` (rows sharing any key). A domain or
 * LinkedIn match wins over a name match; a candidate whose domain (or LinkedIn page) differs from
 * the company's known one is not the same company even when the names agree. Undefined when none.
 */
export function matchCrm(
  company: CrmIdentity,
  candidates: readonly CrmRecord[],
): CrmMatch | undefined {
  const keys = crmKeys(company);
  const strong = keys.filter((k) => !k.startsWith('name:'));
  const sure = candidates.find((r) => r.keys.some((k) => strong.includes(k)));
  if (sure) return { record: sure, certainty: 'sure' };
  const name = keys.find((k) => k.startsWith('name:'));
  if (!name) return undefined;
  const conflicts = (r: CrmRecord, prefix: string) =>
    strong.some((k) => k.startsWith(prefix)) && r.keys.some((k) => k.startsWith(prefix));
  const byName = candidates.find(
    (r) => r.keys.includes(name) && !conflicts(r, 'domain:') && !conflicts(r, 'li:'),
  );
  return byName ? { record: byName, certainty: 'name-only' } : undefined;
}
