import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { IcpLensDb } from '@/lib/db/schema';

describe('schema', () => {
  it('opens at the latest version with every table', async () => {
    const db = new IcpLensDb('schema-test');
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'companyBuckets',
      'crmRecords',
      'icpVersions',
      'icps',
      'importBatches',
      'listingBuckets',
      'lists',
      'memberBuckets',
      'observations',
      'settings',
    ]);
    expect(db.verno).toBeGreaterThanOrEqual(1);
    db.close();
    await Dexie.delete('schema-test');
  });
});
