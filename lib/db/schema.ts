import Dexie, { type EntityTable } from 'dexie';
import type { Disagreement } from '../company/merge';
import { keysOf, lookupKeys } from '../company/resolve';
import type { CompanyFacts } from '../facts';
import type { Icp } from '../icp/schema';
import type { TierKind } from '../scoring/types';

export interface IcpRecord {
  id: string;
  icp: Icp;
  builtIn: boolean;
  createdAt: number;
  updatedAt: number;
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

export const DB_NAME = 'icp-lens';

export class IcpLensDb extends Dexie {
  icps!: EntityTable<IcpRecord, 'id'>;
  companies!: EntityTable<CompanyRecord, 'id'>;
  observations!: EntityTable<ObservationRecord, 'id'>;
  scores!: Dexie.Table<ScoreRecord, [string, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;

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
  }
}

let shared: IcpLensDb | undefined;

/** The database of this extension context (background worker or an extension page). */
export function getDb(): IcpLensDb {
  shared ??= new IcpLensDb();
  return shared;
}
