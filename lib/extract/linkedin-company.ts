import type { CompanyFacts, Fact, FactName, FactSource } from '../facts';
import { parseEmployeeRange } from '../normalize/employees';
import { parseLocalizedNumber } from '../normalize/number';
import { $$, evidence, metaContent, textOf } from './dom';
import { readJsonLdOrganization } from './json-ld';
import { type AboutRow, membersLine, readAboutRows } from './linkedin-about';
import { readFunding, readTopCard } from './linkedin-top-card';
import type { Extractor } from './types';

const HOST = /^([a-z]{2,3}(-[a-z]{2})?\.|www\.)?linkedin\.com$/i;
const PATH = /^\/(company|showcase)\/([^/?#]+)\/?/i;
const NOT_COMPANIES = new Set(['setup', 'unavailable']);

/** The company's URL slug, or undefined when the URL is not a LinkedIn company page. */
export function linkedInSlug(url: URL): string | undefined {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return undefined;
  const slug = PATH.exec(url.pathname)?.[2];
  return slug && !NOT_COMPANIES.has(slug.toLowerCase()) ? slug : undefined;
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

/** Sets a fact unless a more trusted source already did (sources are tried in trust order). */
function put<K extends FactName>(
  facts: CompanyFacts,
  name: K,
  value: NonNullable<CompanyFacts[K]>['value'] | undefined,
  source: FactSource,
  text: string | undefined,
): void {
  if (facts[name] || value === undefined || value === '' || !text) return;
  facts[name] = { value, source, evidence: evidence(text) } as Fact<unknown> as CompanyFacts[K];
}

function splitList(text: string): string[] {
  return text
    .split(/[,，、،;]|\s+(?:and|und|et|y|e|và|和|و)\s+(?=[^,]*$)/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 100);
}

function readRow(facts: CompanyFacts, row: AboutRow): void {
  const text = row.values[0] ?? '';
  const s = row.source;
  switch (row.field) {
    case 'website':
      put(facts, 'website', row.href ?? text, s, text);
      break;
    case 'industry':
      put(facts, 'industry', text, s, text);
      break;
    case 'size': {
      put(facts, 'employees', parseEmployeeRange(text), s, text);
      const members = membersLine(row);
      if (members) put(facts, 'linkedinMembers', parseLocalizedNumber(members), s, members);
      break;
    }
    case 'headquarters':
      put(facts, 'headquarters', { raw: text }, s, text);
      break;
    case 'founded': {
      const year = Number(/\d{4}/.exec(text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)))?.[0]);
      put(facts, 'founded', year >= 1000 && year <= 3000 ? year : undefined, s, text);
      break;
    }
    case 'type':
      put(facts, 'companyType', text, s, text);
      break;
    case 'specialties':
      put(facts, 'specialties', splitList(text), s, text);
      break;
  }
}

/** "Acme | LinkedIn", "Acme: Overview | LinkedIn" → "Acme". */
function nameFromTitle(title: string | undefined): string | undefined {
  const name = title?.replace(/\s*[|｜]\s*LinkedIn.*$/i, '').replace(/\s*[:：]\s*[^:：]{1,30}$/, '').trim();
  return name || undefined;
}

function extract(doc: Document, url: URL) {
  const facts: CompanyFacts = {};
  const org = readJsonLdOrganization(doc);
  if (org) {
    put(facts, 'name', org.name, 'json-ld', org.name);
    put(facts, 'description', org.description, 'json-ld', org.description);
    put(facts, 'tagline', org.slogan, 'json-ld', org.slogan);
    const site = org.sameAs.find((s) => !/linkedin\.com/i.test(s));
    put(facts, 'website', site, 'json-ld', site);
    // LinkedIn's JSON-LD gives one exact number: its members who work there, not the company's
    // size band (the About rows give that). A min/max QuantitativeValue is a real size band.
    const e = org.employees;
    if (e && e.min === e.max) put(facts, 'linkedinMembers', e.min, 'json-ld', e.text);
    else put(facts, 'employees', e && { min: e.min, ...(e.max !== undefined && { max: e.max }) }, 'json-ld', e?.text);
    put(facts, 'founded', org.foundingYear, 'json-ld', org.foundingYear?.toString());
    put(facts, 'headquarters', org.address, 'json-ld', org.address?.raw);
  }
  for (const row of readAboutRows(doc).sort((a, b) => (a.source === b.source ? 0 : a.source === 'linkedin-about' ? -1 : 1))) {
    readRow(facts, row);
  }
  const publicDescription = textOf(doc.querySelector('[data-test-id="about-us__description"]'));
  put(facts, 'description', publicDescription, 'linkedin-public', publicDescription);
  const aboutDescription = aboutSectionDescription(doc);
  put(facts, 'description', aboutDescription, 'linkedin-about', aboutDescription);

  const top = readTopCard(doc);
  put(facts, 'name', top.name, 'linkedin-top-card', top.name);
  put(facts, 'tagline', top.tagline, 'linkedin-top-card', top.tagline);
  put(facts, 'followers', top.followers?.value, 'linkedin-top-card', top.followers?.text);
  put(facts, 'employees', top.employees?.value, 'linkedin-top-card', top.employees?.text);
  const funding = readFunding(doc);
  put(facts, 'funding', funding?.value, 'linkedin-public', funding?.text);

  const ogTitle = nameFromTitle(metaContent(doc, 'og:title'));
  put(facts, 'name', ogTitle, 'meta', metaContent(doc, 'og:title'));
  put(facts, 'name', nameFromTitle(doc.title), 'meta', doc.title);
  const metaDescription = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  put(facts, 'description', metaDescription, 'meta', metaDescription);

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url');
  const canonicalSlug = canonical ? safeSlug(canonical) : undefined;
  put(facts, 'linkedinSlug', canonicalSlug, 'canonical', canonical);
  const urlSlug = linkedInSlug(url);
  put(facts, 'linkedinSlug', urlSlug && decodeURIComponentSafe(urlSlug), 'url', url.pathname);

  return {
    url: url.href,
    extractor: linkedinCompany.id,
    ...(doc.documentElement.getAttribute('lang') && { lang: doc.documentElement.getAttribute('lang') as string }),
    facts,
    missing: EXPECTED.filter((f) => !facts[f]),
  };
}

function aboutSectionDescription(doc: Document): string | undefined {
  for (const dl of $$(doc, 'dl')) {
    const section = dl.closest('section');
    const p = section?.querySelector('p');
    const text = textOf(p);
    if (text.length > 30) return text;
  }
  return undefined;
}

function safeSlug(href: string): string | undefined {
  try {
    const slug = linkedInSlug(new URL(href, 'https://www.linkedin.com/'));
    return slug && decodeURIComponentSafe(slug);
  } catch {
    return undefined;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const linkedinCompany: Extractor = {
  id: 'linkedin-company',
  matches: (url) => linkedInSlug(url) !== undefined,
  extract,
  fixtures: [
    'https://www.linkedin.com/company/acme-security/',
    'https://www.linkedin.com/company/acme-security/about/',
    'https://de.linkedin.com/company/nordlicht-cloud/',
    'https://vn.linkedin.com/company/saigon-fresh/about/?viewAsMember=true',
    'https://www.linkedin.com/showcase/acme-labs/',
    'https://www.linkedin.com/company/1337/jobs/',
  ],
};
