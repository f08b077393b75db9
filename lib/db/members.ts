import Dexie, { type Collection } from 'dexie';
import type { ListMemberRecord } from '../records';
import type { IcpLensDb } from './schema';

/**
 * The memberships of one list, in company id order: a range of the `[listId+companyId]` primary
 * key (since v8 there is no `listId` index: one index entry less per membership written).
 */
export function membersOfList(
  db: IcpLensDb,
  listId: string,
): Collection<ListMemberRecord, [string, string]> {
  return db.listMembers
    .where('[listId+companyId]')
    .between([listId, Dexie.minKey], [listId, Dexie.maxKey], true, true);
}
