import { type CrmIdentity, type CrmMatch, crmKeys, matchCrm } from '../crm/match';
import { type CrmRecord, getDb, type IcpLensDb } from './schema';

const SNAPSHOT_KEY = 'crmSnapshot';

export interface CrmSnapshotInfo {
  fileName: string;
  crm: CrmRecord['crm'];
  rows: number;
  /** Epoch ms. */
  at: number;
}

/** Replaces the CRM snapshot with these rows, in one transaction (a failure keeps the old one). */
export async function replaceCrmSnapshot(
  records: readonly Omit<CrmRecord, 'id'>[],
  info: Omit<CrmSnapshotInfo, 'rows'>,
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.transaction('rw', db.crmRecords, db.settings, async () => {
    await db.crmRecords.clear();
    await db.crmRecords.bulkAdd(records as CrmRecord[]);
    await db.settings.put({ key: SNAPSHOT_KEY, value: { ...info, rows: records.length } });
  });
}

export async function deleteCrmSnapshot(db: IcpLensDb = getDb()): Promise<void> {
  await db.transaction('rw', db.crmRecords, db.settings, async () => {
    await db.crmRecords.clear();
    await db.settings.delete(SNAPSHOT_KEY);
  });
}

/** What snapshot is loaded, if any. */
export async function crmSnapshotInfo(
  db: IcpLensDb = getDb(),
): Promise<CrmSnapshotInfo | undefined> {
  const value = (await db.settings.get(SNAPSHOT_KEY))?.value;
  return value && typeof value === 'object' ? (value as CrmSnapshotInfo) : undefined;
}

/** The CRM row of this company, by domain, LinkedIn page or (less sure) normalised name. */
export async function findInCrm(
  company: CrmIdentity,
  db: IcpLensDb = getDb(),
): Promise<CrmMatch | undefined> {
  const keys = crmKeys(company);
  if (keys.length === 0) return undefined;
  const candidates = await db.crmRecords.where('keys').anyOf(keys).toArray();
  return matchCrm(company, candidates);
}
