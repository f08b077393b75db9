import type { Icp } from '../criteria/schema';
import { cleanListName, copyPlan, findListByName, newMember } from '../lists/membership';
import { firmographicsOf, type ListRow } from '../lists/rows';
import {
  getDb,
  type IcpLensDb,
  type ListMemberRecord,
  type ListRecord,
  type MemberStatus,
} from './schema';

const LAST_LIST_KEY = 'lastListId';
/** The list the keyboard shortcut creates when the user has none yet. */
export const DEFAULT_LIST_NAME = 'Target accounts';

export interface ListSummary extends ListRecord {
  size: number;
}

/** Every list with its number of companies, most recently changed first. */
export async function listLists(db: IcpLensDb = getDb()): Promise<ListSummary[]> {
  const lists = await db.lists.orderBy('updatedAt').reverse().toArray();
  const sizes = await Promise.all(
    lists.map((l) => db.listMembers.where('listId').equals(l.id).count()),
  );
  return lists.map((l, i) => ({ ...l, size: sizes[i] ?? 0 }));
}

/**
 * The list named `name` (case and accents ignored), created when there is none.
 * Throws when the name is empty (see `cleanListName`).
 */
export async function ensureList(
  name: string,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<ListRecord> {
  const clean = cleanListName(name);
  return db.transaction('rw', db.lists, async () => {
    const existing = findListByName(await db.lists.toArray(), clean);
    if (existing) return existing;
    const list = { id: crypto.randomUUID(), name: clean, createdAt: at, updatedAt: at };
    await db.lists.add(list);
    return list;
  });
}

export async function renameList(id: string, name: string, db: IcpLensDb = getDb()): Promise<void> {
  await db.lists.update(id, { name: cleanListName(name), updatedAt: Date.now() });
}

/** Deletes a list and its memberships (the companies stay). */
export async function deleteList(id: string, db: IcpLensDb = getDb()): Promise<void> {
  await db.transaction('rw', db.lists, db.listMembers, db.settings, async () => {
    await db.listMembers.where('listId').equals(id).delete();
    await db.lists.delete(id);
    if ((await lastListId(db)) === id) await db.settings.delete(LAST_LIST_KEY);
  });
}

/** The list the user saved to last, if it still exists. */
export async function lastListId(db: IcpLensDb = getDb()): Promise<string | undefined> {
  const value = (await db.settings.get(LAST_LIST_KEY))?.value;
  if (typeof value !== 'string') return undefined;
  return (await db.lists.get(value)) ? value : undefined;
}

/** Adds a company to a list (no change when it is there already) and makes it the last list. */
export async function addToList(
  listId: string,
  companyId: string,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.transaction('rw', db.lists, db.listMembers, db.settings, async () => {
    if (!(await db.lists.get(listId))) throw new Error('That list no longer exists.');
    if (!(await db.listMembers.get([listId, companyId])))
      await db.listMembers.add(newMember(listId, companyId, at));
    await db.lists.update(listId, { updatedAt: at });
    await db.settings.put({ key: LAST_LIST_KEY, value: listId });
  });
}

/**
 * The keyboard shortcut: saves the company to the last list used, or to "Target accounts"
 * (created) when there is none. Returns the list.
 */
export async function saveToLastList(
  companyId: string,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<ListRecord> {
  const id = await lastListId(db);
  const list = (id && (await db.lists.get(id))) || (await ensureList(DEFAULT_LIST_NAME, at, db));
  await addToList(list.id, companyId, at, db);
  return list;
}

export async function removeFromList(
  listId: string,
  companyIds: readonly string[],
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.listMembers.bulkDelete(companyIds.map((c) => [listId, c] as [string, string]));
}

/** Copies (or moves, with `move`) companies from one list to another in one transaction. */
export async function copyToList(
  from: string,
  to: string,
  companyIds: readonly string[],
  options: { move?: boolean; at?: number } = {},
  db: IcpLensDb = getDb(),
): Promise<void> {
  if (from === to) return;
  const at = options.at ?? Date.now();
  await db.transaction('rw', db.lists, db.listMembers, async () => {
    const keys = companyIds.map((c) => [from, c] as [string, string]);
    const members = (await db.listMembers.bulkGet(keys)).filter((m) => m !== undefined);
    const inTarget = await db.listMembers
      .bulkGet(companyIds.map((c) => [to, c] as [string, string]))
      .then((found) => new Set(found.flatMap((m) => (m ? [m.companyId] : []))));
    await db.listMembers.bulkAdd(copyPlan(members, to, inTarget, at));
    if (options.move) await db.listMembers.bulkDelete(keys);
    await db.lists.update(to, { updatedAt: at });
  });
}

/** Edits a membership's note or status in place. */
export async function updateMember(
  listId: string,
  companyId: string,
  change: { note?: string; status?: MemberStatus },
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.listMembers.update([listId, companyId], change);
}

/** The lists a company is in. */
export async function listsOfCompany(
  companyId: string,
  db: IcpLensDb = getDb(),
): Promise<ListRecord[]> {
  const members = await db.listMembers.where('companyId').equals(companyId).toArray();
  const lists = await db.lists.bulkGet(members.map((m) => m.listId));
  return lists.filter((l) => l !== undefined);
}

/**
 * The rows of a list for one ICP, in bulk reads (memberships, companies, that ICP's scores);
 * observations are not read. With `limit`, only the first `limit` memberships (by key order):
 * the list page shows those at once while the whole list loads.
 */
export async function listRows(
  listId: string,
  icp: { id: string; icp: Pick<Icp, 'tiers'> } | undefined,
  db: IcpLensDb = getDb(),
  options: { limit?: number } = {},
): Promise<ListRow[]> {
  const query = db.listMembers.where('listId').equals(listId);
  const members = await (options.limit === undefined
    ? query
    : query.limit(options.limit)
  ).toArray();
  return rowsFor(members, icp, db);
}

export async function rowsFor(
  members: readonly ListMemberRecord[],
  icp: { id: string; icp: Pick<Icp, 'tiers'> } | undefined,
  db: IcpLensDb = getDb(),
): Promise<ListRow[]> {
  const ids = members.map((m) => m.companyId);
  const [companies, scores] = await Promise.all([
    db.companies.bulkGet(ids),
    icp ? db.scores.bulkGet(ids.map((id) => [icp.id, id] as [string, string])) : [],
  ]);
  const tierNames = icp?.icp.tiers.map((t) => t.name) ?? [];
  return members.flatMap((m, i) => {
    const c = companies[i];
    if (!c) return [];
    const s = scores[i];
    const tierIndex = s?.tierKind === 'tier' ? tierNames.indexOf(s.tier) : -1;
    const row: ListRow = {
      companyId: c.id,
      name: c.name ?? c.domain ?? c.linkedinSlug ?? c.id,
      ...(c.domain && { domain: c.domain }),
      ...(c.linkedinSlug && { linkedinSlug: c.linkedinSlug }),
      ...(s && { tier: s.tier, tierKind: s.tierKind, score: s.score, confidence: s.confidence }),
      ...(tierIndex >= 0 && { tierIndex }),
      ...firmographicsOf(c.facts ?? {}),
      addedAt: m.addedAt,
      lastSeen: c.lastSeen,
      note: m.note,
      status: m.status,
    };
    return [row];
  });
}
