import type { CompanyFacts, Extraction, Fact, FactName, FactSource, Range } from '../facts';
import { parseEmployeeRange } from '../normalize/employees';
import { canonicalIndustry, INDUSTRIES } from '../normalize/industry';
import { isLinkedInUrl, unwrapLinkedInRedirect } from '../normalize/linkedin-redirect';
import { asciiDigits, localizedNumbers, parseLocalizedNumber } from '../normalize/number';
import { clean, evidence, webAddress } from './dom';
import { type Json, nodes, organizationOf } from './json-ld';
import type { CollectedRow, CollectedSection, LinkedInPage } from './linkedin-page';
import { linkedInSlug } from './linkedin-url';
import {
  type AboutField,
  AND,
  aboutField,
  isCount,
  isEmployees,
  isFollowers,
  isJobs,
  isMembers,
  linkedInCompanyType,
  linkedInIndustry,
  moduleKind,
} from './linkedin-words';

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
/** Longest text each field may hold (the limits of `facts-schema.ts`); others take 2,000. */
const MAX: Partial<Record<FactName, number>> = {
  name: 500,
  industry: 300,
  companyType: 200,
  description: 20_000,
};

/** The public page's row ids: `data-test-id="about-us__<id>"`. */
const PUBLIC_IDS: Record<string, AboutField> = {
  website: 'website',
  industry: 'industry',
  industries: 'industry',
  size: 'size',
  headquarters: 'headquarters',
  organizationType: 'type',
  foundedOn: 'founded',
  specialties: 'specialties',
};

type Value<K extends FactName> = NonNullable<CompanyFacts[K]>['value'];

/** Sets a fact unless a more trusted source already did (sources are read in trust order). */
function put<K extends FactName>(
  facts: CompanyFacts,
  name: K,
  value: Value<K> | undefined,
  source: FactSource,
  text?: string,
): void {
  const v = typeof value === 'string' ? clean(value, MAX[name] ?? 2000) : value;
  const proof = text ?? (typeof v === 'string' ? v : '');
  if (facts[name] || v === undefined || v === '' || !proof) return;
  facts[name] = { value: v, source, evidence: evidence(proof) } as Fact<unknown> as CompanyFacts[K];
}

/** A company website: an http(s) URL or bare domain, LinkedIn redirects unwrapped, never LinkedIn. */
function websiteOf(href: string | undefined): string | undefined {
  const target = href && webAddress(unwrapLinkedInRedirect(href));
  return target && !isLinkedInUrl(target) ? target : undefined;
}

/**
 * "A, B, C, and D" in any UI language: commas (also "，、،"), semicolons, and "and" in the last
 * part ("und", "et", "và", "و"…; "和" after a "、" list). Linear in the text's length.
 */
function splitList(text: string): string[] {
  const parts = text.split(/[,，、،;]/);
  const last = parts.pop() ?? '';
  const and = text.includes('、')
    ? /\s(?:and|und|et|y|e|en|và|و)\s|和/u
    : /\s(?:and|und|et|y|e|en|và|و)\s/u;
  return [...parts, ...last.split(and)]
    .map((s) => clean(s, 300))
    .filter(Boolean)
    .slice(0, 200);
}

/** A four-digit year, also in Persian or Arabic digits; never a part of a longer number. */
function yearOf(text: string): number | undefined {
  const year = Number(/(?<!\d)\d{4}(?!\d)/.exec(asciiDigits(text))?.[0]);
  return year >= 1000 && year <= new Date().getFullYear() + 1 ? year : undefined;
}

const hasDigit = (text: string) => /[\d\u06f0-\u06f9\u0660-\u0669\uff10-\uff19]/.test(text);

interface Row extends CollectedRow {
  field: AboutField;
  index: number;
}

/**
 * The About rows whose label (in any UI language) or public id names a field; the logged-in About
 * tab's before the public page's (it is more trusted).
 */
function aboutRows(rows: readonly CollectedRow[]): Row[] {
  const found: Row[] = [];
  rows.forEach((row, index) => {
    const field = row.label ? aboutField(row.label) : undefined;
    if (field) found.push({ ...row, field, index });
  });
  rows.forEach((row, index) => {
    const field = row.label ? undefined : PUBLIC_IDS[row.publicId ?? ''];
    if (field && !found.some((r) => r.field === field)) found.push({ ...row, field, index });
  });
  const about = (r: Row) => Number(!r.publicId);
  return found.sort((a, b) => about(b) - about(a));
}

function readRow(facts: CompanyFacts, row: Row): void {
  const [text = ''] = row.values;
  const s: FactSource = row.publicId ? 'linkedin-public' : 'linkedin-about';
  if (row.field === 'website')
    put(facts, 'website', websiteOf(row.href) ?? websiteOf(text), s, text);
  if (row.field === 'industry') put(facts, 'industry', industryOf(text), s, text);
  if (row.field === 'headquarters') put(facts, 'headquarters', { raw: clean(text) }, s, text);
  if (row.field === 'founded') put(facts, 'founded', yearOf(text), s, text);
  if (row.field === 'type') put(facts, 'companyType', linkedInCompanyType(text) ?? text, s, text);
  if (row.field === 'specialties') put(facts, 'specialties', splitList(text), s, text);
  if (row.field === 'size') {
    put(facts, 'employees', parseEmployeeRange(text), s, text);
    // The "2,874 associated members" line: its tightest element, for evidence.
    const members = row.lines
      .filter((t) => isMembers(t) && hasDigit(t))
      .sort((a, b) => a.length - b.length)[0];
    put(facts, 'linkedinMembers', members ? parseLocalizedNumber(members) : undefined, s, members);
  }
}

/** "Acme | LinkedIn", "(4) Acme: About | LinkedIn", "Acme：简介 | 领英" → "Acme". */
function nameFromTitle(title: string | undefined): string | undefined {
  return (
    clean(
      title
        ?.replace(/^\(\d+\)\s*/, '')
        .replace(/\s*[|｜].*$/, '')
        .replace(/\s*[:：][^:：]{1,30}$/, ''),
    ) || undefined
  );
}

/** The slug of the first LinkedIn company URL among the canonical link and og:url. */
function headSlug(page: LinkedInPage): { slug: string; href: string } | undefined {
  for (const href of [page.canonical, page.meta['og:url']]) {
    try {
      const slug = href ? linkedInSlug(new URL(href)) : undefined;
      if (slug && href) return { slug, href };
    } catch {
      // not a URL: try the next one
    }
  }
  return undefined;
}

/** The first organization among the JSON-LD blocks' nodes (also inside `@graph`). */
function jsonLdOrganization(blocks: readonly string[]) {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // a broken block is skipped; other sources still answer
    }
    for (const node of nodes(data)) {
      const types = [(node as Json)['@type']].flat();
      if (types.some((t) => typeof t === 'string' && /Organization|Corporation/.test(t)))
        return organizationOf(node);
    }
  }
  return undefined;
}

function readJsonLd(facts: CompanyFacts, page: LinkedInPage): void {
  const org = jsonLdOrganization(page.jsonLd);
  if (!org) return;
  put(facts, 'name', org.name, 'json-ld');
  put(facts, 'description', org.description, 'json-ld');
  put(facts, 'tagline', org.slogan, 'json-ld');
  put(facts, 'website', websiteOf(org.website), 'json-ld', org.website);
  // LinkedIn's JSON-LD gives one exact number: its members who work there, not the company's
  // size band (the About rows give that). A min/max QuantitativeValue is a real band.
  const e = org.employees;
  if (e && e.min === e.max) put(facts, 'linkedinMembers', e.min, 'json-ld', e.text);
  else
    put(
      facts,
      'employees',
      e && { min: e.min, ...(e.max !== undefined && { max: e.max }) },
      'json-ld',
      e?.text,
    );
  put(facts, 'founded', org.foundingYear, 'json-ld', String(org.foundingYear));
  put(facts, 'headquarters', org.address, 'json-ld', org.address?.raw);
}

const KNOWN_INDUSTRIES = new Set<string>(INDUSTRIES);
/**
 * An industry as the facts hold it: the page's words when the normaliser knows them (it turns them
 * into LinkedIn's English name in the background), else the English name from this extractor's
 * table of the other UI languages, else the page's words.
 */
function industryOf(text: string | undefined): string | undefined {
  if (!text || KNOWN_INDUSTRIES.has(canonicalIndustry(text))) return text;
  return linkedInIndustry(text) ?? text;
}
/** A LinkedIn industry name in any language we know ("Software Development", "软件开发"). */
const isIndustryName = (text: string) =>
  KNOWN_INDUSTRIES.has(canonicalIndustry(industryOf(text) ?? ''));

/**
 * "Austin, Texas", "São Paulo, SP" and "تهران، تهران" are places; "Technology, Information and
 * Internet" is an industry: a place's last part is a short name without "and".
 */
function looksLikePlace(text: string): boolean {
  const parts = text.split(/[,，،]/);
  const last = parts[parts.length - 1]?.trim() ?? '';
  return parts.length > 1 && !AND.test(` ${last} `) && last.split(/\s+/).length <= 3;
}

/**
 * The header: name, the line under it (a tagline, or the industry when it is an industry's
 * name, as on the logged-out page), and the summary items recognised by their words and shape:
 * followers, an employee band, then names (industry, place). Without a comma, industry comes
 * before the place, as on every layout seen.
 */
function readTopCard(facts: CompanyFacts, page: LinkedInPage): void {
  const top = page.top;
  if (!top) return;
  const card = 'linkedin-top-card';
  put(facts, 'name', top.name, card);
  const headline = top.headline?.text;
  const headlineIsIndustry = headline !== undefined && isIndustryName(headline);
  if (!headlineIsIndustry) put(facts, 'tagline', headline, card);
  let industry = headlineIsIndustry ? headline : undefined;
  let location: string | undefined;
  for (const { text, control } of top.items) {
    const digits = hasDigit(text);
    if (digits && isFollowers(text)) {
      const value = parseLocalizedNumber(text);
      if (value !== undefined) put(facts, 'followers', Math.round(value), card, text);
    } else if (digits && isEmployees(text)) {
      // A band ("1K-5K employees", "10,001+") is the size; one bare number is a members count.
      const range: Range | undefined = parseEmployeeRange(text);
      const isBand = localizedNumbers(text).length === 2 || /\+|以上/.test(text);
      if (range && isBand) put(facts, 'employees', range, card, text);
    } else if (!digits && !control && !isCount(text) && text.length <= 80) {
      if (looksLikePlace(text) && !location) location = text;
      else if (!industry) industry = text;
      else location ??= text;
    }
  }
  put(facts, 'industry', industryOf(industry), card, industry);
  put(facts, 'headquarters', location ? { raw: location } : undefined, card, location);
  const website = top.links.map(websiteOf).find(Boolean);
  put(facts, 'website', website, card);
}

/** A link to a LinkedIn-wide job search ("1,234 open jobs" for a title), not the company's jobs. */
const isJobSearch = (href: string) =>
  /^(https?:\/\/[^/]*)?\/jobs\//i.test(href) && !/[?&]f_C=/.test(href);
/** A people count by place ("2,431 employees work in Austin"): not the member count. */
const isByPlace = (href: string) => /[?&](facetGeoRegion|geoRegion|geoUrn|geoId)=/i.test(href);

/**
 * Counts the page links to: its open jobs and its people. A link whose short text holds exactly
 * one whole number and the word for jobs or employees, in any UI language; a size band ("1K-5K
 * employees") has two numbers and is left to the top card.
 */
function readCounters(facts: CompanyFacts, page: LinkedInPage): void {
  const card = 'linkedin-top-card';
  for (const { text, href } of page.links) {
    if (/\+|以上/.test(text)) continue;
    const numbers = localizedNumbers(text);
    const value = numbers[0]?.value;
    if (numbers.length !== 1 || value === undefined || !Number.isInteger(value)) continue;
    if (isJobs(text) && !isJobSearch(href)) put(facts, 'hiring', { openRoles: value }, card, text);
    else if (isEmployees(text) && !isByPlace(href))
      put(facts, 'linkedinMembers', value, card, text);
  }
}

const isFunding = (s: CollectedSection) => s.fundingBox || moduleKind(s.heading) === 'funding';
const longest = (texts: string[]) => texts.sort((a, b) => b.length - a.length)[0];

/**
 * The description: the public page's `about-us__description`; else the longest paragraph of the
 * section that holds the About rows; else the Overview tab's About module (by its heading in any
 * language, or LinkedIn's `org-about` class) — never the funding card's paragraph.
 */
function readDescription(facts: CompanyFacts, page: LinkedInPage, rows: Row[]): void {
  put(facts, 'description', page.publicDescription, 'linkedin-public');
  const inRows = new Set(rows.map((r) => r.index));
  const own = (s: CollectedSection | undefined) =>
    (s?.paragraphs ?? [])
      .filter((p) => p.row === undefined || !inRows.has(p.row))
      .map((p) => p.text);
  const rowSection = page.sections[rows.find((r) => r.section >= 0)?.section ?? -1];
  const fromRows = rowSection && !isFunding(rowSection) ? longest(own(rowSection)) : undefined;
  put(
    facts,
    'description',
    fromRows && fromRows.length > 30 ? fromRows : undefined,
    'linkedin-about',
  );
  const module = page.sections.find(
    (s) => !isFunding(s) && (moduleKind(s.heading) === 'about' || s.aboutClass) && own(s).length,
  );
  put(facts, 'description', module && longest(own(module)), 'linkedin-about');
}

/** The funding box (public page) or the Overview tab's funding card, whatever it links to. */
function readFunding(facts: CompanyFacts, page: LinkedInPage): void {
  const card = page.sections.find((s) => !s.fundingBox && moduleKind(s.heading) === 'funding');
  const funding = page.funding ?? (card && { text: card.text, date: card.date });
  const date = funding?.date;
  put(facts, 'funding', funding && (date ? { date } : {}), 'linkedin-public', funding?.text);
}

/** og:title, `<title>`, the description meta ("Acme | 1,284 followers on LinkedIn. …"). */
function readMeta(facts: CompanyFacts, page: LinkedInPage): void {
  const ogTitle = page.meta['og:title'];
  put(facts, 'name', nameFromTitle(ogTitle), 'meta', ogTitle);
  put(facts, 'name', nameFromTitle(page.title), 'meta', page.title);
  const description = page.meta['og:description'] ?? page.meta.description;
  const followers = description?.split(/\s[|｜]\s/).find((p) => isFollowers(p) && hasDigit(p));
  put(
    facts,
    'followers',
    followers ? parseLocalizedNumber(followers) : undefined,
    'meta',
    followers,
  );
  put(facts, 'description', description, 'meta');
}

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
