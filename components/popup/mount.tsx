import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../theme.css';
import './popup.css';
import './popup-score.css';
import './popup-details.css';
import './popup-answer.css';
import { ErrorBoundary } from '../ErrorBoundary';
import { followUiLanguageChanges, loadUiLanguage, localizeDocument } from '../i18n';
import { PopupApp } from './PopupApp';

/**
 * Starts the popup's view in this page (the toolbar popup, or with `follow` the side panel that
 * stays open and follows the active tab): the user's UI language is loaded before the first
 * render, a change of it reloads the page, and an error boundary offers the settings.
 */
export function mountPopup(options: { follow?: boolean } = {}): void {
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
          <PopupApp follow={options.follow === true} />
        </ErrorBoundary>
      </StrictMode>,
    );
  });
}
