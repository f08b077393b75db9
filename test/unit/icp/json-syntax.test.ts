/**
 * A file that is not JSON is refused with where and why, the same in every JS engine and worded in
 * each language: the position (1-based line and column, in characters) and a coded reason found
 * by jsonc-parser, never the engine's English message when the place is known.
 */
import { describe, expect, it } from 'vitest';
import { cliText } from '@/lib/cli/text';
import { readCompaniesJson } from '@/lib/csv/read-json';
import { jsonSyntaxOf } from '@/lib/icp/json-syntax';
import { parseIcpFile } from '@/lib/icp/parse';
import { icpProblemIn, type ProblemLanguage } from '@/lib/icp/problem-words';

/** An ICP a RevOps lead typed by hand, with the mistakes hand-written JSON has. */
const FILES: Record<string, [text: string, expected: ReturnType<typeof jsonSyntaxOf>]> = {
  'a missing comma': [
    '{\n  "format": "icp-lens/icp@1",\n  "name": "Contoso fintech"\n  "tiers": []\n}',
    { problem: 'comma-expected', line: 4, column: 3 },
  ],
  'a trailing comma': [
    '{"name": "Contoso fintech", }',
    { problem: 'property-name-expected', line: 1, column: 29 },
  ],
  'a cut-off file': [
    '{"format": "icp-lens/icp@1", "name": ',
    { problem: 'value-expected', line: 1, column: 38 },
  ],
  'single quotes': ["{'name': 'Contoso'}", { problem: 'bad-symbol', line: 1, column: 2 }],
  'a comment': ['// Contoso ICP\n{}', { problem: 'comment', line: 1, column: 1 }],
  'an unclosed text after emoji': [
    '\uFEFF{"name": "Contoso 🚀", "description": "Fintech',
    { problem: 'unfinished-string', line: 1, column: 38 },
  ],
  'an empty file': ['', { problem: 'value-expected', line: 1, column: 1 }],
};

describe('where and why a file is not JSON', () => {
  it.each(Object.entries(FILES))('finds %s', (_, [text, expected]) => {
    expect(() => JSON.parse(text.replace(/^\uFEFF/, ''))).toThrow();
    expect(jsonSyntaxOf(text)).toEqual(expected);
  });

  it('carries the place in the ICP file problem and the English error', () => {
    const parsed = parseIcpFile(FILES['a missing comma']?.[0] as string);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({
      code: 'not-json',
      syntax: { problem: 'comma-expected', line: 4, column: 3 },
    });
    expect(parsed.error).toBe('Not valid JSON (line 4, column 3): a comma was expected');
    expect(
      readCompaniesJson('[{"Company": "Contoso"} {"Company": "Fabrikam"}]').errors[0]?.message,
    ).toBe('Not valid JSON (line 1, column 25): a comma was expected');
  });

  it.each([
    ['vi', 'JSON không hợp lệ (dòng 4, cột 3): thiếu dấu phẩy'],
    ['zh_CN', '不是有效的 JSON（第 4 行，第 3 列）：此处缺少逗号'],
    ['fa', 'JSON معتبر نیست (سطر ۴، ستون ۳): اینجا ویرگول (,) لازم است'],
  ] as const)('is worded in %s with no English left', (locale, expected) => {
    const parsed = parseIcpFile(FILES['a missing comma']?.[0] as string);
    if (parsed.ok) throw new Error('parsed');
    const text = cliText(locale);
    const words: ProblemLanguage = {
      t: text.t,
      number: (n) => text.number(n),
      plural: text.plural,
      isolate: (s) => s,
    };
    expect(icpProblemIn(words, parsed.problems[0] as never)).toBe(expected);
  });
});
