/** ICP version notes ICP Lens writes itself (stored in English) are shown in the UI language. */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { versionNoteWords, versionTime } from '@/components/dashboard/editor/version-note-words';
import { stripIsolates } from '@/lib/i18n/bidi';
import { useShippedLanguage } from '../../harness/shipped-language';

afterEach(() => fakeBrowser.reset());

describe('version notes', () => {
  it.each([
    ['vi', 'Mẫu có sẵn', 'Nhập từ tệp'],
    ['zh_CN', '内置示例', '从文件导入'],
    ['fa', 'نمونهٔ داخلی', 'وارد شده از یک فایل'],
  ] as const)('word the notes ICP Lens writes in %s', (locale, sample, imported) => {
    useShippedLanguage(locale);
    expect(versionNoteWords('Built-in sample')).toBe(sample);
    expect(versionNoteWords('Imported from a file')).toBe(imported);
  });

  it('say a restore with its moment as the language writes it, and keep a typed note', () => {
    useShippedLanguage('zh_CN');
    const at = Date.parse('2026-11-02T14:05:00Z');
    expect(versionNoteWords('Restored the version of 2026-11-02 14:05')).toBe(
      `已恢复 ${versionTime(at, 'zh-CN')} 的版本`,
    );
    expect(versionTime(at, 'zh-CN')).toMatch(/^2026年11月2日/);
    expect(stripIsolates(versionNoteWords('Narrowed to EMEA before QBR'))).toBe(
      'Narrowed to EMEA before QBR',
    );
  });
});
