import { z } from 'zod';
import type { Extraction } from '../../facts';
import { linkedInSlug } from '../linkedin-url';
import { interpretLinkedInPage } from './interpret';
import type { LinkedInPage } from './page';

const text = (max: number) => z.string().max(max);

/**
 * The collected structure of a LinkedIn page as the background accepts it from a content script:
 * every list and text capped as the collector caps it (`collectLinkedInPage`), so a page cannot
 * make the worker parse or store more than that.
 */
export const linkedInPageSchema = z.object({
  url: z.string().url().max(4000),
  lang: text(40).optional(),
  title: text(500).optional(),
  meta: z.record(text(40), text(2000)),
  canonical: text(2000).optional(),
  jsonLd: z.array(text(100_000)).max(5),
  top: z
    .object({
      name: text(500),
      headline: z.object({ text: text(2000), tag: text(20), className: text(200) }).optional(),
      items: z.array(z.object({ text: text(120), control: z.boolean() })).max(40),
      links: z.array(text(2000)).max(10),
    })
    .optional(),
  rows: z
    .array(
      z.object({
        label: text(60),
        values: z.array(text(20_000)).max(3),
        href: text(2000).optional(),
        lines: z.array(text(200)).max(20),
        publicId: text(50).optional(),
        section: z.number().int().min(-1).max(100),
      }),
    )
    .max(80),
  sections: z
    .array(
      z.object({
        heading: text(80),
        paragraphs: z
          .array(z.object({ text: text(20_000), row: z.number().int().min(0).optional() }))
          .max(20),
        aboutClass: z.boolean(),
        fundingBox: z.boolean(),
        text: text(300),
        date: text(10).optional(),
      }),
    )
    .max(40),
  publicDescription: text(20_000).optional(),
  links: z.array(z.object({ text: text(80), href: text(2000) })).max(150),
  funding: z.object({ text: text(300), date: text(10).optional() }).optional(),
}) satisfies z.ZodType<LinkedInPage>;

/**
 * A content script's LinkedIn page report → the extraction it stands for, or `undefined` when
 * the payload is malformed or its URL is not a LinkedIn company page (nothing is then stored).
 */
export function extractionFromLinkedInPage(payload: unknown): Extraction | undefined {
  const parsed = linkedInPageSchema.safeParse(payload);
  if (!parsed.success || !linkedInSlug(new URL(parsed.data.url))) return undefined;
  return interpretLinkedInPage(parsed.data);
}

/**
 * Turns page reports into the reports the background handles, per tab: a `linkedinPageSeen`
 * report (the page's structure) becomes the `companyPageSeen` report of its interpretation;
 * others pass unchanged. A structure that interprets to the same extraction as the tab's last one
 * (LinkedIn re-rendering a part that says nothing new, a feed loading more posts) gives
 * `undefined`: nothing to store again. Leaving the company page forgets the tab's last one.
 * A report marked `again` (the popup found the tab stuck "loading" and asked the page to report
 * again) is always handled: the tab's stored view no longer shows its last report, so skipping it
 * would leave the tab loading.
 */
export interface ReportInterpreter {
  (
    report: Record<string, unknown> | undefined,
    tabId: number | undefined,
  ): Record<string, unknown> | undefined;
  /** Forgets the tab's last extraction (the tab loads a new document, or closed). */
  forget(tabId: number): void;
}

export function createReportInterpreter(): ReportInterpreter {
  const last = new Map<number, string>();
  const interpret = (report: Record<string, unknown> | undefined, tabId: number | undefined) => {
    if (report?.kind !== 'linkedinPageSeen') {
      if (report?.kind === 'companyPageLeft' && tabId !== undefined) last.delete(tabId);
      return report;
    }
    const extraction = extractionFromLinkedInPage(report.page);
    const key = JSON.stringify(extraction ?? null);
    if (tabId !== undefined && extraction) {
      if (last.get(tabId) === key && report.again !== true) return undefined;
      if (last.size > 1000) last.clear();
      last.set(tabId, key);
    }
    return { kind: 'companyPageSeen', extraction };
  };
  return Object.assign(interpret, { forget: (tabId: number) => void last.delete(tabId) });
}
