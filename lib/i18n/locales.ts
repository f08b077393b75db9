/**
 * The UI languages ICP Lens ships, as the folder names of `public/_locales/` (Chrome's locale
 * codes: underscore, region upper case). Adding a language is its `messages.json` plus its code
 * here; `test/unit/i18n/locales.test.ts` fails when the two disagree.
 */
export const UI_LOCALES = ['en', 'vi', 'zh_CN', 'fa'] as const;

/** One of {@link UI_LOCALES}. */
export type UiLocale = (typeof UI_LOCALES)[number];

/** The locale the extension falls back to (`default_locale` in the manifest). */
export const DEFAULT_LOCALE: UiLocale = 'en';

/** Whether `value` names a shipped UI locale exactly (e.g. "zh_CN", not "zh-CN"). */
export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * The shipped locale closest to a BCP 47 language tag or Chrome locale code: exact
 * language-region first ("zh-CN", "zh_cn" → zh_CN), then the language
 * alone ("vi-VN" → vi, "fa-IR" → fa; any Chinese → zh_CN, the only Chinese shipped — where Chrome
 * itself would fall back to English), else
 * {@link DEFAULT_LOCALE}. Case and `-`/`_` do not matter.
 */
export function matchUiLocale(tag: string): UiLocale {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const language = parts[0] ?? '';
  const region = parts.slice(1).find((p) => p.length === 2);
  const exact = UI_LOCALES.find(
    (l) => l.toLowerCase() === [language, region].filter(Boolean).join('_'),
  );
  if (exact) return exact;
  return UI_LOCALES.find((l) => l.split('_')[0]?.toLowerCase() === language) ?? DEFAULT_LOCALE;
}

/** The BCP 47 tag of a shipped locale, for `lang` attributes and `Intl`: "zh_CN" → "zh-CN". */
export function languageTag(locale: UiLocale): string {
  return locale.replace('_', '-');
}
