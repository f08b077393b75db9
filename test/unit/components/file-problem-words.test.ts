import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { csvProblemWords, rowErrorWords } from '@/components/lists/file-problem-words';
import { cliText } from '@/lib/cli/text';
import { type CsvProblem, type CsvProblemCode, csvProblemText } from '@/lib/csv/problems';
import { FSI, PDI, stripIsolates } from '@/lib/i18n/bidi';
import { useShippedLanguage } from '../../harness/shipped-language';

type Locale = 'en' | 'vi' | 'zh_CN' | 'fa';
const LOCALES: Locale[] = ['en', 'vi', 'zh_CN', 'fa'];

afterEach(() => fakeBrowser.reset());

/** One problem of each code, as the reader finds them in real files. */
const PROBLEMS: Record<CsvProblemCode, CsvProblem> = {
  'empty-file': { code: 'empty-file' },
  binary: { code: 'binary', kind: 'zip' },
  'not-text': { code: 'not-text' },
  'too-big': { code: 'too-big', maxMb: 200 },
  'not-json': {
    code: 'not-json',
    reason: "Expected ',' or ']' after array element in JSON at position 41",
    syntax: { line: 3, column: 5, problem: 'comma-expected' },
  },
  'not-a-list': { code: 'not-a-list' },
  'empty-list': { code: 'empty-list' },
  unreadable: { code: 'unreadable', reason: 'RangeError: Invalid string length' },
  'no-header': { code: 'no-header' },
  'no-known-column': {
    code: 'no-known-column',
    found: ['First Name', 'Last Name', 'Email'],
    examples: ['Company', 'Website', 'Domain', 'Industry', '# Employees'],
  },
  'people-without-company': {
    code: 'people-without-company',
    found: ['First Name', 'Last Name', 'Email', 'Job Title'],
  },
  'row-not-object': { code: 'row-not-object' },
  'no-company-data': { code: 'no-company-data' },
  'extra-cells': { code: 'extra-cells', cells: 4, columns: 3 },
  'no-company-named': { code: 'no-company-named' },
  'more-problems': { code: 'more-problems', count: 12 },
  'unclosed-quote': { code: 'unclosed-quote', line: 12, rest: 380 },
  'unclosed-quote-near': { code: 'unclosed-quote-near', line: 12045 },
  'row-too-long': { code: 'row-too-long', maxMb: 64 },
  'not-utf8-after': { code: 'not-utf8-after', byte: 1048576 },
  'cell-too-long': { code: 'cell-too-long', cell: 3, mb: 1.5 },
  'csv-syntax': {
    code: 'csv-syntax',
    papa: 'InvalidQuotes',
    message: 'Trailing quote on quoted field is malformed',
  },
  'size-made-date': { code: 'size-made-date', column: '# Employees', cell: '10-Jan' },
  'invalid-fact': {
    code: 'invalid-fact',
    path: 'employees.value.min',
    detail: 'Too small: expected number to be >=0',
    issue: { code: 'too-small', path: 'employees.value.min', min: 0, inclusive: true },
  },
  'crm-no-identity-column': { code: 'crm-no-identity-column' },
  'crm-no-identity': { code: 'crm-no-identity' },
};

/**
 * Codes whose English words differ from the reader's message on purpose: a company-facts JSON
 * entry is worded as the ICP file's problems are ("must be ≥ 0"), the reader keeps zod's English.
 */
const WORDED_AS_ICP_PROBLEM = new Set<CsvProblemCode>(['invalid-fact']);

/** What stays as written inside the words: names of formats and products, the engine's text. */
const KEPT =
  /CSV|JSON|Excel|\.xlsx|xlsx|gzip|LinkedIn|UTF-8|Windows-1252|RangeError: Invalid string length|MB|First Name|Last Name|Email|Company|Website|Domain|Industry|# Employees|employees\.value\.min/g;

describe('account-file problems', () => {
  it.each(Object.keys(PROBLEMS).filter((c) => !WORDED_AS_ICP_PROBLEM.has(c as CsvProblemCode)))(
    'in English equal the reader’s message (%s)',
    (code) => {
      useShippedLanguage('en');
      const problem = PROBLEMS[code as CsvProblemCode];
      expect(stripIsolates(csvProblemWords(problem))).toBe(csvProblemText(problem));
    },
  );

  it.each(LOCALES.filter((l) => l !== 'en'))('leave no English frame in %s', (locale) => {
    useShippedLanguage(locale);
    for (const problem of Object.values(PROBLEMS)) {
      const words = stripIsolates(csvProblemWords(problem)).replace(KEPT, '');
      expect(words, problem.code).not.toMatch(
        /\b(file|cells?|columns|ignored|company|imported|problems|empty|object|expected|header|not|quote|line|row|domain|date|read|left)\b/i,
      );
      expect(words.trim().length, problem.code).toBeGreaterThan(0);
    }
  });

  it.each([
    ['vi', '4 ô nhưng chỉ có 3 cột: các ô thừa bị bỏ qua'],
    ['zh_CN', '有 4 个单元格，但只有 3 列：多出的单元格已忽略'],
    ['fa', '۴ خانه اما ۳ ستون: خانه‌های اضافی نادیده گرفته شد'],
  ] as const)('count cells and columns in the language’s digits (%s)', (locale, expected) => {
    useShippedLanguage(locale);
    expect(csvProblemWords(PROBLEMS['extra-cells'])).toBe(expected);
  });

  it('list the columns found and the ones expected as the language lists them, or none', () => {
    useShippedLanguage('zh_CN');
    expect(stripIsolates(csvProblemWords(PROBLEMS['no-known-column']))).toBe(
      '没有本读取器认识的列：找到的是 First Name、Last Name、Email。应为包含 Company、Website、Domain、Industry、# Employees 等列的公司列表。',
    );
    useShippedLanguage('en');
    const none: CsvProblem = { code: 'no-known-column', found: [], examples: ['Company'] };
    expect(stripIsolates(csvProblemWords(none))).toBe(csvProblemText(none));
  });

  it('say one more problem in the singular, in English', () => {
    useShippedLanguage('en');
    expect(csvProblemWords({ code: 'more-problems', count: 1 })).toBe('and 1 more problem');
  });

  it('word a message without a code as the reader wrote it, isolated', () => {
    useShippedLanguage('fa');
    const unterminated = 'a quote opened near line 7 is never closed';
    expect(rowErrorWords({ message: unterminated })).toBe(`${FSI}${unterminated}${PDI}`);
    expect(
      rowErrorWords({ message: 'names no company', problem: { code: 'no-company-named' } }),
    ).toBe('هیچ شرکتی را نام نمی‌برد (نه نام، نه دامنه و نه صفحه LinkedIn): وارد نشد');
  });

  it('on the command line: the reader’s English by default, the language under --lang', () => {
    const error = {
      row: 7,
      message: '4 cells but 3 columns: extra cells ignored',
      problem: PROBLEMS['extra-cells'],
    };
    expect(cliText().rowError(error)).toBe('4 cells but 3 columns: extra cells ignored');
    expect(cliText('zh_CN').rowError(error)).toBe('有 4 个单元格，但只有 3 列：多出的单元格已忽略');
    expect(cliText('vi').rowError({ message: 'The file is empty.' })).toBe('The file is empty.');
  });
});
