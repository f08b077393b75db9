import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importIcpFile, listIcps, saveIcp } from '@/lib/db/icps';
import { IcpLensDb, reviewDateAfter } from '@/lib/db/schema';
import { isReviewOverdue, listVersions, restoreVersion } from '@/lib/db/versions';
import { sampleIcp } from '@/lib/icp/sample';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`versions-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('ICP versions', () => {
  it('keeps every save as a version with its note, newest first', async () => {
    const first = await saveIcp(sampleIcp, {}, db);
    const edited = { ...sampleIcp, unknownCredit: 0.2 };
    await saveIcp(edited, { id: first.id, note: 'Unknown credit 0.5 → 0.2' }, db);
    const versions = await listVersions(first.id, db);
    expect(versions.map((v) => v.note)).toEqual(['Unknown credit 0.5 → 0.2', 'Created']);
    expect(versions[0]?.icp.unknownCredit).toBe(0.2);
  });

  it('restores an older version as a new one, losing nothing', async () => {
    const first = await saveIcp(sampleIcp, {}, db);
    await saveIcp({ ...sampleIcp, name: 'Renamed' }, { id: first.id, note: 'Renamed' }, db);
    const oldest = (await listVersions(first.id, db)).at(-1);
    if (oldest?.id === undefined) throw new Error('no version');
    await restoreVersion(oldest.id, db);
    const [current] = await listIcps(db);
    expect(current?.icp.name).toBe(sampleIcp.name);
    const notes = (await listVersions(first.id, db)).map((v) => v.note);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/^Restored the version of \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(notes).toContain('Renamed');
  });

  it('an import is a version too; a rejected import adds none', async () => {
    const ok = await importIcpFile(JSON.stringify(sampleIcp), db);
    expect(ok.ok).toBe(true);
    const bad = await importIcpFile('{"format":"icp-lens/icp@1"}', db);
    expect(bad.ok).toBe(false);
    expect(await db.icpVersions.count()).toBe(1);
    expect((await db.icpVersions.toArray())[0]?.note).toBe('Imported from a file');
  });

  it('sets the review date 6 months after the last change, and says when it is overdue', async () => {
    const stored = await saveIcp(sampleIcp, {}, db);
    expect(stored.reviewBy).toBe(reviewDateAfter(stored.updatedAt));
    expect(isReviewOverdue(stored, stored.updatedAt)).toBe(false);
    expect(isReviewOverdue(stored, reviewDateAfter(stored.updatedAt) + 1)).toBe(true);
    expect(isReviewOverdue({}, Date.now())).toBe(false);
  });

  it('refuses to restore a version that does not exist', async () => {
    await expect(restoreVersion(999, db)).rejects.toThrow(/no version 999/);
  });
});
