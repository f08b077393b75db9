import { UI_LOCALES, type UiLocale } from '../i18n/locales';

/**
 * The languages talking points and opening lines are written in: the shipped UI locales (Chrome
 * locale codes). Chosen per ICP (`outreachLanguage`), independent of the UI language.
 */
export const OUTREACH_LANGUAGES = UI_LOCALES;

/** One of {@link OUTREACH_LANGUAGES}. */
export type OutreachLanguage = UiLocale;

/** The language of ICPs and ICP files that do not name one. */
export const DEFAULT_OUTREACH_LANGUAGE: OutreachLanguage = 'en';

/** The language an ICP's talking points are written in: its `outreachLanguage`, else English. */
export function outreachLanguageOf(icp: { outreachLanguage?: OutreachLanguage }): OutreachLanguage {
  return icp.outreachLanguage ?? DEFAULT_OUTREACH_LANGUAGE;
}

/** "rtl" for a language written right to left (Persian), else "ltr". */
export function outreachDirection(language: OutreachLanguage): 'ltr' | 'rtl' {
  return language === 'fa' ? 'rtl' : 'ltr';
}
