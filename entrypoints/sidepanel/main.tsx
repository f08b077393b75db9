import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import '@/components/popup/popup-score.css';
import '@/components/popup/popup-details.css';
import '@/components/popup/popup-answer.css';
import '@/components/popup/side-panel.css';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { followUiLanguageChanges, loadUiLanguage, localizeDocument } from '@/components/i18n';
import { PopupApp } from '@/components/popup/PopupApp';

// The side panel (Chrome `side_panel`, Firefox `sidebar_action`): the popup's view, kept open,
// following the active tab from company to company.
// The user's UI language is loaded before the first render, as in the popup.
followUiLanguageChanges();
void loadUiLanguage().then(() => {
  localizeDocument('extName');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary
        area="popup"
        openSettings={() =>
          void browser.tabs.create({ url: browser.runtime.getURL('/options.html#settings') })
        }
      >
        <PopupApp follow />
      </ErrorBoundary>
    </StrictMode>,
  );
});
