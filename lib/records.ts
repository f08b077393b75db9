import { z } from 'zod';
import type { Disagreement } from './company/merge';
import { icpSchema } from './criteria/schema';
import { companyFactsSchema } from './facts-schema';
import { TIER_KINDS } from './scoring/types';

// The shapes of the rows the extension stores, with no Dexie: pure code (lib/lists, lib/crm)
// works on them below lib/db, which re-exports them from lib/db/schema next to the tables. Each
// type is inferred from its zod shape; lib/db/records-schema.ts checks stored data against the
// same shapes (loose: a field a later version adds survives a round trip). The content script
// may `import type` these without bundling zod.

const id = z.string().min(1).max(4000);
const time = z.number().finite();
const text = (max: number) => z.string().max(max);
/** An auto-incremented key: absent until the row is added. */
const autoId = z.number().int().nonnegative().optional();

export const icpRecordShape = z.object({
  id,
  icp: icpSchema,
  builtIn: z.boolean(),
  createdAt: time,
  updatedAt: time,
  /** When the ICP is due for review (epoch ms): 6 months after its last change by default. */
  reviewBy: time.optional(),
});
export type IcpRecord = z.infer<typeof icpRecordShape>;

/** One saved state of an ICP, kept forever; restoring one saves it as a new version. */
export const icpVersionRecordShape = z.object({
  id: autoId,
  icpId: id,
  at: time,
  /** One line: what changed ("Company size: 201–500 credit 1 → 0.5"). */
  note: z.string().max(2000),
  icp: icpSchema,
});
export type IcpVersionRecord = z.infer<typeof icpVersionRecordShape>;

/**
 * A disagreement as stored: checked loosely (any source text, extra keys kept) so rows written by
 * other versions survive; typed as `Disagreement` (lib/company/merge), which is what writes it.
 */
const disagreementShape = z.looseObject({
  field: z.enum(Object.keys(companyFactsSchema.shape) as [string, ...string[]]),
  fact: z.looseObject({ value: z.unknown(), source: z.string(), evidence: z.string() }),
  extractor: z.string().optional(),
  at: time,
});

export const companyRecordShape = z.object({
  /** "li:<slug>", "domain:<domain>" or "url:<url>" — see lib/company/identity.ts. */
  id,
  name: z.string().max(500).optional(),
  linkedinSlug: z.string().max(200).optional(),
  domain: z.string().max(300).optional(),
  /** "li:<slug>" and "domain:<domain>": what later pages of this company are matched by. */
  keys: z.array(id).max(50),
  /** Facts merged over every observation, most trusted source per field. */
  facts: companyFactsSchema,
  /** Where another page said something else (e.g. the website's employee count). */
  disagreements: z.array(disagreementShape).max(200).optional(),
  /** The page it was last seen on. */
  url: z.string().max(4000),
  firstSeen: time,
  lastSeen: time,
  /**
   * Extractor ids of the pages and files that saw it ("linkedin-company", "website",
   * "account-file"), sorted and unique; the user's corrections are not a source. Kept by
   * `recordObservation` and imports; absent only on a record no version-6 code has written
   * (and in backups made before v6).
   */
  sources: z.array(z.string().max(100)).max(50).optional(),
  /**
   * Set on a company whose only observation is the record itself: an account-file import stores
   * one record per new company, not a company and an observation with the same facts. The
   * observation is `{ extractor, at, url, facts }` of this record; `observationsOf` reads it,
   * and it is stored as an observation row (and this field dropped) before anything re-merges
   * the company (`keepImpliedObservations`).
   */
  impliedObservation: z
    .object({
      extractor: z.string().max(100),
      at: time,
      /** The import batch that created the company (a cancelled import removes it by this). */
      batchId: z.string().max(100).optional(),
    })
    .optional(),
});
export type CompanyRecord = Omit<z.infer<typeof companyRecordShape>, 'disagreements'> & {
  disagreements?: Disagreement[];
};

/**
 * The companies whose ids fall in one bucket (v11 table `companyBuckets`, key `[owner+bucket]`;
 * see lib/db/company-store.ts): companies are stored about a hundred to a record, as one record
 * per company made an import of 100,000 rows spend most of its time writing them. `keys` repeats
 * the companies' lookup keys for the table's multi-entry index (the bucket of a lookup key). One
 * more record of the table (owner `count`) holds only `count`, the number of companies stored.
 */
export const companyBucketRecordShape = z.object({
  /** `COMPANY_OWNER` ("all"), or `COUNT_OWNER` ("count") for the count record. */
  owner: z.string().max(100),
  /** 0–1023: `companyBucket(id)`; 0 for the count record. */
  bucket: z.number().int().nonnegative(),
  companies: z.array(companyRecordShape),
  keys: z.array(id),
  /** On the count record only: how many companies are stored. */
  count: z.number().int().nonnegative().optional(),
});
export type CompanyBucketRecord = Omit<z.infer<typeof companyBucketRecordShape>, 'companies'> & {
  companies: CompanyRecord[];
};

/** One page visit: what one extractor read, with the URL and the time. Kept forever. */
export const observationRecordShape = z.object({
  id: autoId,
  companyId: id,
  url: z.string().max(4000),
  extractor: z.string().min(1).max(100),
  at: time,
  facts: companyFactsSchema,
});
export type ObservationRecord = z.infer<typeof observationRecordShape>;

/** The latest score of a company against an ICP. */
export const scoreRecordShape = z.object({
  icpId: id,
  companyId: id,
  tier: z.string().max(200),
  tierKind: z.enum(TIER_KINDS),
  score: z.number().finite(),
  confidence: z.number().finite(),
  at: time,
});
export type ScoreRecord = z.infer<typeof scoreRecordShape>;

export const settingRecordShape = z.object({ key: id, value: z.unknown() });
export type SettingRecord = z.infer<typeof settingRecordShape>;

/** A named target list (v4). */
export const listRecordShape = z.object({
  id,
  name: text(200),
  createdAt: time,
  updatedAt: time,
});
export type ListRecord = z.infer<typeof listRecordShape>;

/** Outreach status of a company in a list, editable in place. */
export const MEMBER_STATUSES = ['new', 'contacted', 'replied', 'not-now'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A company in a list (v4): one per list and company; a company can be in several lists. */
export const listMemberRecordShape = z.object({
  listId: id,
  companyId: id,
  addedAt: time,
  note: text(5000),
  status: z.enum(MEMBER_STATUSES),
  /** The import batch that added it, when it came from an account file. */
  batchId: id.optional(),
  /** Record ids of the CRM the row came from ("Record ID", "Account ID"), kept for re-import. */
  crmIds: z.object({ hubspot: text(200).optional(), salesforce: text(200).optional() }).optional(),
});
export type ListMemberRecord = z.infer<typeof listMemberRecordShape>;

/**
 * The memberships of one list whose companies fall in one bucket (v9 table `memberBuckets`, key
 * `[listId+bucket]`; see lib/db/members.ts): memberships are stored a few hundred to a record, as
 * one record per membership made an import's writes three times as slow.
 */
export const memberBucketRecordShape = z.object({
  listId: id,
  /** 0–255: `memberBucket(companyId)`. */
  bucket: z.number().int().nonnegative(),
  members: z.array(listMemberRecordShape),
});
export type MemberBucketRecord = z.infer<typeof memberBucketRecordShape>;

/** One row of the user's CRM snapshot (v4): what "Already in your CRM" matches against. */
export const crmRecordShape = z.object({
  id: autoId,
  name: text(1000),
  /** "domain:<domain>", "li:<slug>", "name:<normalised name>". */
  keys: z.array(text(1000)).max(20),
  owner: text(500).optional(),
  stage: text(500).optional(),
  /** As written in the export (dates differ between CRMs). */
  lastActivity: text(200).optional(),
  recordId: text(200).optional(),
  crm: z.enum(['hubspot', 'salesforce', 'csv']),
});
export type CrmRecord = z.infer<typeof crmRecordShape>;

/** One account-file import (v4): written whole at the end, or not at all. */
export const importBatchRecordShape = z.object({
  id,
  listId: id,
  fileName: text(1000),
  at: time,
  rows: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
});
export type ImportBatchRecord = z.infer<typeof importBatchRecordShape>;

const optionalText = (max: number) => text(max).optional();

/**
 * The compact listing of one company for one ICP (v7–v8: a record each in table `listings`;
 * since v9 inside a `ListingBucketRecord`): what a row of the Companies page, a list or the
 * trends chart shows, so those views never read whole company records (facts, disagreements) or
 * observations. Written only through `lib/db/listings.ts` whenever a score is stored or the
 * company changes.
 */
export const listingRecordShape = z.object({
  icpId: id,
  companyId: id,
  /** The name a row shows: the company's name, else its domain, LinkedIn slug or id. */
  name: text(4000),
  domain: optionalText(300),
  linkedinSlug: optionalText(200),
  /** Tier name as scored ("Best fit", "Bad fit", "Disqualified", "Not enough data"). */
  tier: text(200),
  tierKind: z.enum(TIER_KINDS),
  /** Position of the tier in the ICP when scored (0 = best), when `tierKind` is "tier". */
  tierIndex: z.number().int().nonnegative().optional(),
  /** The tier filter key (`tierKey`): `tier:<index>`, `bad`, `disqualified`, `insufficient`. */
  tierKey: text(40),
  /** Sort rank of the tier (`tierRank`: ICP tiers 0…, bad 1000, disqualified 1001, insufficient 1002). */
  rank: z.number().int(),
  /** 0–100. */
  score: z.number().finite(),
  /** 0–1. */
  confidence: z.number().finite(),
  industry: optionalText(500),
  /** Employees as the facts give them ("201–500"); `employeesMin` sorts them. */
  employees: optionalText(100),
  employeesMin: z.number().finite().optional(),
  /** Headquarters, "City, CC". */
  hq: optionalText(1000),
  /** Extractor ids that saw the company (`CompanyRecord.sources`). */
  sources: z.array(text(100)).max(50),
  /** The company's first and last sighting, epoch ms. */
  firstSeen: time,
  lastSeen: time,
  /** When the score was computed, epoch ms. */
  updatedAt: time,
});
export type ListingRecord = z.infer<typeof listingRecordShape>;

/**
 * The listings of one ICP whose companies fall in one bucket (v9 table `listingBuckets`, key
 * `[icpId+bucket]`; see lib/db/listings.ts), in company id order.
 */
export const listingBucketRecordShape = z.object({
  icpId: id,
  /** 0–1023: `listingBucket(companyId)`. */
  bucket: z.number().int().nonnegative(),
  listings: z.array(listingRecordShape),
});
export type ListingBucketRecord = z.infer<typeof listingBucketRecordShape>;
