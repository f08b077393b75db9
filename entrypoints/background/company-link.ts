import { z } from 'zod';
import { confirmLink, dismissLink } from '@/lib/db/links';
import type { ProtocolMap } from '@/lib/messaging';
import { buildTabView, refreshTab } from './handlers';
import { allTabStates, setTabState } from './tab-state';

const requestSchema = z.object({
  tabId: z.number().int().nonnegative(),
  companyId: z.string().min(1).max(500),
  linkedinCompanyId: z.string().min(1).max(500),
  slug: z.string().min(1).max(500),
  same: z.boolean(),
});

/**
 * The user's answer to "same company?" (`LinkRequest`). "Yes" joins the website company into the
 * LinkedIn company (`confirmLink`; a question that no longer stands changes nothing), points every
 * tab that showed either company at the joined one and re-scores those tabs (badges too). "No"
 * stops asking for this pair. Answers with the asking tab's view. Throws a ZodError on a
 * malformed request.
 */
export async function handleAnswerLink(
  data: unknown,
): Promise<ReturnType<ProtocolMap['answerLink']>> {
  const request = requestSchema.parse(data);
  if (!request.same) {
    await dismissLink(request.companyId, request.slug);
    return buildTabView(request.tabId);
  }
  const joined = await confirmLink(request.companyId, request.linkedinCompanyId);
  if (joined) {
    const before = new Set([request.companyId, request.linkedinCompanyId]);
    const states = await allTabStates();
    const moved = [...states].flatMap(([tabId, state]) =>
      state.kind === 'company' && before.has(state.companyId) ? [{ tabId, state }] : [],
    );
    await Promise.all(
      moved.map(({ tabId, state }) => setTabState(tabId, { ...state, companyId: joined.id })),
    );
    await Promise.all(moved.map(({ tabId }) => refreshTab(tabId)));
  }
  return buildTabView(request.tabId);
}
