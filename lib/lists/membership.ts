import type { ListMemberRecord, ListRecord } from '../records';
import { fold } from '../text';
import { ListError } from './list-error';

/** Longest list name kept, in characters. */
export const MAX_LIST_NAME = 80;

/**
 * A list name as typed, cleaned: spaces trimmed and collapsed, cut to 80 characters.
 * Throws a `ListError` (`list-needs-name`, message "A list needs a name.") when nothing is left.
 */
export function cleanListName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_LIST_NAME);
  if (!clean) throw new ListError({ code: 'list-needs-name' });
  return clean;
}

/** The list with this name (case, accents and spacing ignored), if any. */
export function findListByName<T extends Pick<ListRecord, 'name'>>(
  lists: readonly T[],
  name: string,
): T | undefined {
  const wanted = fold(name);
  return lists.find((l) => fold(l.name) === wanted);
}

/** A new membership: status "new", empty note. */
export function newMember(
  listId: string,
  companyId: string,
  addedAt: number,
  extra: Partial<Pick<ListMemberRecord, 'batchId' | 'crmIds' | 'note'>> = {},
): ListMemberRecord {
  return { listId, companyId, addedAt, note: '', status: 'new', ...extra };
}

/**
 * Memberships to write when copying `members` into list `to`: companies already in `to` keep
 * their own membership there (note, status, added time); the others arrive with their note,
 * status and CRM ids, added `at`.
 */
export function copyPlan(
  members: readonly ListMemberRecord[],
  to: string,
  alreadyInTarget: ReadonlySet<string>,
  at: number,
): ListMemberRecord[] {
  return members
    .filter((m) => !alreadyInTarget.has(m.companyId))
    .map(({ batchId: _batch, ...m }) => ({ ...m, listId: to, addedAt: at }));
}
