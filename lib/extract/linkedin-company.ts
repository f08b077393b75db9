import type { CompanyFacts, Extraction, Fact, FactName, FactSource } from '../facts';
import { parseEmployeeRange } from '../normalize/employees';
import { unwrapLinkedInRedirect } from '../normalize/linkedin-redirect';
import { linkedinCompanySlug } from '../normalize/linkedin-url';
import { asciiDigits, parseLocalizedNumber } from '../normalize/number';
import { $$, clean, evidence, metaContent, textOf, webAddress } from './dom';
import { readJsonLdOrganization } from './json-ld';
import { type AboutRow, readAboutRows } from './linkedin-about';
import { readCounters, readFunding } from './linkedin-counters';
import { FOLLOWERS, MEMBERS } from './linkedin-labels';
import { readTopCard } from './linkedin-top-card';
import type { Extractor } from './types';

/** The company's URL slug, or undefined when the URL is not a LinkedIn company page (https only). */
export function linkedInSlug(url: URL): string | undefined {
  return url.protocol === 'https:' ? linkedinCompanySlug(url) : undefined;
}

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

/** "A, B, C, and D" in any UI language: commas (also "，、،"), semicolons, and the last "and". */
function splitList(text: string): string[] {
  return text
    .split(/[,，、،;]|\s(?:and|und|et|y|e|en|và|و)\s(?=[^,，、،;]*$)|(?<=、[^、]*)和(?=[^、]*$)/u)
    .map((s) => clean(s, 300))
    .filter(Boolean)
    .slice(0, 200);
}

/** A four-digit year, also in Persian or Arabic digits; never a part of a longer number. */
function yearOf(text: string): number | undefined {
  const year = Number(/(?<!\d)\d{4}(?!\d)/.exec(asciiDigits(text))?.[0]);
  return year >= 1000 && year <= new Date().getFullYear() + 1 ? year : undefined;
}

/** The "2,874 associated members" line under Company size: its tightest element, for evidence. */
function membersLine(row: AboutRow): string | undefined {
  const lines = row.elements
    .slice(1)
    .flatMap((el) => [el, ...$$(el, '*')])
    .map((el) => textOf(el));
  return lines
    .filter((t) => MEMBERS.test(t) && /\d|[۰-۹]/.test(t))
    .sort((a, b) => a.length - b.length)[0];
}

function readRow(facts: CompanyFacts, row: AboutRow): void {
  const [text = ''] = row.values;
  const s = row.source;
  const href = row.href && webAddress(unwrapLinkedInRedirect(row.href));
  if (row.field === 'website') put(facts, 'website', href ?? webAddress(text), s, text);
  if (row.field === 'industry') put(facts, 'industry', text, s);
  if (row.field === 'headquarters') put(facts, 'headquarters', { raw: clean(text) }, s, text);
  if (row.field === 'founded') put(facts, 'founded', yearOf(text), s, text);
  if (row.field === 'type') put(facts, 'companyType', text, s);
  if (row.field === 'specialties') put(facts, 'specialties', splitList(text), s, text);
  if (row.field === 'size') {
    put(facts, 'employees', parseEmployeeRange(text), s, text);
    const members = membersLine(row);
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
function canonicalSlug(doc: Document): { slug: string; href: string } | undefined {
  const hrefs = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'og:url'),
  ];
  for (const href of hrefs) {
    try {
      const slug = href ? linkedInSlug(new URL(href)) : undefined;
      if (slug && href) return { slug, href };
    } catch {
      // not a URL: try the next one
    }
  }
  return undefined;
}

function extract(doc: Document, url: URL): Extraction {
  const facts: CompanyFacts = {};
  const org = readJsonLdOrganization(doc);
  if (org) {
    put(facts, 'name', org.name, 'json-ld');
    put(facts, 'description', org.description, 'json-ld');
    put(facts, 'tagline', org.slogan, 'json-ld');
    put(facts, 'website', org.website, 'json-ld');
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
  const rows = readAboutRows(doc);
  for (const row of rows) readRow(facts, row);
  readDescription(doc, facts, rows);

  const top = readTopCard(doc);
  const card = 'linkedin-top-card';
  put(facts, 'name', top.name, card);
  put(facts, 'tagline', top.tagline, card);
  put(facts, 'industry', top.industry, card);
  put(facts, 'headquarters', top.location ? { raw: top.location } : undefined, card, top.location);
  put(facts, 'followers', top.followers?.value, card, top.followers?.text);
  put(facts, 'employees', top.employees?.value, card, top.employees?.text);
  put(facts, 'website', top.website?.value, card);
  const counters = readCounters(doc);
  put(facts, 'linkedinMembers', counters.members?.value, card, counters.members?.text);
  put(
    facts,
    'hiring',
    counters.jobs && { openRoles: counters.jobs.value },
    card,
    counters.jobs?.text,
  );
  const funding = readFunding(doc);
  put(facts, 'funding', funding?.value, 'linkedin-public', funding?.text);

  readMeta(doc, facts);
  const canonical = canonicalSlug(doc);
  put(facts, 'linkedinSlug', canonical?.slug, 'canonical', canonical?.href);
  put(facts, 'linkedinSlug', linkedInSlug(url), 'url', url.pathname);

  const lang = clean(doc.documentElement.getAttribute('lang'), 40);
  return {
    url: url.href,
    extractor: linkedinCompany.id,
    ...(lang && { lang }),
    facts,
    missing: EXPECTED.filter((f) => !facts[f]),
  };
}

/**
 * The description: the public page's `about-us__description`, else the longest paragraph of the
 * section that holds the About rows, else the Home tab's About module (a stable class prefix).
 */
function readDescription(doc: Document, facts: CompanyFacts, rows: AboutRow[]): void {
  const values = rows.flatMap((r) => r.elements);
  const section = values[0]?.closest('section');
  const paragraphs = section
    ? $$(section, 'p').filter((p) => !values.some((v) => v.contains(p)))
    : [];
  const longest = paragraphs.map((p) => textOf(p)).sort((a, b) => b.length - a.length)[0];
  put(
    facts,
    'description',
    textOf(doc.querySelector('[data-test-id="about-us__description"]')),
    'linkedin-public',
  );
  put(facts, 'description', longest && longest.length > 30 ? longest : undefined, 'linkedin-about');
  put(
    facts,
    'description',
    textOf(doc.querySelector('[class*="org-about"] p, p[class*="org-about"]')),
    'linkedin-about',
  );
}

/** og:title, `<title>`, the description meta ("Acme | 1,284 followers on LinkedIn. …"). */
function readMeta(doc: Document, facts: CompanyFacts): void {
  const ogTitle = metaContent(doc, 'og:title');
  put(facts, 'name', nameFromTitle(ogTitle), 'meta', ogTitle);
  put(facts, 'name', nameFromTitle(doc.title), 'meta', doc.title);
  const description = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  const followers = description?.split(/\s[|｜]\s/).find((p) => FOLLOWERS.test(p) && /\d/.test(p));
  put(
    facts,
    'followers',
    followers ? parseLocalizedNumber(followers) : undefined,
    'meta',
    followers,
  );
  put(facts, 'description', description, 'meta');
}

export const linkedinCompany: Extractor = {
  id: 'linkedin-company',
  matches: (url) => linkedInSlug(url) !== undefined,
  extract,
  fixtures: [
    'https://www.linkedin.com/company/sentinelgrid-security/',
    'https://www.linkedin.com/company/sentinelgrid-security/about/',
    'https://de.linkedin.com/company/nordlicht-cloud/jobs/?trk=nav',
    'https://vn.linkedin.com/company/hoa-sen-bakery',
    'https://www.linkedin.com/showcase/brightloom-studio/',
    'https://www.linkedin.com/company/1337/people/',
  ],
};
