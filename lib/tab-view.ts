import { z } from 'zod';
import type { FactTimes } from './company/corrections';
import { companyIdFor } from './company/identity';
import type { LinkClaim } from './company/link';
import type { StoredIcp } from './db/icps';
import { evaluateCompany } from './evaluate';
import { extractionSchema } from './facts-schema';
import type { TabView } from './messaging';
import type { CompanyRecord } from './records';

/**
 * What each tab shows, as the background keeps it in `storage.session` (the MV3 worker may be
 * stopped at any moment, so nothing about a tab may live only in memory).
 */
export const tabStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('loading'), url: z.string() }),
  z.object({ kind: z.literal('company'), url: z.string(), companyId: z.string() }),
  z.object({ kind: z.literal('empty'), url: z.string(), extraction: extractionSchema }),
  // Read but not stored (IndexedDB refused the write, e.g. quota exceeded).
  z.object({
    kind: z.literal('unsaved'),
    url: z.string(),
    extraction: extractionSchema,
    error: z.string(),
  }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

/** A stored company with what is read beside it to show it. */
export interface StoredCompanyReads {
  company: CompanyRecord;
  /** When each fact was last seen or corrected (epoch ms); `{}` when unread. */
  times: FactTimes;
  /** The pending "same company?" question for it, if any. */
  linkClaim?: LinkClaim;
}

export type ReadyView = Extract<TabView, { kind: 'ready' }>;

/**
 * What to show for a stored company, scored against `icps` (active first; an ICP with
 * `staleFactsUnknown` sees facts older than its review period as unknown, judged at `now`, epoch
 * ms); `url` is the page showing it (the stored one when absent, e.g. from the dashboard).
 */
export function storedCompanyView(
  { company, times, linkClaim }: StoredCompanyReads,
  icps: readonly StoredIcp[],
  now: number,
  url?: string,
): ReadyView {
  return {
    kind: 'ready',
    company: {
      id: company.id,
      name: company.name,
      facts: company.facts,
      url: url ?? company.url,
      lastSeen: company.lastSeen,
      ...(company.disagreements?.length && { disagreements: company.disagreements }),
      times,
    },
    ...evaluateCompany(icps, company.facts, now, times),
    ...(linkClaim && { linkClaim }),
  };
}

/**
 * What the popup and side panel show for a tab, from what was read for it: its state (undefined:
 * not a company page), the stored ICPs, and for a `company` state the stored company (undefined
 * when it is not stored, e.g. removed since: shown as loading until the next report). A company
 * that could not be saved is scored from the page's facts, as of `now` (epoch ms), with no stale
 * facts and the storage error to show. Pure: no reads, no clock.
 */
export function tabViewOf(
  state: TabState | undefined,
  reads: { icps: readonly StoredIcp[]; stored?: StoredCompanyReads; now: number },
): TabView {
  if (!state) return { kind: 'not-company' };
  switch (state.kind) {
    case 'loading':
      return { kind: 'loading', url: state.url };
    case 'empty':
      return { kind: 'empty', url: state.url, extraction: state.extraction };
    case 'unsaved': {
      const { facts } = state.extraction;
      const company = {
        id: companyIdFor(facts, state.url),
        name: facts.name?.value,
        facts,
        url: state.url,
        lastSeen: reads.now,
      };
      return {
        kind: 'ready',
        company,
        ...evaluateCompany(reads.icps, facts, reads.now),
        storageError: state.error,
      };
    }
    case 'company':
      return reads.stored
        ? storedCompanyView(reads.stored, reads.icps, reads.now, state.url)
        : { kind: 'loading', url: state.url };
  }
}

/** Whether `tabViewOf` needs the ICPs (and, for `company`, the stored company) for this state. */
export const needsIcps = (state: TabState | undefined): boolean =>
  state?.kind === 'unsaved' || state?.kind === 'company';
