import { browser } from 'wxt/browser';
import type { TabView } from '@/lib/messaging';
import { buildTabView, handleCompanyPageSeen } from './handlers';

/** Built from `entrypoints/website-analyzer.ts`: returns the page's Extraction. */
const ANALYZER = '/website-analyzer.js';
/** Built from `entrypoints/website-auto.ts`: reports company sites as they are visited. */
const AUTO_SCRIPT = '/website-auto.js';
const AUTO_SCRIPT_ID = 'icp-lens-website-auto';
export const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * The user clicked the icon on a page we have not read (a company website): `activeTab` lets us
 * run the analyzer in it once. Pages where extensions may not run (the browser's own pages, the
 * web store) stay "not a company page".
 */
export async function analyzeTab(tabId: number): Promise<TabView> {
  const current = await buildTabView(tabId);
  if (current.kind !== 'not-company') return current;
  let extraction: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: [ANALYZER],
    });
    extraction = injection?.result;
  } catch {
    return current;
  }
  if (!extraction) return current;
  await handleCompanyPageSeen(extraction, tabId);
  return buildTabView(tabId);
}

/**
 * Automatic analysis of every site follows the optional `<all_urls>` permission: while it is
 * granted, the website script is registered for every page but LinkedIn's; when the user revokes
 * it (here or in the browser's settings) the script goes.
 */
export async function syncAutoAnalysis(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: AUTO_SCRIPT_ID,
        matches: ['<all_urls>'],
        excludeMatches: ['*://*.linkedin.com/*'],
        js: [AUTO_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  }
  return granted;
}
