import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sourcesText } from '@/components/labels';
import { sourceKey } from '@/lib/db/company-list';
import { useShippedLanguage } from '../../harness/shipped-language';

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
