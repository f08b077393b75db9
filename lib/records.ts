import type { Disagreement } from './company/merge';
import type { Icp } from './criteria/schema';
import type { CompanyFacts } from './facts';
import type { TierKind } from './scoring/types';

// The shapes of the rows the extension stores, with no Dexie: pure code (lib/lists, lib/crm)
// works on them below lib/db, which re-exports them from lib/db/schema next to the tables.

export interface IcpRecord {
  id: string;
  icp: Icp;
  builtIn: boolean;
  createdAt: number;
  updatedAt: number;
  /** When the ICP is due for review (epoch ms): 6 months after its last change by default. */
  reviewBy?: number;
}

/** One saved state of an ICP, kept forever; restoring one saves it as a new version. */
export interface IcpVersionRecord {
  id?: number;
  icpId: string;
  at: number;
  /** One line: what changed ("Company size: 201–500 credit 1 → 0.5"). */
  note: string;
  icp: Icp;
}

export interface CompanyRecord {
  /** "li:<slug>", "domain:<domain>" or "url:<url>" — see lib/company/identity.ts. */
  id: string;
  name?: string;
  linkedinSlug?: string;
  domain?: string;
  /** "li:<slug>" and "domain:<domain>": what later pages of this company are matched by. */
  keys: string[];
  /** Facts merged over every observation, most trusted source per field. */
  facts: CompanyFacts;
  /** Where another page said something else (e.g. the website's employee count). */
  disagreements?: Disagreement[];
  /** The page it was last seen on. */
  url: string;
  firstSeen: number;
  lastSeen: number;
  /**
   * Extractor ids of the pages and files that saw it ("linkedin-company", "website",
   * "account-file"), sorted and unique; the user's corrections are not a source. Kept by
   * `recordObservation` and imports; absent only on a record no version-6 code has written.
   */
  sources?: string[];
}

/** One page visit: what one extractor read, with the URL and the time. Kept forever. */
export interface ObservationRecord {
  id?: number;
  companyId: string;
  url: string;
  extractor: string;
  at: number;
  facts: CompanyFacts;
}

/** The latest score of a company against an ICP. */
export interface ScoreRecord {
  icpId: string;
  companyId: string;
  tier: string;
  tierKind: TierKind;
  score: number;
  confidence: number;
  at: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A named target list (v4). */
export interface ListRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

/** Outreach status of a company in a list, editable in place. */
export const MEMBER_STATUSES = ['new', 'contacted', 'replied', 'not-now'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A company in a list (v4): one per list and company; a company can be in several lists. */
export interface ListMemberRecord {
  listId: string;
  companyId: string;
  addedAt: number;
  note: string;
  status: MemberStatus;
  /** The import batch that added it, when it came from an account file. */
  batchId?: string;
  /** Record ids of the CRM the row came from ("Record ID", "Account ID"), kept for re-import. */
  crmIds?: { hubspot?: string; salesforce?: string };
}

/** One row of the user's CRM snapshot (v4): what "Already in your CRM" matches against. */
export interface CrmRecord {
  id?: number;
  name: string;
  /** "domain:<domain>", "li:<slug>", "name:<normalised name>". */
  keys: string[];
  owner?: string;
  stage?: string;
  /** As written in the export (dates differ between CRMs). */
  lastActivity?: string;
  recordId?: string;
  crm: 'hubspot' | 'salesforce' | 'csv';
}

/** One account-file import (v4): written whole at the end, or not at all. */
export interface ImportBatchRecord {
  id: string;
  listId: string;
  fileName: string;
  at: number;
  rows: number;
  imported: number;
}
