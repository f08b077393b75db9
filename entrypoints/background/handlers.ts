import { t } from '@/components/i18n';
import { tierName } from '@/components/labels';
import { badgeFor } from '@/lib/badge';
import { withoutUserFacts } from '@/lib/company/corrections';
import { getCompany, recordObservation, saveScores } from '@/lib/db/companies';
import { factTimesOf } from '@/lib/db/corrections';
import { listIcps, type StoredIcp } from '@/lib/db/icps';
import { pendingLinkClaim } from '@/lib/db/links';
import { scoreCompanyForIcps } from '@/lib/evaluate';
import type { Extraction } from '@/lib/facts';
import { extractionSchema } from '@/lib/facts-schema';
import { isolate } from '@/lib/i18n/bidi';
import type { IcpScore, TabView } from '@/lib/messaging';
import { normalizeExtraction } from '@/lib/normalize';
import { isCompanyHost } from '@/lib/normalize/domain';
import type { CompanyRecord } from '@/lib/records';
import {
  needsIcps,
  type ReadyView,
  type StoredCompanyReads,
  storedCompanyView,
  tabViewOf,
} from '@/lib/tab-view';
import { allTabStates, getTabState, setTabState } from './tab-state';
import { showBadge } from './toolbar';
import { uiLanguageLoaded } from './ui-language';

const LOADING_BADGE = { text: '…', color: '#6b7280' };

/** A page is worth a company record only when it names the company or its LinkedIn page. */
function identifiesCompany(extraction: Extraction): boolean {
  return Boolean(extraction.facts.name || extraction.facts.linkedinSlug);
}

function hasContent(extraction: Extraction): boolean {
  const { name, linkedinSlug, ...rest } = extraction.facts;
  return Boolean(name) && Object.keys(rest).length > 0;
}

export async function handleCompanyPageSeen(payload: unknown, tabId: number): Promise<void> {
  const parsed = extractionSchema.safeParse(payload);
  if (!parsed.success) return; // A malformed message is dropped; nothing stored changes.
  // A page cannot pose as the user: facts of source "user" come only from corrections.
  const extraction = normalizeExtraction({
    ...parsed.data,
    facts: withoutUserFacts(parsed.data.facts),
  });
  if (!isCompanyHost(extraction.url)) {
    // An intranet page, an IP address, localhost: never a company, nothing kept.
    await setTabState(tabId, undefined);
    await showBadge(tabId, undefined);
    return;
  }
  if (!identifiesCompany(extraction) || !hasContent(extraction)) {
    await setTabState(tabId, { kind: 'empty', url: extraction.url, extraction });
    await showBadge(tabId, undefined);
    return;
  }
  let company: CompanyRecord;
  try {
    company = await recordObservation(extraction);
  } catch (error) {
    // Storage refused (quota, a broken database): still show the fit, say it was not saved.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await setTabState(tabId, { kind: 'unsaved', url: extraction.url, extraction, error: message });
    await refreshTab(tabId);
    return;
  }
  const state = setTabState(tabId, { kind: 'company', url: extraction.url, companyId: company.id });
  await Promise.all([state, showFit(tabId, company)]);
}

/**
 * The badge for a company just recorded, on the shortest path: the record in hand (not read
 * again), the ICPs and the facts' times read side by side, no pitch, the badge set before the
 * scores are stored. Same badge and stored scores as `refreshTab`.
 */
async function showFit(tabId: number, company: CompanyRecord): Promise<void> {
  const [icps, times] = await Promise.all([
    listIcps().catch(() => []),
    factTimesOf(company.id).catch(() => ({})),
  ]);
  const scores = scoreCompanyForIcps(icps, company.facts, Date.now(), times);
  await showActiveFit(tabId, company.name, scores);
  await saveScores(company.id, scores).catch(() => undefined);
}

/**
 * The active ICP's tier and score on the tab's toolbar icon (no ICP: no badge, a title saying so).
 * The tooltip speaks the UI language chosen in settings, else the browser's.
 */
async function showActiveFit(
  tabId: number,
  name: string | undefined,
  scores: readonly IcpScore[],
): Promise<void> {
  const active = scores.find((s) => s.active);
  await uiLanguageLoaded();
  if (!active) {
    await showBadge(tabId, undefined, t('badge_title_no_icp'));
    return;
  }
  const { result } = active;
  const title = t('badge_title', name ? isolate(name) : '', tierName(result), result.score);
  await showBadge(tabId, badgeFor(result), title);
}

export async function handleCompanyPageLeft(
  state: { url: string; loading: boolean },
  tabId: number,
): Promise<void> {
  if (state.loading) {
    await setTabState(tabId, { kind: 'loading', url: String(state.url) });
    await showBadge(tabId, LOADING_BADGE);
  } else {
    await setTabState(tabId, undefined);
    await showBadge(tabId, undefined);
  }
}

/** Re-scores the tab's company against the current ICPs and updates its badge. */
export async function refreshTab(tabId: number): Promise<void> {
  const view = await buildTabView(tabId);
  if (view.kind !== 'ready') return;
  if (!view.storageError) await saveScores(view.company.id, view.scores).catch(() => undefined);
  await showActiveFit(tabId, view.company.name, view.scores);
}

export async function refreshAllTabs(): Promise<void> {
  const states = await allTabStates();
  await Promise.all([...states.keys()].map((tabId) => refreshTab(tabId)));
}

/**
 * What the popup shows for a tab: reads the tab's state, and only when it needs them the ICPs
 * and the stored company, then asks `tabViewOf` (lib/tab-view.ts), which decides.
 */
export async function buildTabView(tabId: number): Promise<TabView> {
  const state = await getTabState(tabId);
  if (!needsIcps(state)) return tabViewOf(state, { icps: [], now: Date.now() });
  const icps = await listIcps().catch(() => []);
  const stored = state?.kind === 'company' ? await readStoredCompany(state.companyId) : undefined;
  return tabViewOf(state, { icps, now: Date.now(), ...(stored && { stored }) });
}

/** A stored company with its facts' times and pending link question; undefined when unknown. */
async function readStoredCompany(companyId: string): Promise<StoredCompanyReads | undefined> {
  const company = await getCompany(companyId);
  if (!company) return undefined;
  const times = await factTimesOf(company.id).catch(() => ({}));
  const linkClaim = await pendingLinkClaim(company.id).catch(() => undefined);
  return { company, times, ...(linkClaim && { linkClaim }) };
}

/**
 * What to show for a stored company, scored against the ICPs (stale facts unknown for an ICP that
 * says so); `url` is the page showing it (the stored one without a tab). Undefined when unknown.
 */
export async function companyView(
  companyId: string,
  url?: string,
  icps?: StoredIcp[],
): Promise<ReadyView | undefined> {
  const stored = await readStoredCompany(companyId);
  if (!stored) return undefined;
  return storedCompanyView(stored, icps ?? (await listIcps().catch(() => [])), Date.now(), url);
}

/** The tabs that show this company now. */
export async function tabsShowing(companyId: string): Promise<number[]> {
  const states = await allTabStates();
  return [...states].flatMap(([tabId, state]) =>
    state?.kind === 'company' && state.companyId === companyId ? [tabId] : [],
  );
}

export async function forgetTab(tabId: number): Promise<void> {
  await setTabState(tabId, undefined);
}
