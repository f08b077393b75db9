/**
 * The Companies page's Source column is worded in the UI language from the stored extractor ids
 * (it said "LinkedIn + account-file" in every language).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sourcesText } from '@/components/labels';
import { sourceKey } from '@/lib/db/company-list';
import { formatMessage, parseCatalog } from '@/lib/i18n/catalog';

function useShippedLanguage(locale: 'en' | 'vi' | 'zh_CN' | 'fa') {
  const catalog = parseCatalog(
    JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')),
  );
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) =>
    formatMessage(catalog, name, Array.isArray(subs) ? subs : subs ? [subs] : []) ?? '') as never;
  fakeBrowser.i18n.getUILanguage = () => locale.replace('_', '-');
}

afterEach(() => fakeBrowser.reset());

describe('the Source column', () => {
  it('keys sources by extractor id, sorted and unique', () => {
    expect(sourceKey(['website', 'linkedin-company', 'website'])).toBe(
      'linkedin-company + website',
    );
    expect(sourceKey(['account-file'])).toBe('account-file');
    expect(sourceKey(undefined)).toBe('');
  });

  it.each([
    ['en', 'Account file + LinkedIn + Website'],
    ['vi', 'Tệp tài khoản + LinkedIn + Trang web'],
    ['zh_CN', '客户文件 + LinkedIn + 网站'],
    ['fa', 'فایل حساب‌ها + LinkedIn + وب‌سایت'],
  ] as const)('%s: names every source in the language', (locale, expected) => {
    useShippedLanguage(locale);
    expect(sourcesText(sourceKey(['website', 'account-file', 'linkedin-company']))).toBe(expected);
    expect(sourcesText('')).toBe('—');
  });
});
