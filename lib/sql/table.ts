import { representative } from '../criteria/number-range';
import type { CompanyFacts } from '../facts';
import { fold, UNSPACED_SCRIPT } from '../format';

/**
 * The normalised company table the SQL compiler reads: one row per company, written by
 * `icp-lens normalize` from any export the CLI reads. Text that criteria compare is stored folded
 * (`*_key`, `keywords_text`) with the TypeScript engine's own `fold`, so the SQL only compares
 * plain strings and every dialect gives the same answer. Numbers are DOUBLE; NULL is unknown.
 */
export const COMPANY_COLUMNS = [
  ['source_row', 'number', 'the row in the export (header = 1)'],
  ['name', 'text', 'company name as written'],
  ['domain', 'text', 'registrable domain, e.g. example.co.uk'],
  ['linkedin_slug', 'text', 'LinkedIn company slug (linkedin.com/company/<slug>)'],
  [
    'industry',
    'text',
    'industry as written, trimmed (LinkedIn names; coarse groups compared exactly)',
  ],
  ['industry_key', 'text', 'industry folded (case, accents, & / and, punctuation)'],
  ['employees_min', 'number', 'employee count or band lower end'],
  ['employees_max', 'number', 'band upper end; NULL when open-ended ("10,001+") or a count'],
  ['revenue_min', 'number', 'annual revenue in USD, or band lower end'],
  ['revenue_max', 'number', 'band upper end in USD; NULL when open-ended or one number'],
  ['country', 'text', 'headquarters country, ISO 3166-1 alpha-2 (US)'],
  ['region', 'text', 'headquarters state/province, ISO 3166-2 (US-CA)'],
  ['city', 'text', 'headquarters city as written'],
  ['founded', 'number', 'year founded'],
  ['company_type', 'text', 'company type as written (Privately Held…)'],
  ['company_type_key', 'text', 'company type folded'],
  ['technologies', 'text', 'technologies as written, "; "-separated'],
  ['technology_keys', 'text', 'technologies folded, "|"-delimited with "|" at both ends'],
  ['open_roles', 'number', 'open positions (hiring)'],
  ['funding_stage_key', 'text', 'last funding stage folded (series b)'],
  ['funding_amount_usd', 'number', 'amount raised in USD'],
  [
    'keywords_text',
    'text',
    'specialties, tagline, description folded, " | "-joined, spaces at both ends',
  ],
] as const;

export type CompanyColumn = (typeof COMPANY_COLUMNS)[number][0];
export type CompanyRecord = Record<CompanyColumn, string | number | null>;

/** Folded text with a space at every change between a spaceless script (CJK, Thai…) and others. */
export function keywordForm(text: string): string {
  const folded = fold(text);
  if (!UNSPACED_SCRIPT.test(folded)) return folded;
  let out = '';
  let previous: boolean | undefined;
  for (const ch of folded) {
    const unspaced = ch !== ' ' && UNSPACED_SCRIPT.test(ch);
    if (previous !== undefined && ch !== ' ' && out.at(-1) !== ' ' && unspaced !== previous)
      out += ' ';
    out += ch;
    previous = ch === ' ' ? undefined : unspaced;
  }
  return out;
}

const finite = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : null);
const COUNTRY = /^[A-Z]{2}$/;

/**
 * One company's facts as a row of the normalised table. Mirrors what the matchers read: an
 * employee or revenue range whose representative number is not finite is NULL; the country is
 * the headquarters' country or the prefix of its ISO 3166-2 region, upper-cased, else NULL.
 */
export function companyRecord(row: number, facts: CompanyFacts): CompanyRecord {
  const hq = facts.headquarters?.value;
  const region = hq?.region?.toUpperCase() ?? null;
  const rawCountry = (hq?.country ?? region?.split('-')[0])?.toUpperCase();
  const country = rawCountry && COUNTRY.test(rawCountry) ? rawCountry : null;
  const range = (r: { min: number; max?: number } | undefined) =>
    r && Number.isFinite(representative(r)) ? [r.min, r.max ?? null] : ([null, null] as const);
  const [employeesMin, employeesMax] = range(facts.employees?.value);
  const [revenueMin, revenueMax] = range(facts.revenue?.value);
  const technologies = (facts.technologies?.value ?? []).filter((t) => t.trim());
  const texts: string[] = [];
  for (const s of facts.specialties?.value ?? []) if (fold(s)) texts.push(keywordForm(s));
  for (const t of [facts.tagline?.value, facts.description?.value])
    if (t?.trim()) texts.push(keywordForm(t));
  const industry = facts.industry?.value.trim() || null;
  const funding = facts.funding?.value;
  const stage = funding?.stage?.trim() ? fold(funding.stage) : null;
  const amount = finite(funding?.amountUsd);
  const companyType = facts.companyType?.value.trim() || null;
  return {
    source_row: row,
    name: facts.name?.value ?? null,
    domain: facts.domain?.value ?? null,
    linkedin_slug: facts.linkedinSlug?.value ?? null,
    industry,
    industry_key: industry && fold(industry),
    employees_min: employeesMin ?? null,
    employees_max: employeesMax ?? null,
    revenue_min: revenueMin ?? null,
    revenue_max: revenueMax ?? null,
    country,
    region: country ? region : null,
    city: hq?.city?.trim() || null,
    founded: finite(facts.founded?.value),
    company_type: companyType,
    company_type_key: companyType && fold(companyType),
    technologies: technologies.length > 0 ? technologies.map((t) => t.trim()).join('; ') : null,
    technology_keys:
      technologies.length > 0 ? `|${technologies.map((t) => fold(t)).join('|')}|` : null,
    open_roles: finite(facts.hiring?.value.openRoles),
    funding_stage_key: stage,
    funding_amount_usd: stage !== null || amount !== null ? amount : null,
    keywords_text: texts.length > 0 ? ` ${texts.join(' | ')} ` : null,
  };
}
