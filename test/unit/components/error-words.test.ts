import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { errorWords } from '@/components/error-words';
import { postedError } from '@/components/posted-error';
import { FSI, PDI } from '@/lib/i18n/bidi';
import { ListError, listProblemOf } from '@/lib/lists/list-error';
import { cleanListName } from '@/lib/lists/membership';
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
    // The popup's "shown but not saved": the background passes "<name>: <message>".
    expect(errorWords('QuotaExceededError: The quota has been exceeded.')).toBe(
      'مرورگر دیگر جایی برای داده‌های ICP Lens ندارد؛ کمی از فضای دیسک را آزاد کنید',
    );
    expect(errorWords('Uncaught Error: Extension context invalidated.')).toBe(
      'ICP Lens به‌روزرسانی شد یا دوباره راه‌اندازی شد؛ این صفحه را دوباره بارگیری کنید',
    );
  });

  it.each([
    ['en', 'the list needs a name', 'that list no longer exists (it was deleted)'],
    ['vi', 'danh sách cần có tên', 'danh sách đó không còn nữa (đã bị xoá)'],
    ['zh_CN', '列表需要一个名称', '该列表已不存在（已被删除）'],
    ['fa', 'فهرست باید نامی داشته باشد', 'آن فهرست دیگر وجود ندارد (حذف شده است)'],
  ] as const)('word a list refusal in %s, never as a technical error', (locale, noName, gone) => {
    useShippedLanguage(locale);
    let thrown: unknown;
    try {
      cleanListName('   ');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ListError);
    expect((thrown as Error).message).toBe('A list needs a name.');
    expect(errorWords(thrown)).toBe(noName);
    expect(errorWords(new ListError({ code: 'list-gone' }))).toBe(gone);
  });

  it('know a list refusal after it crossed a worker or a message channel', () => {
    useShippedLanguage('zh_CN');
    // The import worker: `runImport` gives the failure as its English message only.
    const posted = postedError('That list no longer exists.');
    expect(posted).toEqual({
      message: 'That list no longer exists.',
      problem: { code: 'list-gone' },
    });
    expect(errorWords({ type: 'failed', ...posted })).toBe('该列表已不存在（已被删除）');
    // The background's messaging: the error's name and message, as a plain object.
    expect(errorWords({ name: 'ListError', message: 'A list needs a name.' })).toBe(
      '列表需要一个名称',
    );
    expect(errorWords(postedError(new ListError({ code: 'no-version', version: 12 })))).toBe(
      '该 ICP 版本已不再保存',
    );
    expect(listProblemOf('ListError: There is no version 7.')).toEqual({
      code: 'no-version',
      version: 7,
    });
    // Anything else stays a technical error, its own text isolated.
    expect(listProblemOf('That list no longer exists, nor does this one.')).toBeUndefined();
    expect(errorWords({ name: 'TypeError', message: 'x is undefined' })).toBe(
      `技术错误（${FSI}x is undefined${PDI}）`,
    );
  });

  it('read a worker’s posted error by its name: a closed database is no technical error', () => {
    useShippedLanguage('vi');
    const posted = postedError(named('DatabaseClosedError', 'Database has been closed'));
    expect(posted).toEqual({ name: 'DatabaseClosedError', message: 'Database has been closed' });
    expect(errorWords(posted)).toBe(
      'không mở được cơ sở dữ liệu của ICP Lens; hãy tải lại trang này',
    );
    expect(postedError(new Error('Database blocked'))).toEqual({ message: 'Database blocked' });
  });
});
