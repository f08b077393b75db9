import Dexie, { type EntityTable } from 'dexie';
import { REVIEW_MONTHS } from '../criteria/schema';
import type {
  CompanyBucketRecord,
  CompanyRecord,
  CrmRecord,
  IcpRecord,
  IcpVersionRecord,
  ImportBatchRecord,
  ListingBucketRecord,
  ListRecord,
  MemberBucketRecord,
  ObservationRecord,
  SettingRecord,
} from '../records';
import { companyCountRecord } from './company-store';
import { companyKeysV2 } from './migrations/v2-company-keys';
import { reviewDateAtV3 } from './migrations/v3-review-dates';
import { migrateStoredUrlsV5 } from './migrations/v5-stored-urls';
import { migrateCompanySourcesV6 } from './migrations/v6-company-sources';
import { buildListingsV7 } from './migrations/v7-listings';
import { bucketRowsV9 } from './migrations/v9-buckets';
import { bucketCompaniesV11 } from './migrations/v11-company-buckets';

// The record types live in lib/records (below lib/lists and lib/crm); re-exported here for the
// components and tests that read them next to the tables.
export * from '../records';

export const DB_NAME = 'icp-lens';

/** The ICP playbooks: review an ICP every 6–12 months; we remind after 6. */
export function reviewDateAfter(changedAt: number): number {
  const date = new Date(changedAt);
  date.setMonth(date.getMonth() + REVIEW_MONTHS);
  return date.getTime();
}

export class IcpLensDb extends Dexie {
  icps!: EntityTable<IcpRecord, 'id'>;
  companyBuckets!: Dexie.Table<CompanyBucketRecord, [string, number]>;
  observations!: EntityTable<ObservationRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  icpVersions!: EntityTable<IcpVersionRecord, 'id'>;
  lists!: EntityTable<ListRecord, 'id'>;
  memberBuckets!: Dexie.Table<MemberBucketRecord, [string, number]>;
  crmRecords!: EntityTable<CrmRecord, 'id'>;
  importBatches!: EntityTable<ImportBatchRecord, 'id'>;
  listingBuckets!: Dexie.Table<ListingBucketRecord, [string, number]>;

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
            company.keys = companyKeysV2(company.facts);
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
            r.reviewBy ??= reviewDateAtV3(r.updatedAt);
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
    // v6 (companies list): each company keeps which sources saw it (`sources`), filled from its
    // observations, so the list reads companies and scores only.
    this.version(6).upgrade(migrateCompanySourcesV6);
    // v7 (big data): a compact listing per ICP and company (what a table row and the trends chart
    // show), built from the stored companies and scores, indexed for the chart's counts per tier
    // and week. Indexes nothing queries are dropped (company name, slug and domain; score tier and
    // score): every index is one more write per row, and an import writes 100,000 rows.
    this.version(7)
      .stores({
        companies: '&id, lastSeen, *keys, firstSeen',
        scores: '[icpId+companyId], icpId, companyId',
        listings: '[icpId+companyId], [icpId+tierKey+firstSeen]',
      })
      .upgrade(buildListingsV7);
    // v8 (fast imports): an import of 100,000 rows spent most of its time on records and index
    // entries nothing reads. The `scores` table goes: each listing holds its company's tier,
    // score and confidence per ICP, and was written beside every score anyway (the v7 upgrade
    // built the listings from it, so nothing is lost). List memberships keep one index besides
    // their key: a list's members are a range of the `[listId+companyId]` key (`membersOfList`),
    // `addedAt` was never queried, and an import's rollback finds its rows by list and batch.
    this.version(8).stores({
      scores: null,
      listMembers: '[listId+companyId], companyId',
    });
    // v9 (fast imports, again): IndexedDB pays per record written far more than per byte, so
    // list memberships and listings are stored a bucket of a hundred or a few hundred to a
    // record (`memberBuckets`, `listingBuckets`; see lib/db/buckets.ts): an import of 100,000
    // rows rewrites about 1,300 records per batch instead of writing 200,000. "Which lists hold
    // this company" reads one bucket per list; tier counts and the trends chart read an ICP's
    // listing buckets; so neither needs an index.
    this.version(9)
      .stores({
        listMembers: null,
        memberBuckets: '[listId+bucket]',
        listings: null,
        listingBuckets: '[icpId+bucket]',
      })
      .upgrade(bucketRowsV9);
    // v10 (fast imports, third): companies lose their `lastSeen` and `firstSeen` indexes, a third
    // of the time an import spent writing 100,000 companies. The Companies page's first rows are
    // the first companies by id (any order does while the whole list loads, which the page then
    // sorts); the trends chart counts unscored companies from the ones it finds without a listing
    // (`trendEntries`). The fields stay on every record.
    this.version(10).stores({ companies: '&id, *keys' });
    // v11 (fast imports, fourth): companies are stored in buckets too (`companyBuckets`, see
    // lib/db/company-store.ts), a hundred or so to a record: writing 90,000 company records took
    // 9–11 s of a 100,000-row import, and 2–3 s in buckets. A bucket's `ids` and `keys` index
    // every company id (the Companies page's first rows, counts) and lookup key (page visits
    // and imports join companies by key).
    this.version(11)
      .stores({ companies: null, companyBuckets: '[owner+bucket], *keys' })
      .upgrade(bucketCompaniesV11);
    // A new database starts with the count of its companies (see lib/db/company-store.ts).
    this.on('populate', (tx) => {
      tx.table('companyBuckets').add(companyCountRecord(0));
    });
  }
}

let shared: IcpLensDb | undefined;

/** The database of this extension context (background worker or an extension page). */
export function getDb(): IcpLensDb {
  shared ??= new IcpLensDb();
  return shared;
}
