import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import '@/components/popup/popup-score.css';
import '@/components/popup/popup-details.css';
import '@/components/popup/popup-answer.css';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { followUiLanguageChanges, loadUiLanguage, localizeDocument } from '@/components/i18n';
import { PopupApp } from '@/components/popup/PopupApp';

// The user's UI language (a stored setting) is loaded before the first render; a change of it
// in any page reloads this one in the new language.
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
        <PopupApp />
      </ErrorBoundary>
    </StrictMode>,
  );
});
