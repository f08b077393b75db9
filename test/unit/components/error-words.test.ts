import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { errorWords } from '@/components/error-words';
import { FSI, PDI } from '@/lib/i18n/bidi';
import { useShippedLanguage } from '../../harness/shipped-language';

afterEach(() => fakeBrowser.reset());

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('error words', () => {
  it.each([
    ['en', 'an unexpected error, with no details', 'a technical error'],
    ['vi', 'một lỗi không lường trước, không có chi tiết', 'một lỗi kỹ thuật'],
    ['zh_CN', '发生意外错误，没有详细信息', '技术错误'],
    ['fa', 'خطایی پیش‌بینی‌نشده، بدون جزئیات', 'یک خطای فنی'],
  ] as const)('give a worded fallback in %s', (locale, none, technical) => {
    useShippedLanguage(locale);
    expect(errorWords('')).toBe(none);
    expect(errorWords(undefined)).toBe(none);
    const words = errorWords(new TypeError('Cannot read properties of undefined'));
    expect(words.startsWith(technical)).toBe(true);
    expect(words).toContain(`${FSI}Cannot read properties of undefined${PDI}`);
  });

  it('say what a user can do about a restarted extension, a full disk or a closed database', () => {
    useShippedLanguage('zh_CN');
    expect(
      errorWords(new Error('Could not establish connection. Receiving end does not exist.')),
    ).toBe('ICP Lens 已更新或重新启动，请重新加载此页面');
    expect(errorWords(named('QuotaExceededError', 'The quota has been exceeded.'))).toBe(
      '浏览器已没有空间存放 ICP Lens 的数据，请释放一些磁盘空间',
    );
    expect(errorWords(named('DatabaseClosedError', 'Database has been closed'))).toBe(
      '无法打开 ICP Lens 的数据库，请重新加载此页面',
    );
  });

  it('read a worker’s error text (a string) as it reads a thrown error', () => {
    useShippedLanguage('fa');
    expect(errorWords('Uncaught Error: Extension context invalidated.')).toBe(
      'ICP Lens به‌روزرسانی شد یا دوباره راه‌اندازی شد؛ این صفحه را دوباره بارگیری کنید',
    );
  });
});
