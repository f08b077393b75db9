import { z } from 'zod';
import { icpSchema } from '../criteria/schema';
import { companyFactsSchema } from '../facts-schema';
import { TIER_KINDS } from '../scoring/types';
import { type IcpLensDb, MEMBER_STATUSES } from './schema';

/**
 * zod schemas of the stored records (see the interfaces in `schema.ts`), used wherever stored
 * data enters from outside the code that wrote it: a restored backup, a read for the UI. Objects
 * are loose — a field added by a later version of a record survives a round trip — but every
 * field named here must have its type.
 */
const id = z.string().min(1).max(4000);
const time = z.number().finite();

export const icpRecordSchema = z.looseObject({
  id,
  icp: icpSchema,
  builtIn: z.boolean(),
  createdAt: time,
  updatedAt: time,
  reviewBy: time.optional(),
});

export const icpVersionRecordSchema = z.looseObject({
  id: z.number().int().nonnegative(),
  icpId: id,
  at: time,
  note: z.string().max(2000),
  icp: icpSchema,
});

const disagreementSchema = z.looseObject({
  field: z.enum(Object.keys(companyFactsSchema.shape) as [string, ...string[]]),
  fact: z.looseObject({ value: z.unknown(), source: z.string(), evidence: z.string() }),
  extractor: z.string().optional(),
  at: time,
});

export const companyRecordSchema = z.looseObject({
  id,
  name: z.string().max(500).optional(),
  linkedinSlug: z.string().max(200).optional(),
  domain: z.string().max(300).optional(),
  keys: z.array(id).max(50),
  facts: companyFactsSchema,
  disagreements: z.array(disagreementSchema).max(200).optional(),
  url: z.string().max(4000),
  firstSeen: time,
  lastSeen: time,
  /** Extractor ids that saw it (see `CompanyRecord.sources`); absent in backups before v6. */
  sources: z.array(z.string().max(100)).max(50).optional(),
});

/**
 * What the companies list reads of a stored company, forgiving: a field of the wrong type reads
 * as absent (the row still shows, by its id), so one damaged record cannot blank the page.
 */
export const companyListingSchema = z.object({
  id: z.string().catch('?'),
  name: z.string().optional().catch(undefined),
  domain: z.string().optional().catch(undefined),
  linkedinSlug: z.string().optional().catch(undefined),
  lastSeen: time.catch(0),
  sources: z.array(z.string()).optional().catch(undefined),
});

export const observationRecordSchema = z.looseObject({
  id: z.number().int().nonnegative(),
  companyId: id,
  url: z.string().max(4000),
  extractor: z.string().min(1).max(100),
  at: time,
  facts: companyFactsSchema,
});

export const scoreRecordSchema = z.looseObject({
  icpId: id,
  companyId: id,
  tier: z.string().max(200),
  tierKind: z.enum(TIER_KINDS),
  score: z.number().finite(),
  confidence: z.number().finite(),
  at: time,
});

export const settingRecordSchema = z.looseObject({ key: id, value: z.unknown() });

const text = (max: number) => z.string().max(max);

export const listRecordSchema = z.looseObject({
  id,
  name: text(200),
  createdAt: time,
  updatedAt: time,
});

export const listMemberRecordSchema = z.looseObject({
  listId: id,
  companyId: id,
  addedAt: time,
  note: text(5000),
  status: z.enum(MEMBER_STATUSES),
  batchId: id.optional(),
  crmIds: z.object({ hubspot: text(200).optional(), salesforce: text(200).optional() }).optional(),
});

export const crmRecordSchema = z.looseObject({
  id: z.number().int().nonnegative(),
  name: text(1000),
  keys: z.array(text(1000)).max(20),
  owner: text(500).optional(),
  stage: text(500).optional(),
  lastActivity: text(200).optional(),
  recordId: text(200).optional(),
  crm: z.enum(['hubspot', 'salesforce', 'csv']),
});

export const importBatchRecordSchema = z.looseObject({
  id,
  listId: id,
  fileName: text(1000),
  at: time,
  rows: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
});

const optionalText = (max: number) => text(max).optional();

/** A compact listing (v7, see `ListingRecord`): checked on restore and where a table reads it. */
export const listingRecordSchema = z.looseObject({
  icpId: id,
  companyId: id,
  name: text(4000),
  domain: optionalText(300),
  linkedinSlug: optionalText(200),
  tier: text(200),
  tierKind: z.enum(TIER_KINDS),
  tierIndex: z.number().int().nonnegative().optional(),
  tierKey: text(40),
  rank: z.number().int(),
  score: z.number().finite(),
  confidence: z.number().finite(),
  industry: optionalText(500),
  employees: optionalText(100),
  employeesMin: z.number().finite().optional(),
  hq: optionalText(1000),
  sources: z.array(text(100)).max(50),
  firstSeen: time,
  lastSeen: time,
  updatedAt: time,
});

/** The name of every table of the database (a Dexie `Table` property of `IcpLensDb`). */
export type TableName = {
  [K in keyof IcpLensDb]: IcpLensDb[K] extends { bulkAdd: unknown; schema: unknown } ? K : never;
}[keyof IcpLensDb];

/**
 * The schema of each table's records. Keyed by every table name, so a table added to the
 * database without a schema here is a compile error (and a backup could not be checked).
 */
export const RECORD_SCHEMAS: Readonly<Record<TableName, z.ZodType>> = {
  icps: icpRecordSchema,
  icpVersions: icpVersionRecordSchema,
  companies: companyRecordSchema,
  observations: observationRecordSchema,
  scores: scoreRecordSchema,
  settings: settingRecordSchema,
  lists: listRecordSchema,
  listMembers: listMemberRecordSchema,
  crmRecords: crmRecordSchema,
  importBatches: importBatchRecordSchema,
  listings: listingRecordSchema,
};
