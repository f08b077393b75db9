import { browser } from 'wxt/browser';

/** A key of `public/_locales/en/messages.json` (typed by `wxt prepare`). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The UI text for `key` in the browser's language, `$1`-style placeholders filled from `subs`.
 * Falls back to the key itself when the message is missing (or outside the extension), so a
 * forgotten key is visible instead of blank.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, subs.map(String));
  } catch {
    // Not running as an extension page (e.g. a component preview): show the key.
  }
  return text || key;
}

/** The browser's UI language as a BCP 47 tag, e.g. "en-US". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/**
 * Sets the page's language and direction from the translation in use (its `ui_lang` and `ui_dir`
 * messages: the browser's UI language may have no translation, and then the text is English).
 */
export function localizeDocument(titleKey: MessageKey): void {
  const root = document.documentElement;
  const lang = t('ui_lang');
  if (lang !== 'ui_lang') root.lang = lang;
  const dir = t('ui_dir');
  if (dir === 'rtl' || dir === 'ltr') root.dir = dir;
  document.title = t(titleKey);
}
