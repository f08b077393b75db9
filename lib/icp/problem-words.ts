import type en from '../../public/_locales/en/messages.json';
import { ROLE_FAMILIES } from '../criteria/hiring-for';
import { REGION_NAMES } from '../criteria/regions';
import type { JsonSyntaxProblem } from './json-syntax';
import { MAX_ICP_FILE_BYTES } from './parse';
import { type FoundValue, type IcpFileProblem, type IcpRule, SHOWN_PROBLEMS } from './problems';

/**
 * ICP file problems (`parseIcpFile`'s `problems`) worded in any language of the catalogs
 * (`public/_locales/<locale>/messages.json`, keys `icpfile_…`), through a {@link ProblemLanguage}:
 * the dashboard passes the UI language (`components/dashboard/icp-file-words.ts`), the command
 * line its `--lang` (`lib/cli/problem-language.ts`). In English the words equal `parseIcpFile`'s
 * `error` (isolates aside).
 */

/** A catalog message that words ICP file problems. */
export type IcpFileKey = Extract<keyof typeof en, `icpfile_${string}`>;

const JSON_KEYS: Readonly<Record<JsonSyntaxProblem, IcpFileKey>> = {
  'value-expected': 'icpfile_json_value_expected',
  'property-name-expected': 'icpfile_json_property_name_expected',
  'colon-expected': 'icpfile_json_colon_expected',
  'comma-expected': 'icpfile_json_comma_expected',
  'close-brace-expected': 'icpfile_json_close_brace_expected',
  'close-bracket-expected': 'icpfile_json_close_bracket_expected',
  'end-expected': 'icpfile_json_end_expected',
  comment: 'icpfile_json_comment',
  'unfinished-string': 'icpfile_json_unfinished_string',
  'unfinished-number': 'icpfile_json_unfinished_number',
  'bad-number': 'icpfile_json_bad_number',
  'bad-escape': 'icpfile_json_bad_escape',
  'bad-unicode': 'icpfile_json_bad_unicode',
  'bad-character': 'icpfile_json_bad_character',
  'bad-symbol': 'icpfile_json_bad_symbol',
};

/** How one language says things: its messages, its numbers and plurals, how it isolates file text. */
export interface ProblemLanguage {
  /** The message `key` with `$1`… filled from `subs`. */
  t(key: IcpFileKey, ...subs: string[]): string;
  /** A number in the language's digits: grouped from five digits, or always when `grouped`. */
  number(n: number, grouped?: boolean): string;
  /** The CLDR plural category of `n` ("one", "other"…). */
  plural(n: number): Intl.LDMLPluralRule;
  /** Text from the file, made to read right inside the language's sentences (FSI…PDI in the UI). */
  isolate(text: string): string;
}

function joined(
  w: ProblemLanguage,
  items: readonly string[],
  key: 'icpfile_join' | 'icpfile_value_join',
): string {
  return items.reduce((all, next) => w.t(key, all, next));
}

function foundWords(w: ProblemLanguage, found: FoundValue): string {
  const { t, isolate } = w;
  const quote = (text: string) => isolate(JSON.stringify(text));
  switch (found.kind) {
    case 'null':
      return t('icpfile_found_null');
    case 'list':
      return t('icpfile_found_list');
    case 'object':
      return t('icpfile_found_object');
    case 'text':
      return t('icpfile_found_text', quote(found.text));
    case 'value':
      if (found.type === 'number') return t('icpfile_found_number', isolate(found.text));
      if (found.type === 'boolean') return t('icpfile_found_boolean', isolate(found.text));
      return t('icpfile_found_value', isolate(found.type), isolate(found.text));
  }
}

function expectedWords(w: ProblemLanguage, type: string): string {
  const { t, isolate } = w;
  if (type === 'string') return t('icpfile_expected_string');
  if (type === 'number') return t('icpfile_expected_number');
  if (type === 'boolean') return t('icpfile_expected_boolean');
  if (type === 'object') return t('icpfile_expected_object');
  if (type === 'array') return t('icpfile_expected_array');
  return t('icpfile_expected_other', isolate(type));
}

function unknownValueWords(
  w: ProblemLanguage,
  p: Extract<IcpFileProblem, { code: 'unknown-value' }>,
): string {
  const { t, isolate } = w;
  const quote = (text: string) => isolate(JSON.stringify(text));
  const path = isolate(p.path);
  if (p.field === 'location')
    return t(
      'icpfile_unknown_place',
      path,
      quote(p.entry),
      joined(w, REGION_NAMES.slice(0, 8).map(isolate), 'icpfile_value_join'),
    );
  if (p.field === 'hiringFor')
    return t(
      'icpfile_unknown_role',
      path,
      quote(p.entry),
      joined(w, ROLE_FAMILIES.map(isolate), 'icpfile_value_join'),
    );
  return t('icpfile_rule', path, isolate(p.detail));
}

function ruleWords(w: ProblemLanguage, path: string, rule: IcpRule): string {
  const { t, isolate } = w;
  switch (rule.rule) {
    case 'band-needs-values':
      return t('icpfile_rule_band_needs_values', path);
    case 'band-min-over-max':
      return t('icpfile_rule_band_min_over_max', path);
    case 'band-range-not-list':
      return t('icpfile_rule_band_range_not_list', path, isolate(rule.field));
    case 'band-list-not-range':
      return t('icpfile_rule_band_list_not_range', path, isolate(rule.field));
    case 'tiers-order':
      return t('icpfile_rule_tiers_order', path);
    case 'too-many-values': {
      const grouped = (n: number) => w.number(n, true);
      return t('icpfile_rule_too_many_values', path, grouped(rule.max), grouped(rule.count));
    }
    case 'duplicate-criterion':
      return t('icpfile_rule_duplicate_criterion', path, isolate(`criteria[${rule.first}]`));
  }
}

/**
 * One ICP file problem in `w`'s language, e.g. "criteria[2].bands[0].credit: phải ≤ 1" (vi). What
 * comes from the file (field paths, keys, values, texts) is kept as written and passed through
 * `w.isolate`; numbers through `w.number`.
 */
export function icpProblemIn(w: ProblemLanguage, p: IcpFileProblem): string {
  const { t, isolate } = w;
  const num = (n: number) => w.number(n);
  const plural = (n: number, forms: { one: IcpFileKey; other: IcpFileKey }) =>
    w.plural(n) === 'one' ? forms.one : forms.other;
  const path = 'path' in p ? isolate(p.path) : '';
  switch (p.code) {
    case 'not-text':
      return t('icpfile_not_text');
    case 'too-big':
      return t('icpfile_too_big', num(p.maxBytes / MAX_ICP_FILE_BYTES));
    case 'not-json': {
      const at = p.syntax;
      if (!at) return t('icpfile_not_json', isolate(p.reason));
      return t('icpfile_not_json_at', num(at.line), num(at.column), t(JSON_KEYS[at.problem]));
    }
    case 'not-object':
      return t('icpfile_not_object', foundWords(w, p.found));
    case 'format-missing':
      return t('icpfile_format_missing', isolate(p.expected));
    case 'format-newer':
      return t('icpfile_format_newer', isolate(p.found), isolate(p.expected));
    case 'format-other':
      return t('icpfile_format_other', isolate(p.expected), foundWords(w, p.found));
    case 'missing':
      return t('icpfile_missing', path);
    case 'wrong-type':
      return t('icpfile_wrong_type', path, expectedWords(w, p.expected), foundWords(w, p.found));
    case 'too-long':
      return t(
        plural(p.max, { one: 'icpfile_too_long_one', other: 'icpfile_too_long_other' }),
        path,
        num(p.max),
      );
    case 'too-many':
      return t(
        plural(p.max, { one: 'icpfile_too_many_one', other: 'icpfile_too_many_other' }),
        path,
        num(p.max),
      );
    case 'too-large':
      return t(p.inclusive ? 'icpfile_too_large' : 'icpfile_too_large_strict', path, num(p.max));
    case 'empty':
      return t('icpfile_empty', path);
    case 'too-short':
      return t(
        plural(p.min, { one: 'icpfile_too_short_one', other: 'icpfile_too_short_other' }),
        path,
        num(p.min),
      );
    case 'too-few':
      return t(
        plural(p.min, { one: 'icpfile_too_few_one', other: 'icpfile_too_few_other' }),
        path,
        num(p.min),
      );
    case 'too-small':
      return t(p.inclusive ? 'icpfile_too_small' : 'icpfile_too_small_strict', path, num(p.min));
    case 'unknown-key':
      return joined(
        w,
        p.keys.map((k) =>
          k.suggestion
            ? t('icpfile_unknown_key_suggest', isolate(k.path), isolate(k.suggestion))
            : t('icpfile_unknown_key', isolate(k.path)),
        ),
        'icpfile_join',
      );
    case 'not-one-of':
      return t('icpfile_not_one_of', path, joined(w, p.values.map(isolate), 'icpfile_value_join'));
    case 'rule':
      return p.rule ? ruleWords(w, path, p.rule) : t('icpfile_rule', path, isolate(p.message));
    case 'unknown-value':
      return unknownValueWords(w, p);
    case 'unreadable':
      return t('icpfile_unreadable', isolate(p.reason));
  }
}

/**
 * ICP file problems as one message in `w`'s language: the first three, then "and N more
 * problems" (as `parseIcpFile`'s English `error` joins them). Empty for no problems.
 */
export function icpProblemsIn(w: ProblemLanguage, problems: readonly IcpFileProblem[]): string {
  if (problems.length === 0) return '';
  const shown = joined(
    w,
    problems.slice(0, SHOWN_PROBLEMS).map((p) => icpProblemIn(w, p)),
    'icpfile_join',
  );
  const more = problems.length - SHOWN_PROBLEMS;
  if (more <= 0) return shown;
  const moreKey = w.plural(more) === 'one' ? 'icpfile_more_one' : 'icpfile_more_other';
  return w.t('icpfile_join', shown, w.t(moreKey, w.number(more)));
}
