/** The About rows (logged-in About tab and public page) and the description beside them. */
import type { CompanyFacts, FactSource } from '../../facts';
import { parseEmployeeRange } from '../../normalize/employees';
import { asciiDigits, parseLocalizedNumber } from '../../normalize/number';
import { clean } from '../dom';
import { hasDigit, industryOf, put, websiteOf } from './interpret-facts';
import type { CollectedRow, CollectedSection, LinkedInPage } from './page';
import { type AboutField, aboutField, isMembers, linkedInCompanyType, moduleKind } from './words';

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

export interface Row extends CollectedRow {
  field: AboutField;
  index: number;
}

/**
 * The About rows whose label (in any UI language) or public id names a field; the logged-in About
 * tab's before the public page's (it is more trusted).
 */
export function aboutRows(rows: readonly CollectedRow[]): Row[] {
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

export function readRow(facts: CompanyFacts, row: Row): void {
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

const isFunding = (s: CollectedSection) => s.fundingBox || moduleKind(s.heading) === 'funding';
const longest = (texts: string[]) => texts.sort((a, b) => b.length - a.length)[0];

/**
 * The description: the public page's `about-us__description`; else the longest paragraph of the
 * section that holds the About rows; else the Overview tab's About module (by its heading in any
 * language, or LinkedIn's `org-about` class) — never the funding card's paragraph.
 */
export function readDescription(facts: CompanyFacts, page: LinkedInPage, rows: Row[]): void {
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
export function readFunding(facts: CompanyFacts, page: LinkedInPage): void {
  const card = page.sections.find((s) => !s.fundingBox && moduleKind(s.heading) === 'funding');
  const funding = page.funding ?? (card && { text: card.text, date: card.date });
  const date = funding?.date;
  put(facts, 'funding', funding && (date ? { date } : {}), 'linkedin-public', funding?.text);
}
