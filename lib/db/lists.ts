import { ListError } from '../lists/list-error';
import { cleanListName, copyPlan, findListByName, newMember } from '../lists/membership';
import type { ListRow } from '../lists/rows';
import { rowsOfCompanies, tierKeysOfIcp } from './listing-read';
import {
  deleteMembers,
  deleteMembersOfList,
  editMembers,
  getMembers,
  listIdsWithCompany,
  membersOfList,
  putMembers,
} from './members';
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
  /** Companies per tier key of the ICP asked for (see `listTierCounts`); all `unscored` without. */
  counts: Map<string, number>;
}

/**
 * Every list, most recently changed first, without sizes: the popup, a list's page and the trends
 * filter need names only, and a size reads every membership bucket of the list.
 */
export function recentLists(db: IcpLensDb = getDb()): Promise<ListRecord[]> {
  return db.lists.orderBy('updatedAt').reverse().toArray();
}

/**
 * Every list, most recently changed first, with its number of companies and their count per tier
 * of `icp` (the #lists page): one read of each list's membership buckets and of the ICP's listing
 * buckets (`listTierCounts`); a size is the sum of its list's counts. Stops with `signal`'s
 * reason once aborted (the page was left, and its reads would hold up the next page's).
 */
export async function listLists(
  db: IcpLensDb = getDb(),
  options: { icp?: { id: string; tierCount: number }; signal?: AbortSignal } = {},
): Promise<ListSummary[]> {
  const lists = await recentLists(db);
  const counts = await listTierCounts(
    lists.map((l) => l.id),
    options.icp,
    db,
    options.signal,
  );
  return lists.map((l) => {
    const count = counts.get(l.id) ?? new Map<string, number>();
    let size = 0;
    for (const n of count.values()) size += n;
    return { ...l, size, counts: count };
  });
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
  await db.transaction('rw', db.lists, db.memberBuckets, db.settings, async () => {
    await deleteMembersOfList(db, id);
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
  await db.transaction('rw', db.lists, db.memberBuckets, db.settings, async () => {
    if (!(await db.lists.get(listId))) throw new ListError({ code: 'list-gone' });
    const [member] = await getMembers(db, [[listId, companyId]]);
    if (!member) await putMembers(db, [newMember(listId, companyId, at)]);
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
  await deleteMembers(db, listId, companyIds);
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
  await db.transaction('rw', db.lists, db.memberBuckets, async () => {
    const members = (
      await getMembers(
        db,
        companyIds.map((c) => [from, c] as const),
      )
    ).filter((m) => m !== undefined);
    const inTarget = await getMembers(
      db,
      companyIds.map((c) => [to, c] as const),
    ).then((found) => new Set(found.flatMap((m) => (m ? [m.companyId] : []))));
    await putMembers(db, copyPlan(members, to, inTarget, at));
    if (options.move) await deleteMembers(db, from, companyIds);
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
  await editMembers(db, [[listId, companyId]], (m) => ({ ...m, ...change }));
}

/** The lists a company is in. */
export async function listsOfCompany(
  companyId: string,
  db: IcpLensDb = getDb(),
): Promise<ListRecord[]> {
  const lists = await db.lists.toArray();
  const holding = new Set(
    await listIdsWithCompany(
      db,
      lists.map((l) => l.id),
      companyId,
    ),
  );
  return lists.filter((l) => holding.has(l.id));
}

/**
 * The rows of a list for one ICP: its memberships and the compact listings of its companies
 * (`rowsOfCompanies`; whole company records only for companies the ICP has not scored).
 * With `limit`, only the first `limit` memberships (bucket by bucket, see `membersOfList`): the
 * list page shows those at once while the whole list loads. An aborted `signal` stops the read between pages.
 */
export async function listRows(
  listId: string,
  icp: { id: string } | undefined,
  db: IcpLensDb = getDb(),
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<ListRow[]> {
  const members = await membersOfList(db, listId, options);
  options.signal?.throwIfAborted();
  return rowsFor(members, icp, db, options.signal);
}

/** The list rows of some memberships for one ICP (see `listRows`); gone companies are left out. */
export async function rowsFor(
  members: readonly ListMemberRecord[],
  icp: { id: string } | undefined,
  db: IcpLensDb = getDb(),
  signal?: AbortSignal,
): Promise<ListRow[]> {
  const found = await rowsOfCompanies(
    db,
    icp?.id,
    members.map((m) => m.companyId),
    signal,
  );
  return members.flatMap((m) => {
    const listed = found.get(m.companyId);
    if (!listed) return [];
    const { sources: _, ...row } = listed;
    return [{ ...row, addedAt: m.addedAt, note: m.note, status: m.status }];
  });
}

/**
 * How many companies of each list are in each tier of the ICP (`tierKey`: `tier:<i>` for each of
 * `tierCount` tiers, `bad`, `disqualified`, `insufficient`, and `unscored` for the rest). Reads
 * the lists' membership buckets and the ICP's listing buckets (`tierKeysOfIcp`), never a company
 * record; stops with `signal`'s reason once aborted. Returns list id → tier key → count.
 */
export async function listTierCounts(
  listIds: readonly string[],
  icp: { id: string; tierCount: number } | undefined,
  db: IcpLensDb = getDb(),
  signal?: AbortSignal,
): Promise<Map<string, Map<string, number>>> {
  const tierOf = icp ? await tierKeysOfIcp(db, icp.id, icp.tierCount, signal) : new Map();
  const counts = new Map<string, Map<string, number>>();
  for (const listId of listIds) {
    const members = await membersOfList(db, listId, { signal });
    const count = new Map<string, number>();
    for (const { companyId } of members) {
      const key = tierOf.get(companyId)?.tierKey ?? 'unscored';
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    counts.set(listId, count);
  }
  return counts;
}
