import { z } from 'zod';
import { CORRECTABLE_FACTS, parseCorrection } from '@/lib/company/corrections';
import { saveScores } from '@/lib/db/companies';
import { resetCorrection, saveCorrection } from '@/lib/db/corrections';
import type { ProtocolMap, TabView } from '@/lib/messaging';
import { buildTabView, companyView, refreshTab, tabsShowing } from './handlers';

const requestSchema = z.object({
  /** Absent when the correction comes from the dashboard's company view (no tab). */
  tabId: z.number().int().nonnegative().optional(),
  companyId: z.string().min(1).max(500),
  field: z.enum(CORRECTABLE_FACTS),
  text: z.string().max(5000),
});
type Request = z.infer<typeof requestSchema>;

/**
 * After a correction: re-scores every tab showing the company (badges too) and answers with the
 * asking tab's view, or, from the dashboard, the company's own view (its stored scores updated
 * so the lists show the new fit).
 */
async function afterChange(request: Request): Promise<TabView> {
  const tabs = new Set(await tabsShowing(request.companyId));
  if (request.tabId !== undefined) tabs.add(request.tabId);
  await Promise.all([...tabs].map((tabId) => refreshTab(tabId)));
  if (request.tabId !== undefined) return buildTabView(request.tabId);
  const view = await companyView(request.companyId);
  if (!view) return { kind: 'not-company' };
  await saveScores(view.company.id, view.scores).catch(() => undefined);
  return view;
}

/** Stores the user's correction of a fact, re-scores the company and returns what to show. */
export async function handleCorrectFact(
  data: unknown,
): Promise<ReturnType<ProtocolMap['correctFact']>> {
  const request = requestSchema.parse(data);
  const parsed = parseCorrection(request.field, request.text);
  if (!parsed.ok) return parsed;
  await saveCorrection(request.companyId, parsed.facts);
  return { ok: true, view: await afterChange(request) };
}

/** Forgets the user's correction of a fact, re-scores the company and returns what to show. */
export async function handleResetFact(
  data: unknown,
): Promise<ReturnType<ProtocolMap['resetFact']>> {
  const request = requestSchema.parse(data);
  await resetCorrection(request.companyId, request.field);
  return afterChange(request);
}
