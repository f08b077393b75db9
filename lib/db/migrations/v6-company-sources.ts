import type { Transaction } from 'dexie';

/*
 * Dexie version 6: each company record keeps `sources`, the extractor ids of the pages and files
 * that saw it (sorted, unique; the user's corrections, extractor "user", are not a source), so
 * the companies list no longer reads every observation to fill its "source" column.
 * Frozen: this file must keep doing exactly what it did when version 6 shipped, so it depends on
 * no helper that may change later (not `USER_EXTRACTOR`, not `companySources`, not the schemas).
 */

type Row = Record<string, unknown>;

/** The extractor of the user's corrections as version 6 shipped it. */
const USER_V6 = 'user';

/**
 * Sets `sources` on every company from its observations, reading the observations one at a time
 * (`each`, not one array). A company without observations gets `[]`; an observation whose
 * `extractor` or `companyId` is not a string is skipped.
 */
export async function migrateCompanySourcesV6(tx: Transaction): Promise<void> {
  const seen = new Map<string, Set<string>>();
  await tx
    .table<Row, number>('observations')
    .toCollection()
    .each((o) => {
      if (typeof o.companyId !== 'string' || typeof o.extractor !== 'string') return;
      if (o.extractor === USER_V6) return;
      const set = seen.get(o.companyId) ?? new Set<string>();
      set.add(o.extractor);
      seen.set(o.companyId, set);
    });
  await tx
    .table<Row, string>('companies')
    .toCollection()
    .modify((c) => {
      c.sources = typeof c.id === 'string' ? [...(seen.get(c.id) ?? [])].sort() : [];
    });
}
