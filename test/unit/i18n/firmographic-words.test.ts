/**
 * A list row's size and headquarters, stored in the listing as short English-form text, are shown
 * in the UI language: digits, the country's CLDR name, the language's separator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { headquartersWords, sizeWords } from '@/components/lists/firmographic-words';
import { stripIsolates } from '@/lib/i18n/bidi';
import { firmographicsOf } from '@/lib/lists/rows';
import { useShippedLanguage } from '../../harness/shipped-language';

afterEach(() => fakeBrowser.reset());

const row = firmographicsOf({
  employees: { value: { min: 201, max: 500 }, source: 'csv', evidence: 'Employees: 201-500' },
  headquarters: {
    value: { city: 'Austin', region: 'US-TX', country: 'US', raw: 'Austin, TX, United States' },
    source: 'csv',
    evidence: 'City: Austin',
  },
});

describe('list row firmographics', () => {
  it('are read from what the listing stores, in Persian digits and names', () => {
    expect(row).toMatchObject({ employees: '201–500', hq: 'Austin, US' });
    useShippedLanguage('fa');
    expect(sizeWords(row.employees as string)).toBe('۲۰۱–۵۰۰');
    expect(sizeWords('10001+')).toBe('۱۰٬۰۰۱+');
    expect(sizeWords('250')).toBe('۲۵۰');
    expect(stripIsolates(headquartersWords(row.hq as string))).toBe('Austin، ایالات متحده');
  });

  it('use the Chinese separator and country name, and keep other text as stored', () => {
    useShippedLanguage('zh_CN');
    expect(stripIsolates(headquartersWords('Austin, US'))).toBe('Austin，美国');
    expect(stripIsolates(headquartersWords('DE'))).toBe('德国');
    expect(stripIsolates(headquartersWords('Somewhere near the harbour'))).toBe(
      'Somewhere near the harbour',
    );
    expect(stripIsolates(sizeWords('about fifty'))).toBe('about fifty');
  });
});
