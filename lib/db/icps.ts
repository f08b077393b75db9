import { type Icp, icpSchema } from '../criteria/schema';
import { parseIcpFile } from '../icp/parse';
import type { IcpFileProblem } from '../icp/problems';
import { dropIcpListings } from './listings';
import { getDb, type IcpLensDb, type IcpRecord, reviewDateAfter } from './schema';

export interface StoredIcp extends IcpRecord {
  active: boolean;
}

const ACTIVE_KEY = 'activeIcpId';

async function activeId(db: IcpLensDb): Promise<string | undefined> {
  const setting = await db.settings.get(ACTIVE_KEY);
  return typeof setting?.value === 'string' ? setting.value : undefined;
}

/**
 * Every stored ICP that still validates, the active one first, then by name. A record that no
 * longer parses (written by a buggy build, or edited by hand) is skipped, not thrown on.
 */
export async function listIcps(db: IcpLensDb = getDb()): Promise<StoredIcp[]> {
  const [records, active] = await Promise.all([db.icps.toArray(), activeId(db)]);
  const valid = records.flatMap((r) => {
    const parsed = icpSchema.safeParse(r.icp);
    return parsed.success ? [{ ...r, icp: parsed.data }] : [];
  });
  // With no (valid) active choice, the first ICP by name is active.
  const sorted = valid.sort((a, b) => a.icp.name.localeCompare(b.icp.name));
  const activeRecord = sorted.find((r) => r.id === active) ?? sorted[0];
  return sorted
    .map((r) => ({ ...r, active: r.id === activeRecord?.id }))
    .sort((a, b) => Number(b.active) - Number(a.active));
}

/**
 * Stores an ICP (new, or a new state of `options.id`) and keeps the state as a version with a
 * one-line note; the review date moves to 6 months from now unless one is given.
 */
export async function saveIcp(
  icp: Icp,
  options: { builtIn?: boolean; id?: string; note?: string; reviewBy?: number } = {},
  db: IcpLensDb = getDb(),
): Promise<StoredIcp> {
  const now = Date.now();
  const record = await db.transaction('rw', db.icps, db.icpVersions, async () => {
    const existing = options.id ? await db.icps.get(options.id) : undefined;
    const saved: IcpRecord = {
      id: options.id ?? crypto.randomUUID(),
      icp,
      builtIn: options.builtIn ?? existing?.builtIn ?? false,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      reviewBy: options.reviewBy ?? reviewDateAfter(now),
    };
    await db.icps.put(saved);
    await db.icpVersions.add({
      icpId: saved.id,
      at: now,
      note: options.note ?? (existing ? 'Saved' : 'Created'),
      icp,
    });
    return saved;
  });
  return { ...record, active: (await activeId(db)) === record.id };
}

/** Validates then stores an ICP file. On any error nothing stored changes. */
export async function importIcpFile(
  text: string,
  db: IcpLensDb = getDb(),
): Promise<
  | { ok: true; stored: StoredIcp }
  | { ok: false; error: string; problems: readonly IcpFileProblem[] }
> {
  const parsed = parseIcpFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, stored: await saveIcp(parsed.icp, { note: 'Imported from a file' }, db) };
}

export async function setActiveIcp(id: string, db: IcpLensDb = getDb()): Promise<void> {
  await db.settings.put({ key: ACTIVE_KEY, value: id });
}

export async function deleteIcp(id: string, db: IcpLensDb = getDb()): Promise<void> {
  await db.transaction('rw', db.icps, db.icpVersions, db.listingBuckets, async () => {
    await db.icps.delete(id);
    await dropIcpListings(db, id);
    await db.icpVersions.where('icpId').equals(id).delete();
  });
}

const SEEDED_KEY = 'sampleIcpSeeded';

/** Installs the built-in sample ICP once, on first run. A user who deletes it keeps it deleted. */
export async function seedSampleIcp(sample: Icp, db: IcpLensDb = getDb()): Promise<void> {
  await db.transaction('rw', db.icps, db.icpVersions, db.settings, async () => {
    if (await db.settings.get(SEEDED_KEY)) return;
    const stored = await saveIcp(sample, { builtIn: true, note: 'Built-in sample' }, db);
    await db.settings.put({ key: SEEDED_KEY, value: true });
    if (!(await activeId(db))) await setActiveIcp(stored.id, db);
  });
}
