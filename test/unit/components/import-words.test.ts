import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ignoredColumnsText,
  recordIdColumn,
  usedColumnsText,
} from '@/components/lists/import-words';
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

describe('import preview in English names every fact in words', () => {
  it('the LinkedIn page and company type, not the reader’s field ids', () => {
    useShippedLanguage('en');
    const used = [
      { column: 'LinkedIn Company Page', field: 'linkedinSlug' },
      { column: 'Type', field: 'companyType' },
    ];
    expect(stripIsolates(usedColumnsText(used))).toBe(
      'LinkedIn Company Page → LinkedIn page and Type → company type',
    );
  });
});

describe('recordIdColumn: the CRM record-id column is named apart, not as ignored', () => {
  const used = [
    { column: 'Company name', field: 'name' },
    { column: 'Company Domain Name', field: 'domain' },
  ];

  it('takes HubSpot’s "Record ID" out of the ignored columns', () => {
    expect(recordIdColumn(used, ['Record ID', 'Company owner', 'Lifecycle Stage'])).toEqual({
      column: 'Record ID',
      ignored: ['Company owner', 'Lifecycle Stage'],
    });
  });

  it('finds Salesforce’s "Account ID" wherever it stands', () => {
    expect(recordIdColumn(used, ['Account Owner', 'Account ID'])).toEqual({
      column: 'Account ID',
      ignored: ['Account Owner'],
    });
  });

  it('leaves a file without a record-id column as it was', () => {
    const ignored = ['Company owner', 'Notes'];
    expect(recordIdColumn(used, ignored)).toEqual({ ignored });
    expect(recordIdColumn([], [])).toEqual({ ignored: [] });
  });
});
