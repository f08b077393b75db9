import Dexie, { type EntityTable } from 'dexie';
import type { Disagreement } from '../company/merge';
import { keysOf, lookupKeys } from '../company/resolve';
import type { CompanyFacts } from '../facts';
import { type Icp, REVIEW_MONTHS } from '../icp/schema';
import type { TierKind } from '../scoring/types';
import { migrateStoredUrlsV5 } from './migrations/v5-stored-urls';

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

export const DB_NAME = 'icp-lens';

/** The ICP playbooks: review an ICP every 6–12 months; we remind after 6. */
export function reviewDateAfter(changedAt: number): number {
  const date = new Date(changedAt);
  date.setMonth(date.getMonth() + REVIEW_MONTHS);
  return date.getTime();
}

export class IcpLensDb extends Dexie {
  icps!: EntityTable<IcpRecord, 'id'>;
  companies!: EntityTable<CompanyRecord, 'id'>;
  observations!: EntityTable<ObservationRecord, 'id'>;
  scores!: Dexie.Table<ScoreRecord, [string, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  icpVersions!: EntityTable<IcpVersionRecord, 'id'>;
  lists!: EntityTable<ListRecord, 'id'>;
  listMembers!: Dexie.Table<ListMemberRecord, [string, string]>;
  crmRecords!: EntityTable<CrmRecord, 'id'>;
  importBatches!: EntityTable<ImportBatchRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Keep every version declaration; add `.upgrade()` only when data has to move.
    this.version(1).stores({
      icps: '&id, icp.name',
      companies: '&id, name, linkedinSlug, domain, lastSeen',
      observations: '++id, companyId, at',
      scores: '[icpId+companyId], icpId, companyId, tier, score',
      settings: '&key',
    });
    // v2 (company websites): companies are found by any of their keys, LinkedIn slug or domain.
    this.version(2)
      .stores({ companies: '&id, name, linkedinSlug, domain, lastSeen, *keys' })
      .upgrade((tx) =>
        tx
          .table<CompanyRecord, string>('companies')
          .toCollection()
          .modify((company) => {
            company.keys = lookupKeys(keysOf(company.facts ?? {}));
          }),
      );
    // v3 (ICP workspace): every save of an ICP is a version; ICPs have a review date.
    this.version(3)
      .stores({ icpVersions: '++id, icpId, at' })
      .upgrade(async (tx) => {
        const icps = await tx.table<IcpRecord, string>('icps').toArray();
        await tx.table<IcpVersionRecord, number>('icpVersions').bulkAdd(
          icps.map((r) => ({
            icpId: r.id,
            at: r.updatedAt,
            note: 'As it was before versions',
            icp: r.icp,
          })),
        );
        await tx
          .table<IcpRecord, string>('icps')
          .toCollection()
          .modify((r) => {
            r.reviewBy ??= reviewDateAfter(r.updatedAt);
          });
      });
    // v4 (target lists): lists, their companies, the CRM snapshot, account-file imports; companies
    // indexed by first sighting for the fit-over-time chart (read as keys, not whole records).
    this.version(4).stores({
      companies: '&id, name, linkedinSlug, domain, lastSeen, *keys, firstSeen',
      lists: '&id, name, updatedAt',
      listMembers: '[listId+companyId], listId, companyId, addedAt, batchId',
      crmRecords: '++id, *keys',
      importBatches: '&id, listId, at',
    });
    // v5 (stored URLs): URLs lose query and fragment (reset tokens, session ids).
    this.version(5).upgrade(migrateStoredUrlsV5);
  }
}

let shared: IcpLensDb | undefined;

/** The database of this extension context (background worker or an extension page). */
export function getDb(): IcpLensDb {
  shared ??= new IcpLensDb();
  return shared;
}
