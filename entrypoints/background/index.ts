import { browser } from 'wxt/browser';
import { seedSampleIcp } from '@/lib/db/icps';
import { sampleIcp } from '@/lib/icp/sample';
import { messenger, pageReportOf } from '@/lib/messaging';
import {
  buildTabView,
  forgetTab,
  handleCompanyPageLeft,
  handleCompanyPageSeen,
  refreshAllTabs,
} from './handlers';
import {
  companyLists,
  handleRemoveFromList,
  handleSaveCommand,
  handleSaveToList,
  SAVE_TO_LIST_COMMAND,
} from './lists';
import { serializePerTab } from './serialize';
import { analyzeTab, syncAutoAnalysis } from './website';

const isLinkedInUrl = (url: string) => /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(url);

export default defineBackground(() => {
  // First run installs the sample ICP; it is idempotent, so it also runs on every worker start.
  browser.runtime.onInstalled.addListener(() => void seedSampleIcp(sampleIcp));
  void seedSampleIcp(sampleIcp);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const report = pageReportOf(message);
    const tabId = sender.tab?.id;
    if (!report || tabId === undefined) return undefined;
    const handle =
      report.kind === 'companyPageSeen'
        ? () => handleCompanyPageSeen(report.extraction, tabId)
        : report.kind === 'companyPageLeft' && typeof report.url === 'string'
          ? () =>
              handleCompanyPageLeft(
                { url: report.url as string, loading: report.loading === true },
                tabId,
              )
          : undefined;
    if (!handle) return undefined;
    void serializePerTab(tabId, handle).finally(() => sendResponse(null));
    return true; // keeps the channel (and the worker) open until the report is handled
  });
  messenger.onMessage('getTabView', ({ data }) => buildTabView(Number(data)));
  messenger.onMessage('analyzeTab', ({ data }) => {
    const tabId = Number(data);
    return serializePerTab(tabId, () => analyzeTab(tabId));
  });
  void syncAutoAnalysis().catch(() => undefined);
  browser.permissions.onAdded.addListener(() => void syncAutoAnalysis().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncAutoAnalysis().catch(() => undefined));
  messenger.onMessage('icpsChanged', () => refreshAllTabs());
  messenger.onMessage('getCompanyLists', ({ data }) => companyLists(data));
  messenger.onMessage('saveToList', ({ data }) => handleSaveToList(data));
  messenger.onMessage('removeFromList', ({ data }) => handleRemoveFromList(data));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === SAVE_TO_LIST_COMMAND) void handleSaveCommand(tab?.id).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A full navigation away from LinkedIn: the tab no longer shows a company. (Without the `tabs`
  // permission only LinkedIn URLs are visible to us, which is all this needs.)
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const url = change.url ?? tab.url;
    if (change.status !== 'loading' || (url && isLinkedInUrl(url))) return;
    void serializePerTab(tabId, () =>
      handleCompanyPageLeft({ url: url ?? '', loading: false }, tabId),
    );
  });
});
