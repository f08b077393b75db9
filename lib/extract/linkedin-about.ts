import type { FactSource } from '../facts';
import { textOf } from './dom';
import { type AboutField, aboutField, MEMBERS } from './linkedin-labels';

export interface AboutRow {
  field: AboutField;
  /** Texts of the `dd`s under the label, in order. */
  values: string[];
  /** The first link's href in the first `dd` (websites). */
  href?: string;
  source: FactSource;
}

/**
 * The About definition lists: every `dt` whose label (in any UI language) names a field, with the
 * `dd`s that follow it. Rows inside the public page's `data-test-id="about-us__…"` containers are
 * credited to the public page, others to the logged-in About tab.
 */
export function readAboutRows(doc: Document): AboutRow[] {
  const rows: AboutRow[] = [];
  for (const dt of Array.from(doc.querySelectorAll('dt'))) {
    const field = aboutField(textOf(dt));
    if (!field) continue;
    const dds: Element[] = [];
    for (let el = dt.nextElementSibling; el && el.tagName === 'DD'; el = el.nextElementSibling) dds.push(el);
    if (dds.length === 0) continue;
    const link = dds[0]?.querySelector('a[href]');
    rows.push({
      field,
      values: dds.map(textOf).filter(Boolean),
      href: link?.getAttribute('href') ?? undefined,
      source: dt.closest('[data-test-id^="about-us__"]') ? 'linkedin-public' : 'linkedin-about',
    });
  }
  // Public pages without dt labels: fall back to the data-test-id of the row.
  for (const row of Array.from(doc.querySelectorAll('[data-test-id^="about-us__"]'))) {
    const id = row.getAttribute('data-test-id')?.slice('about-us__'.length);
    const field = PUBLIC_IDS[id ?? ''];
    if (!field || rows.some((r) => r.field === field)) continue;
    const dd = row.querySelector('dd') ?? row;
    rows.push({
      field,
      values: [textOf(dd)].filter(Boolean),
      href: dd.querySelector('a[href]')?.getAttribute('href') ?? undefined,
      source: 'linkedin-public',
    });
  }
  return rows;
}

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

/** The "12,345 associated members" line under Company size, when present. */
export function membersLine(row: AboutRow): string | undefined {
  return row.values.slice(1).find((v) => MEMBERS.test(v));
}
