import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { icpProblemsWords, icpProblemWords } from '@/components/dashboard/icp-file-words';
import { stripIsolates } from '@/lib/i18n/bidi';
import { MAX_ICP_FILE_BYTES, parseIcpFile } from '@/lib/icp/parse';
import type { IcpFileProblem, IcpFileProblemCode } from '@/lib/icp/problems';
import { useShippedLanguage } from '../../harness/shipped-language';

type Locale = 'en' | 'vi' | 'zh_CN' | 'fa';
const LOCALES: Locale[] = ['en', 'vi', 'zh_CN', 'fa'];

afterEach(() => fakeBrowser.reset());

/** A small ICP for a made-up security software vendor. */
const icp = {
  format: 'icp-lens/icp@1',
  name: 'Northwind mid-market security',
  tiers: [
    { name: 'Best fit', minScore: 80 },
    { name: 'Good fit', minScore: 60 },
  ],
  criteria: [
    { field: 'industry', weight: 2, bands: [{ in: ['Computer and Network Security'], credit: 1 }] },
    { field: 'employees', weight: 3, bands: [{ min: 200, max: 1000, credit: 1 }] },
    { field: 'location', weight: 1, bands: [{ in: ['US', 'Canada'], credit: 1 }] },
  ],
};
type Icp = typeof icp & Record<string, unknown>;
const edited = (change: (copy: Icp) => void) => {
  const copy = structuredClone(icp) as Icp;
  change(copy);
  return JSON.stringify(copy);
};
const criterion = (copy: Icp, i: number) => copy.criteria[i] as Record<string, unknown>;
const band = (copy: Icp, i: number) =>
  (copy.criteria[i] as { bands: Record<string, unknown>[] }).bands[0] as Record<string, unknown>;

/** Files a user could import, one per problem code the parser finds in a file. */
const FILES: Record<string, string> = {
  'not-text': undefined as unknown as string,
  'too-big': `${JSON.stringify(icp)}${' '.repeat(MAX_ICP_FILE_BYTES)}`,
  'not-json': '{"format": "icp-lens/icp@1", "name": ',
  'not-object': '["Northwind", "Contoso"]',
  'format-missing': edited((c) => delete (c as Partial<Icp>).format),
  'format-newer': edited((c) => (c.format = 'icp-lens/icp@3')),
  'format-other': edited((c) => (c.format = 'hubspot/list@1')),
  missing: edited((c) => delete (c as Partial<Icp>).name),
  'wrong-type': edited((c) => (criterion(c, 0).weight = 'high')),
  'too-long': edited((c) => (c.name = 'N'.repeat(201))),
  'too-many': edited(
    (c) => (c.tiers = Array.from({ length: 11 }, (_, i) => ({ name: `T${i}`, minScore: 100 - i }))),
  ),
  'too-large': edited((c) => (band(c, 1).credit = 1.5)),
  empty: edited((c) => (c.name = '')),
  'too-small': edited((c) => (criterion(c, 0).weight = -1)),
  'unknown-key': edited((c) => {
    criterion(c, 1).wieght = 3;
    criterion(c, 1).colour = 'red';
  }),
  'not-one-of': edited((c) => (criterion(c, 0).mode = 'prefer')),
  rule: edited((c) => (band(c, 1).min = 2000)),
  'rule-band-needs-values': edited((c) => (criterion(c, 0).bands = [{ credit: 1 }])),
  'rule-band-range-not-list': edited((c) => (band(c, 1).in = ['mid-market'])),
  'rule-band-list-not-range': edited((c) => (band(c, 0).min = 3)),
  'rule-tiers-order': edited((c) => c.tiers.reverse()),
  'rule-too-many-values': edited(
    (c) =>
      (criterion(c, 0).bands = Array.from({ length: 11 }, (_, b) => ({
        in: Array.from({ length: 500 }, (_, v) => `Industry ${b}-${v}`),
        credit: 1,
      }))),
  ),
  'rule-duplicate-criterion': edited((c) =>
    c.criteria.push(structuredClone(c.criteria[0]) as never),
  ),
  'unknown-value': edited((c) => (band(c, 2).in = ['Atlantis'])),
  'unknown-role': edited((c) =>
    c.criteria.push({
      field: 'hiringFor',
      weight: 1,
      bands: [{ in: ['Astronauts'], credit: 1 }],
    } as never),
  ),
  'five-problems': edited((c) => {
    c.name = '';
    criterion(c, 0).weight = -1;
    band(c, 1).credit = 1.5;
    criterion(c, 0).mode = 'prefer';
    c.unknownCredit = 2;
  }),
};

function problemsOf(text: string): readonly IcpFileProblem[] {
  const parsed = parseIcpFile(text);
  if (parsed.ok) throw new Error('expected the file to be rejected');
  return parsed.problems;
}

/** Problems no file here produces (schema limits of that shape, internal failures). */
const BUILT: IcpFileProblem[] = [
  { code: 'too-short', path: 'personas[0].title', min: 3 },
  { code: 'too-few', path: 'tiers', min: 2 },
  { code: 'too-large', path: 'weight', max: 100, inclusive: false },
  { code: 'too-small', path: 'weight', min: 0, inclusive: false },
  { code: 'wrong-type', path: 'criteria', expected: 'array', found: { kind: 'text', text: 'all' } },
  { code: 'wrong-type', path: 'tiers[0]', expected: 'object', found: { kind: 'null' } },
  {
    code: 'wrong-type',
    path: 'name',
    expected: 'string',
    found: { kind: 'value', type: 'boolean', text: 'true' },
  },
  {
    code: 'wrong-type',
    path: 'name',
    expected: 'bigint',
    found: { kind: 'value', type: 'number', text: '7' },
  },
  { code: 'not-object', found: { kind: 'object' } },
  { code: 'unreadable', reason: 'RangeError: Maximum call stack size exceeded' },
  { code: 'rule', path: 'criteria[0]', message: 'a rule the schema does not name' },
];

const ALL_CODES: IcpFileProblemCode[] = [
  'not-text',
  'too-big',
  'not-json',
  'not-object',
  'format-missing',
  'format-newer',
  'format-other',
  'missing',
  'wrong-type',
  'too-long',
  'too-many',
  'too-large',
  'empty',
  'too-short',
  'too-few',
  'too-small',
  'unknown-key',
  'not-one-of',
  'rule',
  'unknown-value',
  'unreadable',
];

const everyProblem = () => [...Object.values(FILES).flatMap(problemsOf), ...BUILT];

/** The sentence frame: the message with every isolated part (what the file says) taken out. */
const frame = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, ' ');

describe('ICP file problems', () => {
  it('cover every problem code', () => {
    expect(new Set(everyProblem().map((p) => p.code))).toEqual(new Set(ALL_CODES));
  });

  it('name every rule of the file format', () => {
    const rules = everyProblem().flatMap((p) => (p.code === 'rule' && p.rule ? [p.rule.rule] : []));
    expect(new Set(rules)).toEqual(
      new Set([
        'band-needs-values',
        'band-min-over-max',
        'band-range-not-list',
        'band-list-not-range',
        'tiers-order',
        'too-many-values',
        'duplicate-criterion',
      ]),
    );
  });

  it.each(Object.keys(FILES))('in English equal parseIcpFile’s error (%s)', (name) => {
    useShippedLanguage('en');
    const parsed = parseIcpFile(FILES[name] as string);
    if (parsed.ok) throw new Error('expected the file to be rejected');
    expect(stripIsolates(icpProblemsWords(parsed.problems))).toBe(parsed.error);
  });

  it('in English match the old wording of known files', () => {
    useShippedLanguage('en');
    const words = (name: string) =>
      stripIsolates(icpProblemsWords(problemsOf(FILES[name] as string)));
    expect(words('too-large')).toBe('criteria[1].bands[0].credit: must be ≤ 1');
    expect(words('unknown-key')).toBe(
      'criteria[1].wieght: unknown key (did you mean "weight"?); criteria[1].colour: unknown key',
    );
    expect(words('five-problems')).toMatch(/; and 2 more problems$/);
    expect(words('wrong-type')).toBe('criteria[0].weight: must be a number, found the text "high"');
  });

  it.each(['vi', 'zh_CN', 'fa'] as const)('in %s leave no English frame', (locale) => {
    useShippedLanguage('en');
    const english = everyProblem().map((p) => frame(icpProblemWords(p)));
    useShippedLanguage(locale);
    const problems = everyProblem();
    problems.forEach((problem, i) => {
      const text = icpProblemWords(problem);
      expect(text, problem.code).not.toMatch(/^icpfile_|\sicpfile_/);
      // Words of the English frame (brand, field and format names aside) must not survive.
      const englishWords = (english[i]?.match(/[A-Za-z]{3,}/g) ?? []).filter(
        (w) =>
          ![
            'ICP',
            'Lens',
            'JSON',
            'format',
            'null',
            'true',
            'false',
            'min',
            'max',
            'minScore',
          ].includes(w),
      );
      const left = englishWords.filter((w) => new RegExp(`\\b${w}\\b`).test(frame(text)));
      expect(left, `${problem.code}: ${text}`).toEqual([]);
      // What the file says is kept as written.
      if ('path' in problem) expect(stripIsolates(text)).toContain(problem.path);
    });
  });

  it.each(LOCALES)('in %s join the first three and count the rest', (locale) => {
    useShippedLanguage(locale);
    const text = stripIsolates(icpProblemsWords(problemsOf(FILES['five-problems'] as string)));
    const more = {
      en: 'and 2 more problems',
      vi: 'và 2 lỗi khác',
      zh_CN: '还有 2 个问题',
      fa: 'و ۲ مشکل دیگر',
    };
    expect(text.endsWith(more[locale])).toBe(true);
    expect(text).toContain('name');
  });

  it('words a bound with the language’s digits and keeps the field path', () => {
    useShippedLanguage('fa');
    expect(stripIsolates(icpProblemsWords(problemsOf(FILES['too-large'] as string)))).toBe(
      'criteria[1].bands[0].credit: باید ≤ ۱ باشد',
    );
    useShippedLanguage('vi');
    expect(stripIsolates(icpProblemsWords(problemsOf(FILES['unknown-value'] as string)))).toMatch(
      /^criteria\[2\]\.bands\[0\]\.in\[0\]: địa điểm không xác định "Atlantis"; hãy dùng mã quốc gia/,
    );
  });
});
