import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ignoredColumnsText, usedColumnsText } from '@/components/lists/import-words';
import { FSI, PDI, stripIsolates } from '@/lib/i18n/bidi';
import { useShippedLanguage } from '../../harness/shipped-language';

afterEach(() => fakeBrowser.reset());

/** What the reader reports for a HubSpot export of made-up companies. */
const USED = [
  { column: 'Company name', field: 'name' },
  { column: 'Company Domain Name', field: 'domain' },
  { column: 'Country/Region', field: 'headquarters (country)' },
];

describe('import preview columns', () => {
  it.each([
    [
      'en',
      'Company name → name, Company Domain Name → domain, and Country/Region → headquarters (country)',
    ],
    [
      'vi',
      'Company name → tên, Company Domain Name → tên miền và Country/Region → trụ sở (quốc gia)',
    ],
    ['zh_CN', 'Company name → 名称、Company Domain Name → 域名和Country/Region → 总部（国家）'],
    [
      'fa',
      'Company name ← نام،\u200f Company Domain Name ← دامنه، و Country/Region ← دفتر مرکزی (کشور)',
    ],
  ] as const)('name each column’s fact in %s', (locale, expected) => {
    useShippedLanguage(locale);
    expect(stripIsolates(usedColumnsText(USED))).toBe(expected);
  });

  it('keep the file’s column names as written, isolated', () => {
    useShippedLanguage('fa');
    expect(usedColumnsText(USED)).toContain(`${FSI}Company Domain Name${PDI}`);
    expect(ignoredColumnsText(['Owner', 'Lead status'])).toBe(
      `${FSI}Owner${PDI} و ${FSI}Lead status${PDI}`,
    );
  });

  it('say a fact the catalog does not know as the reader named it, and no column as a dash', () => {
    useShippedLanguage('zh_CN');
    expect(stripIsolates(usedColumnsText([{ column: 'ARR', field: 'arr (usd)' }]))).toBe(
      'ARR → arr (usd)',
    );
    expect(usedColumnsText([])).toBe('—');
  });
});
