/** Industries (stored as LinkedIn's English names) are said as LinkedIn names them in the UI language. */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { companyTypeWords } from '@/components/company-type-words';
import { hierarchyFor } from '@/components/dashboard/editor/suggestions';
import { industryWords } from '@/components/industry-words';
import { factText } from '@/components/popup/fact-words';
import { criterionValueText } from '@/components/value-words';
import { stripIsolates } from '@/lib/i18n/bidi';
import { INDUSTRIES } from '@/lib/normalize/industry-names';
import { useShippedLanguage } from '../../harness/shipped-language';

afterEach(() => fakeBrowser.reset());

describe('industry words', () => {
  it('name LinkedIn’s industries in each UI language', () => {
    expect(industryWords('Software Development', 'zh_CN')).toBe('软件开发');
    expect(industryWords('Software Development', 'vi')).toBe('Phát triển phần mềm');
    expect(industryWords('Technology, Information and Internet', 'fa')).toBe(
      'فناوری، اطلاعات و اینترنت',
    );
    expect(industryWords('Software Development', 'en')).toBe('Software Development');
  });

  it('have a name for every industry in every UI language', () => {
    for (const locale of ['vi', 'zh_CN', 'fa'] as const)
      for (const industry of INDUSTRIES)
        expect([locale, industry, industryWords(industry, locale)]).not.toContainEqual(
          expect.stringContaining('\u2068'),
        );
  });

  it('keep a name outside LinkedIn’s list as written, isolated', () => {
    expect(stripIsolates(industryWords('Widgets & Gizmos', 'fa'))).toBe('Widgets & Gizmos');
    expect(industryWords('Widgets & Gizmos', 'fa')).not.toBe('Widgets & Gizmos');
  });

  it('reach the popup’s facts and reasons', () => {
    useShippedLanguage('zh_CN');
    const fact = { value: 'Computer and Network Security', source: 'csv' as const, evidence: '' };
    expect(factText('industry', fact)).toBe('计算机和网络安全');
    expect(criterionValueText({ field: 'industry', value: 'Computer and Network Security' })).toBe(
      '计算机和网络安全',
    );
  });
});

describe('company type words', () => {
  it.each([
    ['vi', 'Thuộc sở hữu tư nhân'],
    ['zh_CN', '私人持股'],
    ['fa', 'سهامی خاص'],
  ] as const)('say LinkedIn’s company type in %s, in facts and reasons', (locale, words) => {
    useShippedLanguage(locale);
    expect(companyTypeWords('Privately Held')).toBe(words);
    const fact = { value: 'Privately Held', source: 'linkedin-about' as const, evidence: '' };
    expect(factText('companyType', fact)).toBe(words);
    expect(criterionValueText({ field: 'companyType', value: 'Privately Held' })).toBe(words);
    expect(stripIsolates(companyTypeWords('Cooperative'))).toBe('Cooperative');
  });
});

describe('editor suggestions for industries and company types', () => {
  it('name industries, their groups and company types in the language; the value stays', () => {
    useShippedLanguage('zh_CN');
    const industry = hierarchyFor('industry');
    expect(industry.valueLabel?.('Software Development')).toBe('软件开发');
    expect(industry.optionLabel?.('Software Development')).toMatch(/^软件开发 · /);
    const group = Object.keys(industry.groups ?? {})[0] as string;
    expect(industry.groupLabel?.(group)).not.toBe(group);
    expect(hierarchyFor('companyType').valueLabel?.('Privately Held')).toBe('私人持股');
    useShippedLanguage('en');
    // In English the chip shows the value alone, the list its group, as before.
    expect(hierarchyFor('industry').valueLabel?.('Software Development')).toBeUndefined();
    expect(hierarchyFor('industry').optionLabel?.('Software Development')).toBe(
      'Technology, Information and Media',
    );
  });
});
