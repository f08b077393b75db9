/**
 * What a website declares about itself in machine-readable form: JSON-LD (also `@graph`),
 * microdata (`itemscope itemtype=".../Organization"`), OpenGraph and the description meta.
 */
import type { CompanyFacts, FactSource } from '../../facts';
import { $$, clean, metaContent, textOf } from '../dom';
import {
  hasType,
  type Json,
  type JsonLdOrganization,
  organizationDetails,
  organizationOf,
} from '../json-ld';
import { cleanDescription, metaEvidence } from './description';
import { logoName, type NameCandidate, nameFromTitle, putNames } from './name';
import {
  deepNodes,
  employeesOf,
  foundingYearOf,
  isOrganizationType,
  ownOrganization,
} from './organization';
import { httpUrl, put } from './shared';
import { linkedinCompanySlug } from './social';

/** What a website needs of an organization node besides the core facts. */
interface SiteOrganization extends JsonLdOrganization {
  legalName?: string;
  alternateName?: string;
}

const text = (v: unknown, max = 500): string | undefined =>
  (typeof v === 'string' ? clean(v, max) : Array.isArray(v) ? text(v[0], max) : undefined) ||
  undefined;

/**
 * An organization node with everything a website needs: core facts, links and contacts, the
 * legal and alternate names, employees and founding dates written as text ("51-200", "about
 * 300", "15/03/2012"), and an address given on its `location`.
 */
function fullOrganization(node: Json): SiteOrganization {
  const org: SiteOrganization = { ...organizationOf(node), ...organizationDetails(node) };
  org.employees ??= employeesOf(node.numberOfEmployees);
  org.foundingYear ??= foundingYearOf(node.foundingDate);
  if (!org.address && node.location && typeof node.location === 'object') {
    const place = [node.location].flat()[0] as Json | undefined;
    const fromPlace = place && organizationOf({ address: place.address ?? place }).address;
    if (fromPlace) org.address = fromPlace;
  }
  const legalName = text(node.legalName);
  // A brand the organization sells under ({"@type": "Brand", "name": …}) is the name it goes by.
  const brand = [node.brand].flat()[0];
  const alternateName =
    text(node.alternateName) ??
    (brand && typeof brand === 'object' && !isOrganizationType(brand as Json)
      ? text((brand as Json).name)
      : undefined);
  return {
    ...org,
    ...(legalName && { legalName }),
    ...(alternateName && { alternateName }),
  };
}

const MAX_PROPS = 300;

/** What the structured data gave besides the facts it set: contact details and profiles. */
export interface StructuredExtras {
  phones: { value: string; source: FactSource }[];
  emails: { value: string; source: FactSource }[];
  sameAs: { url: URL; source: FactSource }[];
  /** JSON-LD `Product` nodes that carry `offers`: "Product: Oolong tea". */
  products: { name: string; source: FactSource }[];
}

/** A microdata property's value, as the microdata spec reads it from each element type. */
function propValue(el: Element, name: string, depth: number): unknown {
  if (el.hasAttribute('itemscope')) return depth < 3 ? itemOf(el, depth + 1) : undefined;
  const tag = el.tagName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? textOf(el, 200);
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? '';
  if (tag === 'img') return el.getAttribute('src') ?? '';
  if ((tag === 'a' || tag === 'link') && /^(url|sameAs|logo|image)$/.test(name))
    return el.getAttribute('href') ?? '';
  return el.getAttribute('content') ?? textOf(el, 2000);
}

/** A microdata item as a JSON-LD-like node: its own properties (not its nested items'). */
function itemOf(scope: Element, depth = 0): Json {
  const item: Json = { '@type': clean(scope.getAttribute('itemtype'), 200) };
  for (const el of $$(scope, '[itemprop]').slice(0, MAX_PROPS)) {
    if (el.parentElement?.closest('[itemscope]') !== scope) continue;
    for (const name of clean(el.getAttribute('itemprop'), 200).split(' ').slice(0, 5)) {
      const value = propValue(el, name, depth);
      const before = item[name];
      item[name] = before === undefined ? value : [before, value].flat();
    }
  }
  return item;
}

function readMicrodataOrganization(doc: Document): SiteOrganization | undefined {
  const scope = $$(doc, '[itemscope][itemtype]')
    .slice(0, 100)
    .find((el) =>
      isOrganizationType({ '@type': clean(el.getAttribute('itemtype'), 200).split(/\s+/) }),
    );
  return scope && fullOrganization(itemOf(scope));
}

export { nameFromTitle } from './name';

/**
 * The page's website, when the structured data names a parent site and the page is on one of its
 * subdomains (`shop.acme.com` → `https://www.acme.com`). A page may not claim another domain:
 * that would join its record with someone else's company.
 */
function parentSite(declared: string | undefined, page: URL): URL | undefined {
  if (!declared) return undefined;
  const url = httpUrl(/^https?:\/\//i.test(declared) ? declared : `https://${declared}`, page);
  if (!url) return undefined;
  const site = url.hostname.replace(/^www\./, '');
  const host = page.hostname.replace(/^www\./, '');
  return site.includes('.') && host !== site && host.endsWith(`.${site}`) ? url : undefined;
}

function putOrganization(
  facts: CompanyFacts,
  org: SiteOrganization,
  source: FactSource,
  page: URL,
): void {
  put(facts, 'description', cleanDescription(org.description), source, org.description);
  const e = org.employees;
  put(
    facts,
    'employees',
    e && { min: e.min, ...(e.max !== undefined && { max: e.max }) },
    source,
    e?.text,
  );
  put(facts, 'founded', org.foundingYear, source, String(org.foundingYear));
  put(facts, 'headquarters', org.address, source, org.address?.raw);
  const parent = parentSite(org.url, page);
  put(facts, 'website', parent?.origin, source, org.url);
  for (const link of org.sameAs ?? []) {
    const url = httpUrl(link, page);
    const slug = url && linkedinCompanySlug(url);
    if (slug) put(facts, 'linkedinSlug', slug, source, link);
  }
}

/**
 * Sets name, description, employees, founded, headquarters, linkedinSlug (and the website of a
 * subdomain's parent site) from JSON-LD, then microdata, then meta tags; returns the contact
 * details, profiles and products it saw for the other readers to merge.
 */
export function readStructuredData(
  doc: Document,
  page: URL,
  facts: CompanyFacts,
): StructuredExtras {
  const extras: StructuredExtras = { phones: [], emails: [], sameAs: [], products: [] };
  let site: { name?: string; description?: string } = {};
  let seen = 0;
  for (const node of deepNodes(doc)) {
    if (++seen > 500) break;
    if (hasType(node, /^WebSite$/) && !site.name)
      site = { name: text(node.name), description: text(node.description, 20_000) };
    if (hasType(node, /^Product$/) && node.offers && typeof node.name === 'string')
      extras.products.push({ name: clean(node.name, 100), source: 'json-ld' });
  }
  for (const el of $$(doc, '[itemscope][itemtype]').slice(0, 100)) {
    if (!/schema\.org\/Product$/i.test(clean(el.getAttribute('itemtype'), 200))) continue;
    const item = itemOf(el);
    const name = [item.name].flat()[0];
    if (item.offers && typeof name === 'string')
      extras.products.push({ name: clean(name, 100), source: 'microdata' });
  }

  const orgs: [SiteOrganization | undefined, FactSource][] = [];
  const jsonLd = ownOrganization(doc, page);
  orgs.push([jsonLd && fullOrganization(jsonLd), 'json-ld']);
  orgs.push([readMicrodataOrganization(doc), 'microdata']);
  let named: NameCandidate | undefined;
  let legal: NameCandidate | undefined;
  const brands: NameCandidate[] = [];
  for (const [org, source] of orgs) {
    if (org) {
      named ??= org.name ? { value: org.name, source } : undefined;
      legal ??= org.legalName ? { value: org.legalName, source } : undefined;
      if (org.alternateName) brands.push({ value: org.alternateName, source });
      putOrganization(facts, org, source, page);
      if (org.telephone) extras.phones.push({ value: org.telephone, source });
      if (org.email) extras.emails.push({ value: org.email.replace(/^mailto:/i, ''), source });
      for (const link of org.sameAs ?? []) {
        const url = httpUrl(link, page);
        if (url) extras.sameAs.push({ url, source });
      }
    }
    if (source === 'json-ld') {
      brands.push({ value: site.name, source: 'json-ld' });
      put(facts, 'description', cleanDescription(site.description), 'json-ld', site.description);
    }
  }

  const title = doc.title ?? '';
  brands.push(
    { value: metaContent(doc, 'og:site_name'), source: 'meta' },
    { value: metaContent(doc, 'application-name'), source: 'meta' },
    { value: logoName(doc, page), source: 'site-text' },
    { value: nameFromTitle(title), source: 'meta', evidence: title },
  );
  putNames(facts, named, legal, brands);
  for (const key of ['og:description', 'description']) {
    const meta = metaContent(doc, key);
    const description = cleanDescription(meta);
    if (description)
      put(facts, 'description', description, 'meta', metaEvidence(page, description));
  }
  return extras;
}
