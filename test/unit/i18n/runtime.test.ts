/**
 * The UI language at run time: the browser's by default, the stored choice when there is one,
 * loaded from the extension's own `_locales` files; `lang`/`dir` of the page follow.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  currentDirection,
  currentLanguageTag,
  currentLocale,
  followUiLanguageChanges,
  loadUiLanguage,
  localizeDocument,
  storedUiLanguage,
  storeUiLanguage,
  t,
} from '../../../components/i18n';
import { formatMessage, parseCatalog } from '../../../lib/i18n/catalog';

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');
const catalogFile = (locale: string) => readFileSync(`${LOCALES}/${locale}/messages.json`, 'utf8');
const english = parseCatalog(JSON.parse(catalogFile('en')));

/** A browser whose UI is English (no `_locales` of its language, or English itself). */
function englishBrowser(uiLanguage = 'en-US') {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, subs?: string | string[]) =>
      formatMessage(english, key, typeof subs === 'string' ? [subs] : (subs ?? [])) ?? '',
  );
}

/** The extension's own files, as `fetch(runtime.getURL(...))` reads them in a page. */
function packagedFiles() {
  const fetchFile = vi.fn(async (url: string) => {
    const match = /\/_locales\/([^/]+)\/messages\.json$/.exec(url);
    if (!match) throw new Error(`unexpected fetch ${url}`);
    return new Response(catalogFile(match[1]!));
  });
  vi.stubGlobal('fetch', fetchFile);
  return fetchFile;
}

beforeEach(async () => {
  fakeBrowser.reset();
  englishBrowser();
  await loadUiLanguage();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('UI language', () => {
  it("follows the browser's language when nothing is stored", async () => {
    const fetchFile = packagedFiles();
    await loadUiLanguage();
    expect(await storedUiLanguage()).toBeUndefined();
    expect(t('popup_no_icp')).toBe('No ICP yet');
    expect(currentLocale()).toBe('en');
    expect(currentLanguageTag()).toBe('en-US');
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('uses the stored choice, read from the packaged locale file', async () => {
    const fetchFile = packagedFiles();
    await storeUiLanguage('fa');
    await loadUiLanguage();
    expect(fetchFile).toHaveBeenCalledWith(
      expect.stringMatching(/\/_locales\/fa\/messages\.json$/),
    );
    expect(t('popup_no_icp')).toBe('هنوز ICP ندارید');
    expect(currentLocale()).toBe('fa');
    expect(currentLanguageTag()).toBe('fa');
    expect(currentDirection()).toBe('rtl');
  });

  it('writes numbers in the language: Persian digits, grouping from five digits', async () => {
    packagedFiles();
    expect(t('companies_count', 12000, 50000)).toBe('Showing 12,000 of 50,000');
    expect(t('popup_score_aria', 86)).toBe('Score 86 out of 100');
    await storeUiLanguage('fa');
    await loadUiLanguage();
    expect(t('popup_score_aria', 86)).toBe('امتیاز ۸۶ از ۱۰۰');
    expect(t('options_review_by', '1404/09/09')).toContain('1404/09/09');
    expect(t('companies_count', 1998, 12000)).toBe('نمایش ۱۹۹۸ از ۱۲٬۰۰۰');
  });

  it('goes back to the browser language when the choice is cleared', async () => {
    packagedFiles();
    await storeUiLanguage('zh_CN');
    await loadUiLanguage();
    expect(t('action_copy')).toBe('复制');
    await storeUiLanguage(undefined);
    await loadUiLanguage();
    expect(t('action_copy')).toBe('Copy');
  });

  it("keeps the browser's language when the locale file cannot be read", async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await storeUiLanguage('vi');
    await loadUiLanguage();
    expect(t('action_copy')).toBe('Copy');
  });

  it('ignores a stored value that is not a shipped locale', async () => {
    const fetchFile = packagedFiles();
    await fakeBrowser.storage.local.set({ uiLanguage: 'de' });
    await loadUiLanguage();
    expect(fetchFile).not.toHaveBeenCalled();
    expect(t('action_copy')).toBe('Copy');
  });

  it('shows the key of a message missing everywhere', () => {
    expect(t('no_such_key' as never)).toBe('no_such_key');
  });
});

describe('followUiLanguageChanges', () => {
  it('reloads the page when the language setting changes, and only then', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    const stop = followUiLanguageChanges();
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    expect(reload).not.toHaveBeenCalled();
    await storeUiLanguage('vi');
    expect(reload).toHaveBeenCalledTimes(1);
    await storeUiLanguage(undefined);
    expect(reload).toHaveBeenCalledTimes(2);
    stop();
    await storeUiLanguage('fa');
    expect(reload).toHaveBeenCalledTimes(2);
  });
});

describe('localizeDocument', () => {
  beforeEach(() => {
    const { document } = parseHTML('<!doctype html><html><head><title></title></head></html>');
    vi.stubGlobal('document', document);
  });

  it('sets lang, dir and the title from the language in use', async () => {
    packagedFiles();
    localizeDocument('options_title');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('ICP Lens — ICPs');
    await storeUiLanguage('fa');
    await loadUiLanguage();
    localizeDocument('options_title');
    expect(document.documentElement.lang).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe('ICP Lens — ICPها');
  });
});
