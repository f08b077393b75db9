import { useEffect, useId, useState } from 'react';
import { isUiLocale, languageTag, UI_LOCALES, type UiLocale } from '@/lib/i18n/locales';
import { currentLanguageTag, storedUiLanguage, storeUiLanguage, t } from '../../i18n';

const FOLLOW_BROWSER = 'browser';

/** A language's own name ("Tiếng Việt", "中文（中国）", "فارسی"), the way pickers list languages. */
function autonym(locale: UiLocale): string {
  const tag = languageTag(locale);
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** "Tiếng Việt (Vietnamese)" in an English UI; just the autonym when both names agree. */
export function optionLabel(locale: UiLocale, inUse: string): string {
  const own = autonym(locale);
  try {
    const tag = languageTag(locale);
    const here = new Intl.DisplayNames([inUse], { type: 'language' }).of(tag);
    return here && here.toLocaleLowerCase() !== own.toLocaleLowerCase() ? `${own} (${here})` : own;
  } catch {
    return own;
  }
}

/**
 * The UI language: the browser's (default) or one of the shipped locales. Choosing one stores it;
 * every open extension page reloads in it (`followUiLanguageChanges`), so every text, number and
 * the page direction follow at once.
 */
export function LanguageSetting() {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const headingId = useId();
  useEffect(() => {
    void storedUiLanguage().then(
      (locale) => setChosen(locale ?? FOLLOW_BROWSER),
      () => setChosen(FOLLOW_BROWSER),
    );
  }, []);
  const change = (value: string) => {
    setChosen(value);
    // Every open extension page, this one included, reloads in the new language.
    void storeUiLanguage(isUiLocale(value) ? value : undefined);
  };
  const inUse = currentLanguageTag();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings_language_heading')}</h2>
      <label className="field">
        <span>{t('settings_language_label')}</span>
        <select
          data-setting="ui-language"
          value={chosen ?? FOLLOW_BROWSER}
          disabled={chosen === undefined}
          onChange={(event) => change(event.currentTarget.value)}
        >
          <option value={FOLLOW_BROWSER}>{t('settings_language_browser')}</option>
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={languageTag(locale)}>
              {optionLabel(locale, inUse)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t('settings_language_help')}</p>
    </section>
  );
}
