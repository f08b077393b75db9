/**
 * The one typed protocol between content scripts, the background worker and extension pages.
 * Content scripts send page reports with the bare runtime API (fire-and-forget, so they carry no
 * messaging library and no zod); extension pages ask the background through `messenger`.
 * The background re-parses every payload with the schemas in `facts-schema.ts`.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { Disagreement } from './company/merge';
import type { CompanyFacts, Extraction } from './facts';
import type { ScoreResult } from './scoring/types';
import type { Pitch } from './talking-points/types';

export interface IcpScore {
  icpId: string;
  icpName: string;
  active: boolean;
  /** The ICP is past its review date (the popup shows a dot). */
  reviewOverdue?: boolean;
  result: ScoreResult;
}

export interface CompanyView {
  id: string;
  name?: string;
  facts: CompanyFacts;
  url: string;
  lastSeen: number;
  /** Where another source said something else (e.g. the website's employee count). */
  disagreements?: Disagreement[];
}

/** What the popup shows for a tab. */
export type TabView =
  | { kind: 'not-company' }
  | { kind: 'loading'; url: string }
  | { kind: 'empty'; url: string; extraction: Extraction }
  | {
      kind: 'ready';
      company: CompanyView;
      /** One per stored ICP, the active one first; empty when the user has no ICP yet. */
      scores: IcpScore[];
      /** Talking points for the active ICP. */
      pitch: Pitch | null;
      /** Set when the company could not be saved (e.g. storage quota): shown, but not kept. */
      storageError?: string;
    };

/** Content script → background: what the tab shows now. */
export type PageReport =
  /** This tab shows a company page and this is what it says. */
  | { kind: 'companyPageSeen'; extraction: Extraction }
  /** This tab left company pages, or is still loading one. */
  | { kind: 'companyPageLeft'; url: string; loading: boolean };

const PAGE_REPORT = 'icp-lens/page-report';

export function sendPageReport(report: PageReport): Promise<unknown> {
  return browser.runtime.sendMessage({ channel: PAGE_REPORT, report });
}

/**
 * The report inside a runtime message, or undefined for any other message. Only the envelope is
 * checked here; the background validates the payload.
 */
export function pageReportOf(message: unknown): Record<string, unknown> | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { channel, report } = message as { channel?: unknown; report?: unknown };
  return channel === PAGE_REPORT && typeof report === 'object' && report !== null
    ? (report as Record<string, unknown>)
    : undefined;
}

/** A list as the popup's "Save to list" shows it. */
export interface ListChoice {
  id: string;
  name: string;
  size: number;
}

/** What "Save to list" and "In your CRM" show for one company. */
export interface CompanyLists {
  /** Every list, most recently changed first. */
  lists: ListChoice[];
  /** Ids of the lists the company is in. */
  memberOf: string[];
  /** The list the user saved to last (the default choice). */
  lastListId?: string;
  /** The company's row in the user's CRM snapshot, if any. */
  crm?: {
    name: string;
    owner?: string;
    stage?: string;
    lastActivity?: string;
    /** `name-only`: only the normalised name agrees (less certain). */
    certainty: 'sure' | 'name-only';
  };
}

/** Popup → background: save to a list by id, or to a list by name (created when new). */
export type SaveToListRequest =
  | { companyId: string; listId: string }
  | { companyId: string; newListName: string };

/** Extension pages → background. */
export interface ProtocolMap {
  /** Popup / side panel → background: the lists and CRM row of a stored company. */
  getCompanyLists(companyId: string): CompanyLists;
  /** Popup → background: saves the company to a list; answers with the lists after it. */
  saveToList(request: SaveToListRequest): CompanyLists;
  /** Popup → background: removes the company from a list; answers with the lists after it. */
  removeFromList(request: { companyId: string; listId: string }): CompanyLists;
  /** Popup → background: what to show for this tab. */
  getTabView(tabId: number): TabView;
  /**
   * Popup → background, when the user clicked the icon on a page that is not a LinkedIn company:
   * read the page now (the click grants `activeTab`) and say what to show.
   */
  analyzeTab(tabId: number): TabView;
  /** Extension pages → background: ICPs were added, removed or activated; refresh badges. */
  icpsChanged(): void;
}

/** Pure, so bundles that only send page reports (the content script) drop it. */
export const messenger = /* @__PURE__ */ defineExtensionMessaging<ProtocolMap>();
