import { z } from 'zod';
import {
  companyBucketRecordShape,
  companyRecordShape,
  crmRecordShape,
  icpRecordShape,
  icpVersionRecordShape,
  importBatchRecordShape,
  listingBucketRecordShape,
  listingRecordShape,
  listMemberRecordShape,
  listRecordShape,
  memberBucketRecordShape,
  observationRecordShape,
  scoreRecordShape,
  settingRecordShape,
} from '../records';
import type { IcpLensDb } from './schema';

/**
 * zod schemas of the stored records (the shapes in `lib/records.ts`, which the record types are
 * inferred from), used wherever stored data enters from outside the code that wrote it: a
 * restored backup, a read for the UI. Objects are loose — a field added by a later version of a
 * record survives a round trip — but every field named there must have its type. A stored row
 * always has its key, auto-incremented ones included.
 */
const storedId = { id: z.number().int().nonnegative() };

export const icpRecordSchema = icpRecordShape.loose();
export const icpVersionRecordSchema = icpVersionRecordShape.extend(storedId).loose();
export const companyRecordSchema = companyRecordShape.loose();
export const companyBucketRecordSchema = companyBucketRecordShape
  .extend({ companies: z.array(companyRecordSchema) })
  .loose();
export const observationRecordSchema = observationRecordShape.extend(storedId).loose();
export const scoreRecordSchema = scoreRecordShape.loose();
export const settingRecordSchema = settingRecordShape.loose();
export const listRecordSchema = listRecordShape.loose();
export const listMemberRecordSchema = listMemberRecordShape.loose();
export const memberBucketRecordSchema = memberBucketRecordShape
  .extend({ members: z.array(listMemberRecordSchema) })
  .loose();
export const crmRecordSchema = crmRecordShape.extend(storedId).loose();
export const importBatchRecordSchema = importBatchRecordShape.loose();
/** A compact listing (v7): checked on restore and where a table reads it. */
export const listingRecordSchema = listingRecordShape.loose();
export const listingBucketRecordSchema = listingBucketRecordShape
  .extend({ listings: z.array(listingRecordSchema) })
  .loose();

const time = z.number().finite();

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
  companyBuckets: companyBucketRecordSchema,
  observations: observationRecordSchema,
  settings: settingRecordSchema,
  lists: listRecordSchema,
  memberBuckets: memberBucketRecordSchema,
  crmRecords: crmRecordSchema,
  importBatches: importBatchRecordSchema,
  listingBuckets: listingBucketRecordSchema,
};

/**
 * Tables a backup may hold that the database no longer has: `scores` (until v7; since v8 the
 * listings hold each score), `listMembers` and `listings` (until v8; since v9 memberships and
 * listings are stored in buckets), `companies` (until v10; since v11 in buckets). A restore
 * reads them to rebuild what replaced them.
 */
export const LEGACY_RECORD_SCHEMAS = {
  companies: companyRecordSchema,
  scores: scoreRecordSchema,
  listMembers: listMemberRecordSchema,
  listings: listingRecordSchema,
} as const;

/** The name of every table a backup may hold: today's tables and the legacy ones. */
export type BackupTableName = TableName | keyof typeof LEGACY_RECORD_SCHEMAS;

/** The schema of each table a backup may hold (`RECORD_SCHEMAS` and `LEGACY_RECORD_SCHEMAS`). */
export const BACKUP_RECORD_SCHEMAS: Readonly<Record<BackupTableName, z.ZodType>> = {
  ...RECORD_SCHEMAS,
  ...LEGACY_RECORD_SCHEMAS,
};
