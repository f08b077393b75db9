import { isolate } from '@/lib/i18n/bidi';
import type { UiLocale } from '@/lib/i18n/locales';
import { fa } from '@/lib/normalize/industry-l10n/fa';
import { vi } from '@/lib/normalize/industry-l10n/vi';
import { zhCN } from '@/lib/normalize/industry-l10n/zh-cn';
import { INDUSTRIES } from '@/lib/normalize/industry-names';
import { currentLocale } from './i18n';

/**
 * LinkedIn's industry tables of the UI languages (`lib/normalize/industry-l10n/`: line i names
 * `INDUSTRIES[i]`, LinkedIn's current name in that language first): only these three, not the
 * index of every language, so the popup's bundle stays small.
 */
const TABLES: Readonly<Record<Exclude<UiLocale, 'en'>, string>> = { vi, zh_CN: zhCN, fa };
const INDEX: ReadonlyMap<string, number> = new Map(INDUSTRIES.map((name, i) => [name, i]));
const names = new Map<UiLocale, readonly string[]>();

function namesIn(locale: Exclude<UiLocale, 'en'>): readonly string[] {
  let found = names.get(locale);
  if (!found) {
    found = TABLES[locale]
      .replace(/^\n/, '')
      .split('\n')
      .map((line) => line.split('|')[0]?.trim() ?? '');
    names.set(locale, found);
  }
  return found;
}

/**
 * An industry as LinkedIn names it in the UI language, e.g. "Software Development" → "软件开发"
 * (zh_CN), "توسعه نرم‌افزار" (fa): the stored value is LinkedIn's English name (normalised from
 * any page or file, `lib/normalize/industry.ts`). A name outside LinkedIn's list (a CRM's own
 * industry, a keyword) or one the table leaves empty is kept as written, isolated. English as is.
 */
export function industryWords(industry: string, locale: UiLocale = currentLocale()): string {
  if (locale === 'en') return industry;
  const i = INDEX.get(industry);
  const name = i === undefined ? undefined : namesIn(locale)[i];
  return name || isolate(industry);
}
