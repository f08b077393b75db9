import { browser } from 'wxt/browser';
import { loadUiLanguage, UI_LANGUAGE_SETTING } from '@/components/i18n';

let loaded: Promise<void> | undefined;

/**
 * Resolves once the user's UI language choice (the settings page's override, kept in
 * `storage.local`) is loaded, so `t()` in the worker (the toolbar tooltip) speaks it rather than
 * the browser's language. Loaded once per worker start; never rejects.
 */
export function uiLanguageLoaded(): Promise<void> {
  loaded ??= loadUiLanguage();
  return loaded;
}

/**
 * Reloads the UI language when the setting changes, then calls `onChange` (re-titling the open
 * tabs' toolbar icons). Register at the worker's start, like every other listener.
 */
export function followUiLanguage(onChange: () => Promise<void>): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(UI_LANGUAGE_SETTING in changes)) return;
    loaded = loadUiLanguage();
    void loaded.then(onChange).catch(() => undefined);
  });
}
