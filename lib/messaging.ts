/**
 * The one typed protocol between content scripts, the background worker and extension pages.
 * Only type imports here: the content script bundles this file and must stay free of zod.
 * The background re-parses every payload with the schemas in `facts-schema.ts`.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompanyFacts, Extraction } from './facts';
import type { ScoreResult } from './scoring/types';
import type { Pitch } from './talking-points/types';

export interface IcpScore {
  icpId: string;
  icpName: string;
  active: boolean;
  result: ScoreResult;
}

export interface CompanyView {
  id: string;
  name?: string;
  facts: CompanyFacts;
  url: string;
  lastSeen: number;
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

export interface ProtocolMap {
  /** Content script → background: this tab shows a company page and this is what it says. */
  companyPageSeen(extraction: Extraction): void;
  /** Content script → background: this tab left company pages (or is still loading one). */
  companyPageLeft(state: { url: string; loading: boolean }): void;
  /** Popup → background: what to show for this tab. */
  getTabView(tabId: number): TabView;
  /** Extension pages → background: ICPs were added, removed or activated; refresh badges. */
  icpsChanged(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
