import type { Transaction } from 'dexie';
import type { CompanyBucketRecord, CompanyRecord } from '../../records';
import { companyBucketsOf } from '../company-store';

/*
 * Dexie version 11: companies move from one record each (`companies`) into bucket records
 * (`companyBuckets`). Like v9 it uses the live bucketing (`companyBucketsOf`): the buckets must be
 * exactly where lib/db/company-store.ts looks for them.
 */

/**
 * Groups every stored company into its bucket, whole, fields and all, and stores their count
 * (`companyBucketsOf`). Records without a string id are dropped: nothing could read them.
 */
export async function bucketCompaniesV11(tx: Transaction): Promise<void> {
  const companies: CompanyRecord[] = [];
  await tx
    .table<CompanyRecord, string>('companies')
    .toCollection()
    .each((c) => {
      if (typeof c?.id === 'string') companies.push(c);
    });
  // With the count record, even when no company is stored.
  await tx
    .table<CompanyBucketRecord, [string, number]>('companyBuckets')
    .bulkPut(companyBucketsOf(companies));
}
