import { browser } from 'wxt/browser';
import { seedSampleIcp } from '@/lib/db/icps';
import { createReportInterpreter } from '@/lib/extract/linkedin-company';
import { sampleIcpFor } from '@/lib/icp/sample';
import { COPY_OPENING_KEY, messenger, PAGE_REPORT_ACK, pageReportOf } from '@/lib/messaging';
import { openSidePanel } from './commands';
import { handleAnswerLink } from './company-link';
import { handleCorrectFact, handleResetFact } from './corrections';
import {
  buildTabView,
  forgetTab,
  handleCompanyPageLeft,
  handleCompanyPageSeen,
  refreshAllTabs,
  refreshTab,
} from './handlers';
import { followIcps } from './icp-watch';
import {
  companyLists,
  handleRemoveFromList,
  handleSaveCommand,
  handleSaveToList,
  SAVE_TO_LIST_COMMAND,
} from './lists';
import { reinjectOpenTabs, reinjectTab } from './reinject';
import { serializePerTab } from './serialize';
import { allTabStates } from './tab-state';
import { followUiLanguage } from './ui-language';
import { analyzeTab, syncAutoAnalysis } from './website';

const isLinkedInUrl = (url: string) => /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(url);

export default defineBackground(() => {
  // First run installs the sample ICP; it is idempotent, so it also runs on every worker start.
  // The sample is installed in the browser's UI language (English when ICP Lens doesn't ship it).
  const sample = () => sampleIcpFor(browser.i18n.getUILanguage());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void seedSampleIcp(sample());
    // Open LinkedIn tabs would stay deaf until reloaded: give them this version's script.
    void reinjectOpenTabs(reason);
  });
  void seedSampleIcp(sample());

  // A LinkedIn page comes as its structure: interpreted here, with the language tables.
  const interpretReport = createReportInterpreter();
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const raw = pageReportOf(message);
    const tabId = sender.tab?.id;
    if (!raw || tabId === undefined) return undefined;
    const report = interpretReport(raw, tabId);
    if (!report) {
      // The same company as this tab's last report: delivered, nothing to redo. (Without the
      // acknowledgement the content script would read and send it again and again.)
      sendResponse(PAGE_REPORT_ACK);
      return undefined;
    }
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
    // The acknowledgement tells the content script the report was delivered (it retries without).
    void serializePerTab(tabId, handle).finally(() => sendResponse(PAGE_REPORT_ACK));
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
  // ICPs saved, deleted, restored or activated in any extension page: re-score the open tabs,
  // each in its tab's queue (a report being handled finishes first).
  followIcps(async () => {
    const tabs = [...(await allTabStates()).keys()];
    await Promise.all(tabs.map((tabId) => serializePerTab(tabId, () => refreshTab(tabId))));
  });
  // The toolbar tooltip follows the UI language chosen in settings, at once.
  followUiLanguage(refreshAllTabs);
  messenger.onMessage('correctFact', ({ data }) => handleCorrectFact(data));
  messenger.onMessage('resetFact', ({ data }) => handleResetFact(data));
  messenger.onMessage('answerLink', ({ data }) => handleAnswerLink(data));

  // Shortcuts: open the side panel; copy the opening line (the popup opens and copies it).
  messenger.onMessage('getCompanyLists', ({ data }) => companyLists(data));
  messenger.onMessage('saveToList', ({ data }) => handleSaveToList(data));
  messenger.onMessage('removeFromList', ({ data }) => handleRemoveFromList(data));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === SAVE_TO_LIST_COMMAND) void handleSaveCommand(tab?.id).catch(() => undefined);
    if (command === 'open-side-panel') void openSidePanel(tab).catch(() => undefined);
    if (command === 'copy-opening-line' && tab?.id !== undefined) {
      void browser.storage.session.set({ [COPY_OPENING_KEY]: tab.id });
      void (browser.action ?? browser.browserAction).openPopup().catch(() => undefined);
    }
  });
  messenger.onMessage('reinjectTab', ({ data }) => reinjectTab(Number(data)));

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A tab brought to the front is re-scored against the current ICPs. An ICP saved in the
  // dashboard while this worker slept wakes nothing (the ICP watch only sees writes while it
  // runs); this listener wakes the worker when the user goes back to a company's tab, so its
  // badge is never older than the ICPs.
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void serializePerTab(tabId, () => refreshTab(tabId)).catch(() => undefined);
  });
  // A full navigation away from LinkedIn: the tab no longer shows a company. (Without the `tabs`
  // permission only LinkedIn URLs are visible to us, which is all this needs.)
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') interpretReport.forget(tabId);
    const url = change.url ?? tab.url;
    if (change.status !== 'loading' || (url && isLinkedInUrl(url))) return;
    void serializePerTab(tabId, () =>
      handleCompanyPageLeft({ url: url ?? '', loading: false }, tabId),
    );
  });
});
