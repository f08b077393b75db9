/** JSON-LD `Organization` (also inside `@graph` and arrays) as plain values. */

export interface JsonLdOrganization {
  name?: string;
  description?: string;
  slogan?: string;
  url?: string;
  sameAs: string[];
  employees?: { min: number; max?: number; text: string };
  foundingYear?: number;
  address?: { raw: string; city?: string; region?: string; country?: string };
}

type Json = Record<string, unknown>;
const ORGANIZATION = /^(Organization|Corporation|LocalBusiness|OnlineBusiness|NGO|EducationalOrganization)$/;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : isObject(v) && typeof v.name === 'string' ? v.name.trim() : undefined;

function* nodes(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* nodes(value['@graph']);
  }
}

function isOrganization(node: Json): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ORGANIZATION.test(t));
}

function employees(value: unknown): JsonLdOrganization['employees'] {
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : undefined);
  if (num(value) !== undefined) {
    const n = num(value) as number;
    return { min: n, max: n, text: String(n) };
  }
  if (!isObject(value)) return undefined;
  const exact = num(value.value);
  if (exact !== undefined) return { min: exact, max: exact, text: String(exact) };
  const min = num(value.minValue);
  const max = num(value.maxValue);
  if (min === undefined) return undefined;
  return { min, ...(max !== undefined && { max }), text: max === undefined ? `${min}+` : `${min}-${max}` };
}

function address(value: unknown): JsonLdOrganization['address'] {
  const a = Array.isArray(value) ? value[0] : value;
  if (typeof a === 'string') return a.trim() ? { raw: a.trim() } : undefined;
  if (!isObject(a)) return undefined;
  const city = str(a.addressLocality);
  const region = str(a.addressRegion);
  const country = str(a.addressCountry);
  const raw = [str(a.streetAddress), city, region, str(a.postalCode), country].filter(Boolean).join(', ');
  return raw ? { raw, city, region, country } : undefined;
}

export function readJsonLdOrganization(doc: Document): JsonLdOrganization | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is skipped; other sources still answer
    }
    for (const node of nodes(data)) {
      if (!isOrganization(node)) continue;
      const sameAs = (Array.isArray(node.sameAs) ? node.sameAs : [node.sameAs]).filter(
        (s): s is string => typeof s === 'string',
      );
      const founded = str(node.foundingDate)?.match(/\d{4}/)?.[0];
      return {
        name: str(node.name),
        description: str(node.description),
        slogan: str(node.slogan),
        url: str(node.url),
        sameAs,
        employees: employees(node.numberOfEmployees),
        foundingYear: founded ? Number(founded) : undefined,
        address: address(node.address),
      };
    }
  }
  return undefined;
}
