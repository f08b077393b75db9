import type { FactSource } from '../facts';
import { $$, textOf } from './dom';
import { type AboutField, aboutField } from './linkedin-labels';

export interface AboutRow {
  field: AboutField;
  /** Texts of the values under the label, in order (Company size may have a members line). */
  values: string[];
  /** The first link's href in the first value (websites). */
  href?: string;
  /** The values' elements, so the description finder can skip them. */
  elements: Element[];
  source: FactSource;
}

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

/** What follows a label: the `dd`s after a `dt`, or the siblings after a heading (until the next). */
function valuesAfter(label: Element): Element[] {
  const values: Element[] = [];
  const isDt = label.tagName === 'DT';
  for (let el = label.nextElementSibling; el && values.length < 3; el = el.nextElementSibling) {
    if (isDt ? el.tagName !== 'DD' : el.tagName === label.tagName) break;
    values.push(el);
  }
  return values;
}

function row(field: AboutField, values: Element[], source: FactSource): AboutRow | undefined {
  const texts = values.map((v) => textOf(v)).filter(Boolean);
  if (texts.length === 0) return undefined;
  const href = values[0]?.querySelector('a[href]')?.getAttribute('href') ?? undefined;
  return { field, values: texts, href, elements: values, source };
}

/**
 * The About definitions, found by their labels in any UI language: `dt`/`dd` lists, and headings
 * followed by their values (layouts without a `dl`). Rows inside the public page's
 * `data-test-id="about-us__…"` containers are credited to the public page, the others to the
 * logged-in About tab; a public row without a recognised label is read by its id.
 */
export function readAboutRows(doc: Document): AboutRow[] {
  const rows: AboutRow[] = [];
  for (const label of $$(doc, 'dt, h3, h4, [role="term"]')) {
    if (label.parentElement?.closest('dt') || label.closest('template')) continue;
    const field = aboutField(textOf(label, 60));
    const inPublicRow = label.closest('[data-test-id^="about-us__"]');
    const found =
      field && row(field, valuesAfter(label), inPublicRow ? 'linkedin-public' : 'linkedin-about');
    if (found) rows.push(found);
  }
  for (const container of $$(doc, '[data-test-id^="about-us__"]')) {
    const field = PUBLIC_IDS[container.getAttribute('data-test-id')?.slice(10) ?? ''];
    if (!field || rows.some((r) => r.field === field)) continue;
    const found = row(field, [container.querySelector('dd') ?? container], 'linkedin-public');
    if (found) rows.push(found);
  }
  // The logged-in About tab is more trusted than the public page.
  return rows.sort(
    (a, b) => Number(b.source === 'linkedin-about') - Number(a.source === 'linkedin-about'),
  );
}
