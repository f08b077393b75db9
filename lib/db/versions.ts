import { icpSchema } from '../criteria/schema';
import { ListError } from '../lists/list-error';
import { type StoredIcp, saveIcp } from './icps';
import { getDb, type IcpLensDb, type IcpRecord, type IcpVersionRecord } from './schema';

/** An ICP's versions, newest first. Versions that no longer validate are left out. */
export async function listVersions(
  icpId: string,
  db: IcpLensDb = getDb(),
): Promise<IcpVersionRecord[]> {
  const versions = await db.icpVersions.where('icpId').equals(icpId).toArray();
  return versions
    .filter((v) => icpSchema.safeParse(v.icp).success)
    .sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}

/**
 * Makes an older version the current ICP again. Nothing is lost: the restore is itself saved as
 * the newest version, so the state it replaced stays in the history.
 */
export async function restoreVersion(
  versionId: number,
  db: IcpLensDb = getDb(),
): Promise<StoredIcp> {
  const version = await db.icpVersions.get(versionId);
  if (!version) throw new ListError({ code: 'no-version', version: versionId });
  const icp = icpSchema.parse(version.icp);
  const when = new Date(version.at).toISOString().slice(0, 16).replace('T', ' ');
  return saveIcp(icp, { id: version.icpId, note: `Restored the version of ${when}` }, db);
}

/** Whether an ICP is past its review date. */
export function isReviewOverdue(record: Pick<IcpRecord, 'reviewBy'>, now = Date.now()): boolean {
  return record.reviewBy !== undefined && record.reviewBy <= now;
}
