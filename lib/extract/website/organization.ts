/**
 * The site's own organization in its JSON-LD, wherever it hides: at the top, in `@graph`, behind
 * an `@id` reference, or nested as a page's `publisher` or `author`, a WebSite's `publisher`, an
 * organization's `brand`; of any Organization subtype (`Corporation`, `NewsMediaOrganization`,
 * `LocalBusiness` and its subtypes such as `Dentist` or `HardwareStore`, `OnlineStore`…).
 * Vocabulary: https://schema.org/Organization (subtypes listed on that page).
 */
import { clean } from '../dom';
import { type Json, jsonLdNodes } from '../json-ld';

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Organization and its subtypes: named ones and the LocalBusiness families by their ending. */
const ORGANIZATION =
  /^(?:Organization|Corporation|NGO|Consortium|Airline|Cooperative|OnlineBusiness|OnlineStore|NewsMediaOrganization|LocalBusiness|EducationalOrganization|MedicalOrganization|GovernmentOrganization|SportsOrganization|ResearchOrganization|PerformingGroup|WorkersUnion|LibrarySystem|FundingScheme|Project|[A-Z]\w*(?:Store|Business|Service|Agency|Agent|Establishment|Station|Office|Center|Centre|Dealer|Shop|Restaurant|Hotel|Clinic|Contractor|Organization|Attorney|Dentist|Physician|Bakery|Winery|Brewery|Pharmacy|Notary|Electrician|Plumber|Locksmith))$/;

/** Where an organization sits, and how surely it is the site's own (higher is surer). */
const ROLE_TRUST: Readonly<Record<string, number>> = {
  top: 6,
  publisher: 5,
  copyrightHolder: 4,
  provider: 4,
  author: 3,
  creator: 3,
  seller: 3,
  brand: 2,
  manufacturer: 1,
  parentOrganization: 0,
  subOrganization: 0,
  memberOf: 0,
};

export const isOrganizationType = (node: Json): boolean =>
  [node['@type']]
    .flat()
    .some((t) => typeof t === 'string' && ORGANIZATION.test(t.replace(/^.*[/#]/, '')));

interface Candidate {
  node: Json;
  trust: number;
  order: number;
}

/** Every organization node, resolved through `@id`, with the trust its place gives it. */
export function organizationCandidates(doc: Document, page: URL): Candidate[] {
  const roots = [...jsonLdNodes(doc)].slice(0, 300);
  const byId = new Map<string, Json>();
  for (const node of roots) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (v: Json): Json => {
    const id = v['@id'];
    const target = typeof id === 'string' ? byId.get(id) : undefined;
    return target && target !== v ? { ...target, ...v } : v;
  };
  const found = new Map<Json, Candidate>();
  let order = 0;
  const visit = (value: unknown, role: string, depth: number) => {
    if (depth > 5) return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 50)) visit(v, role, depth);
      return;
    }
    if (!isObject(value)) return;
    const node = resolve(value);
    const base = byId.get(String(node['@id'])) ?? value;
    if (isOrganizationType(node)) {
      const own = sameSite(node, page) ? 3 : 0;
      const trust = (ROLE_TRUST[role] ?? 1) + own;
      const before = found.get(base);
      if (!before || before.trust < trust) found.set(base, { node, trust, order: order++ });
    }
    for (const [key, child] of Object.entries(node).slice(0, 100))
      if (key in ROLE_TRUST || key === 'mainEntity' || key === 'about' || key === 'isPartOf')
        visit(child, key in ROLE_TRUST ? key : role, depth + 1);
  };
  for (const node of roots) visit(node, 'top', 0);
  return [...found.values()].sort((a, b) => b.trust - a.trust || a.order - b.order);
}

/** Whether the node's `url` or `@id` is on the page's site. */
function sameSite(node: Json, page: URL): boolean {
  const host = page.hostname.replace(/^www\./, '');
  return [node.url, node['@id']].flat().some((v) => {
    if (typeof v !== 'string') return false;
    try {
      return new URL(v, page).hostname.replace(/^www\./, '') === host;
    } catch {
      return false;
    }
  });
}

/** Every JSON-LD object, nested ones too (depth 6, at most 2,000), tops first. */
export function* deepNodes(doc: Document): Generator<Json> {
  let budget = 2000;
  const walk = function* (value: unknown, depth: number): Generator<Json> {
    if (depth > 6 || budget <= 0) return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 50)) yield* walk(v, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    budget--;
    yield value;
    for (const child of Object.values(value).slice(0, 100))
      if (typeof child === 'object' && child !== null) yield* walk(child, depth + 1);
  };
  for (const node of jsonLdNodes(doc)) yield* walk(node, 0);
}

/** The site's own organization: the surest candidate, or undefined. */
export function ownOrganization(doc: Document, page: URL): Json | undefined {
  return organizationCandidates(doc, page)[0]?.node;
}

/** A legal form at the end ("Acme Inc.", "Nordwind GmbH", "Foo Co., Ltd.") or start ("PT", "Công ty"), or a CJK form anywhere. */
const LEGAL_FORM =
  /[\s,]+(?:inc|incorporated|corp|corporation|llc|l\.l\.c|ltd|limited|plc|llp|gmbh|ag|kg|ohg|ug|se|sa|s\.a|sas|sarl|s\.r\.l|srl|spa|s\.p\.a|bv|b\.v|nv|n\.v|ab|as|a\/s|asa|oy|oyj|aps|kk|pte|pty|pvt|sdn bhd|bhd|tbk|jsc|gk|co\.?,?\s*ltd|pvt\.?\s*ltd|pte\.?\s*ltd|pty\.?\s*ltd)\.?\)?$|^(?:pt|cv|công ty|cty|tổng công ty|شرکت|株式会社|有限会社|合同会社)\s|有限公司|有限责任公司|有限責任公司|股份有限公司|株式会社|trách nhiệm hữu hạn|cổ phần|tnhh|\(سهامی/iu;

/** Whether a name carries a legal form: "Acme Inc.", "Nordwind GmbH", "Công ty Cổ phần …", "…有限公司". */
export function isLegalName(name: string): boolean {
  return LEGAL_FORM.test(name);
}

/**
 * `numberOfEmployees` as numbers: a number, a QuantitativeValue (`value`, `minValue`,
 * `maxValue`), or text such as "51-200", "25+", "about 300", "1.200", "10,001+". Returns
 * undefined for anything else.
 */
export function employeesOf(
  value: unknown,
): { min: number; max?: number; text: string } | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'number' && Number.isInteger(v) && v > 0)
    return { min: v, max: v, text: String(v) };
  if (isObject(v)) {
    const exact = employeesOf(v.value);
    if (exact) return exact;
    const min = employeesOf(v.minValue)?.min;
    const max = employeesOf(v.maxValue)?.min;
    if (min === undefined) return undefined;
    if (max !== undefined && max < min) return undefined;
    return {
      min,
      ...(max !== undefined && { max }),
      text: max === undefined ? `${min}+` : `${min}-${max}`,
    };
  }
  if (typeof v !== 'string') return undefined;
  const text = clean(v, 60);
  const n = (s: string) => Number(s.replace(/[.,\s](?=\d{3}(?!\d))/g, ''));
  const m =
    /^(?:about|approx\.?|approximately|around|over|more than|~|ca\.?|circa|khoảng|约|大约|حدود|sekitar|etwa|environ)?\s*(\d{1,3}(?:[.,\s]\d{3})*|\d+)\s*(?:(\+)|\s*[-–—~to]+\s*(\d{1,3}(?:[.,\s]\d{3})*|\d+))?\s*(?:employees|staff|people|mitarbeiter|nhân viên|人|名|نفر|karyawan)?$/iu.exec(
      text,
    );
  if (!m?.[1]) return undefined;
  const min = n(m[1]);
  const max = m[3] ? n(m[3]) : undefined;
  if (!Number.isFinite(min) || min <= 0 || (max !== undefined && max < min)) return undefined;
  if (m[2] || /^(over|more than)/i.test(text)) return { min, text };
  return { min, max: max ?? min, text };
}

/** The year of `foundingDate`: "2012", "2012-03-15", "2012-03-15T00:00:00Z", "15/03/2012", "March 2012". */
export function foundingYearOf(value: unknown): number | undefined {
  const v = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const m = /(?:^|\D)(1[5-9]\d\d|20\d\d)(?!\d)/.exec(clean(v, 60));
  const year = Number(m?.[1]);
  return year && year <= new Date().getFullYear() + 1 ? year : undefined;
}
