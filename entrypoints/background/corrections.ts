import { z } from 'zod';
import { CORRECTABLE_FACTS, parseCorrection } from '@/lib/company/corrections';
import { resetCorrection, saveCorrection } from '@/lib/db/corrections';
import type { ProtocolMap } from '@/lib/messaging';
import { buildTabView, refreshTab } from './handlers';

const requestSchema = z.object({
  tabId: z.number().int().nonnegative(),
  companyId: z.string().min(1).max(500),
  field: z.enum(CORRECTABLE_FACTS),
  text: z.string().max(5000),
});

/** Stores the user's correction of a fact, re-scores the tab (badge too) and returns its view. */
export async function handleCorrectFact(
  data: unknown,
): Promise<ReturnType<ProtocolMap['correctFact']>> {
  const request = requestSchema.parse(data);
  const parsed = parseCorrection(request.field, request.text);
  if (!parsed.ok) return parsed;
  await saveCorrection(request.companyId, parsed.facts);
  await refreshTab(request.tabId);
  return { ok: true, view: await buildTabView(request.tabId) };
}

/** Forgets the user's correction of a fact, re-scores the tab and returns its view. */
export async function handleResetFact(
  data: unknown,
): Promise<ReturnType<ProtocolMap['resetFact']>> {
  const request = requestSchema.parse(data);
  await resetCorrection(request.companyId, request.field);
  await refreshTab(request.tabId);
  return buildTabView(request.tabId);
}
