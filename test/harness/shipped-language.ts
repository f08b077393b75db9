import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, parseCatalog } from '../../lib/i18n/catalog';

/** A UI language the extension ships (`public/_locales/<locale>`). */
export type ShippedLocale = 'en' | 'vi' | 'zh_CN' | 'fa';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Makes WXT's fake browser answer `i18n.getMessage` and `i18n.getUILanguage` from the shipped
 * catalog of `locale`, as Chrome does with that UI language. Reset with `fakeBrowser.reset()`.
 */
export function useShippedLanguage(locale: ShippedLocale): void {
  const catalog = parseCatalog(
    JSON.parse(readFileSync(resolve(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')),
  );
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) =>
    formatMessage(catalog, name, Array.isArray(subs) ? subs : subs ? [subs] : []) ?? '') as never;
  fakeBrowser.i18n.getUILanguage = () => locale.replace('_', '-');
}
