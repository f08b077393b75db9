import { browser, type PublicPath } from 'wxt/browser';
import { type Catalog, formatMessage, parseCatalog } from '@/lib/i18n/catalog';
import { isUiLocale, languageTag, matchUiLocale, type UiLocale } from '@/lib/i18n/locales';

/** A key of `public/_locales/en/messages.json` (typed by `wxt prepare`). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Where the user's choice of UI language is kept (`browser.storage.local`): a locale or absent. */
export const UI_LANGUAGE_SETTING = 'uiLanguage';

/** The chosen language's messages, when the user picked one other than the browser's. */
let override: { locale: UiLocale; catalog: Catalog } | undefined;

/**
 * Loads the user's UI language setting before the page renders: with no setting (or "follow the
 * browser") the browser's own `_locales` choice stands; with a locale chosen, that locale's
 * packaged `_locales/<locale>/messages.json` is read from the extension itself (no network).
 * Never throws: an unreadable setting or catalog leaves the browser's language in use.
 */
export async function loadUiLanguage(): Promise<void> {
  try {
    const stored = await browser.storage.local.get(UI_LANGUAGE_SETTING);
    const chosen = stored[UI_LANGUAGE_SETTING];
    if (!isUiLocale(chosen)) {
      override = undefined;
      return;
    }
    const url = browser.runtime.getURL(`/_locales/${chosen}/messages.json` as PublicPath);
    const response = await fetch(url);
    override = { locale: chosen, catalog: parseCatalog(await response.json()) };
  } catch {
    override = undefined;
  }
}

/**
 * Reloads this page when the UI language setting changes in any extension page, so an open
 * dashboard, popup or side panel switches language (and direction) at once. Returns the
 * unsubscribe function.
 */
export function followUiLanguageChanges(): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && UI_LANGUAGE_SETTING in changes) location.reload();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The stored UI language choice: a locale, or `undefined` for "the browser's language". */
export async function storedUiLanguage(): Promise<UiLocale | undefined> {
  const stored = await browser.storage.local.get(UI_LANGUAGE_SETTING);
  const chosen = stored[UI_LANGUAGE_SETTING];
  return isUiLocale(chosen) ? chosen : undefined;
}

/**
 * Stores the UI language choice (`undefined`: follow the browser). Pages that called
 * {@link followUiLanguageChanges} reload in the new language.
 */
export async function storeUiLanguage(locale: UiLocale | undefined): Promise<void> {
  if (locale) await browser.storage.local.set({ [UI_LANGUAGE_SETTING]: locale });
  else await browser.storage.local.remove(UI_LANGUAGE_SETTING);
}

function browserMessage(key: string, subs: string[]): string {
  try {
    return browser.i18n.getMessage(key as MessageKey, subs);
  } catch {
    // Not running as an extension page (e.g. a component preview).
    return '';
  }
}

// Years stay "1998", larger counts group ("12,000"; Persian "۱۲٬۰۰۰"): CLDR's min2 grouping.
const numberFormats = new Map<string, Intl.NumberFormat>();
function formatSub(value: string | number): string {
  if (typeof value === 'string') return value;
  const tag = currentLanguageTag();
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { useGrouping: 'min2', maximumFractionDigits: 2 });
    numberFormats.set(tag, format);
  }
  return format.format(value);
}

/**
 * The UI text for `key` in the language in use, `$1`-style placeholders filled from `subs`
 * (numbers written in the language's digits and grouping: "۸۶" in Persian). Falls back to the
 * browser's language, then to the key itself, so a forgotten key is visible instead of blank.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const texts = subs.map(formatSub);
  const text = override
    ? (formatMessage(override.catalog, key, texts) ?? browserMessage(key, texts))
    : browserMessage(key, texts);
  return text || key;
}

/** The shipped locale whose messages are in use (the user's choice, else the browser's). */
export function currentLocale(): UiLocale {
  if (override) return override.locale;
  const lang = browserMessage('ui_lang', []);
  return lang ? matchUiLocale(lang) : matchUiLocale(browserUiLanguage());
}

function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? 'en';
  }
}

/**
 * The BCP 47 tag of the language in use, for `Intl` and `lang` attributes: the browser's own tag
 * when it is that language ("en-GB" keeps British dates), else the locale's ("zh-CN", "fa").
 */
export function currentLanguageTag(): string {
  const locale = currentLocale();
  const browserTag = browserUiLanguage();
  return matchUiLocale(browserTag) === locale ? browserTag : languageTag(locale);
}

/** The language in use as a BCP 47 tag, e.g. "en-US" (kept for existing callers). */
export function uiLanguage(): string {
  return currentLanguageTag();
}

/** "rtl" when the language in use is written right to left (its `ui_dir` message), else "ltr". */
export function currentDirection(): 'ltr' | 'rtl' {
  return t('ui_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Sets the page's `lang` and `dir` from the translation in use (the user's choice, else the one
 * the browser picked: a browser language without a translation gets English, `lang="en"`), and
 * its title.
 */
export function localizeDocument(titleKey: MessageKey): void {
  const root = document.documentElement;
  const lang = t('ui_lang');
  if (lang !== 'ui_lang') root.lang = lang;
  root.dir = currentDirection();
  document.title = t(titleKey);
}
