/**
 * The one typed protocol between content scripts, the background worker and extension pages.
 * Content scripts send page reports with the bare runtime API (fire-and-forget, so they carry no
 * messaging library and no zod); extension pages ask the background through `messenger`.
 * The background re-parses every payload with the schemas in `facts-schema.ts`.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { CorrectableFact, CorrectionError, FactTimes } from './company/corrections';
import type { LinkClaim } from './company/link';
import type { Disagreement } from './company/merge';
import type { LinkedInPage } from './extract/linkedin-company/page';
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
  /** When each fact was last seen on a page and corrected by the user (epoch ms). */
  times?: FactTimes;
}

/**
 * Popup / side panel / dashboard → background: the user's correction of one fact of a company.
 * `tabId` is the popup's tab; the dashboard's company view has none (every tab showing the
 * company is re-scored, and the answer is the company's view).
 */
export interface CorrectionRequest {
  tabId?: number;
  companyId: string;
  field: CorrectableFact;
  /** As typed; `reset` ignores it. */
  text: string;
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
      /**
       * The website says it is this stored LinkedIn company, and the two are not joined: the
       * popup asks "same company?" (`LinkRequest`).
       */
      linkClaim?: LinkClaim;
    };

/**
 * Popup / side panel → background: the user's answer to "This site says it is <LinkedIn company>
 * — same company?". `same: true` joins the website company into the LinkedIn company; `false`
 * stops asking for this pair. `tabId` is the asking tab (its view is the answer).
 */
export interface LinkRequest {
  tabId: number;
  /** The website company (the tab's). */
  companyId: string;
  /** The claimed LinkedIn company (`LinkClaim.companyId`). */
  linkedinCompanyId: string;
  /** The claimed slug (`LinkClaim.slug`). */
  slug: string;
  same: boolean;
}

/** Content script → background: what the tab shows now. */
export type PageReport =
  /** This tab shows a company page and this is what it says. */
  | { kind: 'companyPageSeen'; extraction: Extraction }
  /**
   * This tab shows a LinkedIn company page; its structure, for the background to interpret.
   * `again`: sent because the popup asked (`REPORT_AGAIN`), so handled even if it repeats the
   * tab's last report.
   */
  | { kind: 'linkedinPageSeen'; page: LinkedInPage; again?: true }
  /** This tab left company pages, or is still loading one. */
  | { kind: 'companyPageLeft'; url: string; loading: boolean };

const PAGE_REPORT = 'icp-lens/page-report';

/**
 * `storage.session` key set by the copy-opening-line shortcut to the tab id: the popup that opens
 * next copies that tab's opening line (the worker has no clipboard) and clears it.
 */
export const COPY_OPENING_KEY = 'copy-opening-line';

export function sendPageReport(report: PageReport): Promise<unknown> {
  return browser.runtime.sendMessage({ channel: PAGE_REPORT, report });
}

/** Whether this script's extension is still there (not updated, reloaded or removed under it). */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false; // Firefox: objects of a removed add-on are "dead" and throw when touched.
  }
}

/** The background's answer once it has handled a page report: the report was delivered. */
export const PAGE_REPORT_ACK = { channel: PAGE_REPORT, ack: true } as const;

const isAck = (response: unknown) =>
  typeof response === 'object' &&
  response !== null &&
  (response as { channel?: unknown }).channel === PAGE_REPORT &&
  (response as { ack?: unknown }).ack === true;

/**
 * Sends a page report until the background confirms it handled it (`PAGE_REPORT_ACK`): a worker
 * stopped between the report and its handling (the port closes, or no answer comes) is tried
 * again after 250 ms, 1 s and 3 s. Resolves true once confirmed, false when every try failed;
 * never rejects. The caller counts a report as sent only on true.
 */
export async function deliverPageReport(
  report: PageReport,
  delaysMs: readonly number[] = [250, 1000, 3000],
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (isAck(await sendPageReport(report))) return true;
    } catch {
      // The worker was stopped or restarted: try again below.
    }
    const delay = delaysMs[attempt];
    if (delay === undefined || !extensionAlive()) return false;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Popup → content script: the tab has been loading too long; read the page and report again. */
export const REPORT_AGAIN = { channel: PAGE_REPORT, reportAgain: true } as const;

/** Whether a message to a content script asks it to report its page again. */
export function isReportAgain(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { channel?: unknown }).channel === PAGE_REPORT &&
    (message as { reportAgain?: unknown }).reportAgain === true
  );
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
  /** Popup / side panel → background: store a correction, re-score, say what to show now. */
  correctFact(
    request: CorrectionRequest,
  ): { ok: true; view: TabView } | { ok: false; error: CorrectionError };
  /** Popup / side panel → background: forget the user's correction of one fact. */
  resetFact(request: CorrectionRequest): TabView;
  /** Popup / side panel → background: answer "same company?"; says what to show now. */
  answerLink(request: LinkRequest): TabView;
  /**
   * Popup → background, when the tab's content script does not answer (an orphan left by an
   * update, or never injected): inject it again. True when it was injected.
   */
  reinjectTab(tabId: number): boolean;
}

/** Pure, so bundles that only send page reports (the content script) drop it. */
export const messenger = /* @__PURE__ */ defineExtensionMessaging<ProtocolMap>();
