import { browser } from 'wxt/browser';
import { z } from 'zod';
import { getCompany } from '@/lib/db/companies';
import { findInCrm } from '@/lib/db/crm';
import {
  addToList,
  ensureList,
  lastListId,
  listsOfCompany,
  recentLists,
  removeFromList,
  saveToLastList,
} from '@/lib/db/lists';
import type { CompanyLists } from '@/lib/messaging';
import { refreshTab } from './handlers';
import { getTabState } from './tab-state';
import { showBadge } from './toolbar';

/** The keyboard command that saves the tab's company to the last list (manifest `commands`). */
export const SAVE_TO_LIST_COMMAND = 'save-to-list';
const FLASH_MS = 1500;

const companyId = z.string().min(1).max(2000);
const saveRequest = z.union([
  z.object({ companyId, listId: z.string().min(1) }),
  z.object({ companyId, newListName: z.string().max(500) }),
]);
const removeRequest = z.object({ companyId, listId: z.string().min(1) });

/** The lists and CRM row of a company, as the popup shows them. */
export async function companyLists(id: string): Promise<CompanyLists> {
  const parsedId = companyId.parse(id);
  const [lists, last, company, member] = await Promise.all([
    recentLists(),
    lastListId(),
    getCompany(parsedId),
    listsOfCompany(parsedId),
  ]);
  const memberOf = member.map((l) => l.id);
  const match = company
    ? await findInCrm({
        name: company.name,
        domain: company.domain,
        linkedinSlug: company.linkedinSlug,
      })
    : undefined;
  const r = match?.record;
  return {
    lists: lists.map(({ id: listId, name }) => ({ id: listId, name })),
    memberOf,
    ...(last && { lastListId: last }),
    ...(r && {
      crm: {
        name: r.name,
        ...(r.owner && { owner: r.owner }),
        ...(r.stage && { stage: r.stage }),
        ...(r.lastActivity && { lastActivity: r.lastActivity }),
        certainty: match.certainty,
      },
    }),
  };
}

export async function handleSaveToList(payload: unknown): Promise<CompanyLists> {
  const request = saveRequest.parse(payload);
  const listId = 'listId' in request ? request.listId : (await ensureList(request.newListName)).id;
  await addToList(listId, request.companyId);
  return companyLists(request.companyId);
}

export async function handleRemoveFromList(payload: unknown): Promise<CompanyLists> {
  const request = removeRequest.parse(payload);
  await removeFromList(request.listId, [request.companyId]);
  return companyLists(request.companyId);
}

/**
 * The save-to-list shortcut: saves the tab's company to the last list (or "Target accounts")
 * and flashes ✓ on the badge for 1.5 s; on a tab without a stored company the badge flashes "–".
 */
export async function handleSaveCommand(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const state = await getTabState(id);
  if (state?.kind !== 'company') {
    await showBadge(
      id,
      { text: '–', color: '#6b7280' },
      browser.i18n.getMessage('lists_shortcut_nothing'),
    );
  } else {
    const list = await saveToLastList(state.companyId);
    await showBadge(
      id,
      { text: '✓', color: '#15803d' },
      browser.i18n.getMessage('lists_saved_to', [list.name]),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, FLASH_MS));
  await (state?.kind === 'company' ? refreshTab(id) : showBadge(id, undefined));
}
