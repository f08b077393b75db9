import { clean, webAddress } from './dom';

/** JSON-LD `Organization` (also inside `@graph` and arrays) as plain, checked values. */
export interface JsonLdOrganization {
  name?: string;
  description?: string;
  slogan?: string;
  /** The company's own website: the first `sameAs` (or `url`) that is not a LinkedIn page. */
  website?: string;
  /** `numberOfEmployees`: one exact number, or a min/max band. */
  employees?: { min: number; max?: number; text: string };
  foundingYear?: number;
  address?: { raw: string; city?: string; region?: string; country?: string };
  /** `url` as written (http(s) or a bare domain only). */
  url?: string;
  /** Every `sameAs` link as written (http(s) only), at most 50. */
  sameAs?: string[];
  telephone?: string;
  email?: string;
}

export type Json = Record<string, unknown>;
const ORGANIZATION =
  /^(Organization|Corporation|LocalBusiness|OnlineBusiness|NGO|EducationalOrganization)$/;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string, or the `name` of an object; anything else (arrays, numbers) is not text. */
const str = (v: unknown, max = 2000): string | undefined =>
  (typeof v === 'string' ? clean(v, max) : isObject(v) ? str(v.name, max) : undefined) || undefined;
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0
    ? v
    : typeof v === 'string' && /^\d{1,9}$/.test(v.trim())
      ? Number(v)
      : undefined;

export function* nodes(value: unknown, depth = 0): Generator<Json> {
  if (depth > 4) return;
  if (Array.isArray(value)) for (const v of value.slice(0, 50)) yield* nodes(v, depth + 1);
  else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* nodes(value['@graph'], depth + 1);
  }
}

/** Whether a node's `@type` (one or several) matches. */
export function hasType(node: Json, type: RegExp): boolean {
  const types = node['@type'];
  return (Array.isArray(types) ? types : [types]).some(
    (t) => typeof t === 'string' && type.test(t),
  );
}

const isOrganization = (node: Json): boolean => hasType(node, ORGANIZATION);

function employees(value: unknown): JsonLdOrganization['employees'] {
  const exact = num(value) ?? (isObject(value) ? num(value.value) : undefined);
  if (exact !== undefined) return { min: exact, max: exact, text: String(exact) };
  if (!isObject(value)) return undefined;
  const [min, max] = [num(value.minValue), num(value.maxValue)];
  if (min === undefined || (max !== undefined && max < min)) return undefined;
  return {
    min,
    ...(max !== undefined && { max }),
    text: max === undefined ? `${min}+` : `${min}-${max}`,
  };
}

/**
 * The postal address as LinkedIn shows a headquarters ("Denver, Colorado, US"): locality, region
 * and country. A country is kept apart only as a two-letter code; names stay in `raw` for the
 * normalizer.
 */
function address(value: unknown): JsonLdOrganization['address'] {
  const a = Array.isArray(value) ? value[0] : value;
  if (typeof a === 'string') return str(a) ? { raw: str(a) as string } : undefined;
  if (!isObject(a)) return undefined;
  const [city, region, country] = [
    str(a.addressLocality, 200),
    str(a.addressRegion, 200),
    str(a.addressCountry, 200),
  ];
  const raw = [city, region, country].filter(Boolean).join(', ') || str(a.streetAddress);
  if (!raw) return undefined;
  return {
    raw,
    ...(city && city.length <= 100 && { city }),
    ...(region && region.length <= 20 && { region }),
    ...(country && /^[A-Za-z]{2}$/.test(country) && { country: country.toUpperCase() }),
  };
}

/** The first contact detail among the node's own and its `contactPoint`s. */
function contact(node: Json, key: 'telephone' | 'email'): string | undefined {
  const points = [node, ...[node.contactPoint].flat().slice(0, 10)].filter(isObject);
  return points.map((p) => str([p[key]].flat()[0], 320)).find(Boolean);
}

/**
 * An `Organization` node (from JSON-LD, or built from microdata properties) as checked values:
 * capped text, a year in range, an employee band, a postal address. What LinkedIn pages need;
 * websites add `organizationDetails` (kept apart so the LinkedIn content script stays small).
 */
export function organizationOf(node: Json): JsonLdOrganization {
  const links = [node.sameAs, node.url].flat().map((s) => webAddress(str(s)));
  const year = Number(/^\d{4}(?!\d)/.exec(str(node.foundingDate) ?? '')?.[0]);
  return {
    name: str(node.name, 500),
    description: str(node.description, 20_000),
    slogan: str(node.slogan),
    website: links.find((s) => s && !/linkedin\.com/i.test(s)),
    employees: employees(node.numberOfEmployees),
    foundingYear: year >= 1000 && year <= new Date().getFullYear() + 1 ? year : undefined,
    address: address(node.address),
  };
}

/** An organization node's `url`, `sameAs` links and contact details, checked and capped. */
export function organizationDetails(
  node: Json,
): Pick<JsonLdOrganization, 'url' | 'sameAs' | 'telephone' | 'email'> {
  const sameAs = [node.sameAs]
    .flat()
    .slice(0, 50)
    .map((s) => str(s))
    .filter((s): s is string => Boolean(s && /^https?:\/\//i.test(s)));
  return {
    url: webAddress(str([node.url].flat()[0])),
    sameAs,
    telephone: contact(node, 'telephone'),
    email: contact(node, 'email'),
  };
}

/** Every node of every JSON-LD block (also inside `@graph` and arrays); broken blocks skipped. */
export function* jsonLdNodes(doc: Document): Generator<Json> {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is skipped; other sources still answer
    }
    yield* nodes(data);
  }
}

/** The first JSON-LD node that is an organization. */
export function jsonLdOrganizationNode(doc: Document): Json | undefined {
  for (const node of jsonLdNodes(doc)) if (isOrganization(node)) return node;
  return undefined;
}

export function readJsonLdOrganization(doc: Document): JsonLdOrganization | undefined {
  const node = jsonLdOrganizationNode(doc);
  return node && organizationOf(node);
}
