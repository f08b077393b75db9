import type { CriterionField } from '../criteria/schema';
import type { JsonSyntax, JsonSyntaxProblem } from './json-syntax';

/**
 * What an ICP file holds where something else was expected, for wording: `null`, a list, an
 * object, a text (its first 40 characters) or another JSON value (`type` as `typeof` names it,
 * `text` as `String(value)` writes it, e.g. `{ type: 'number', text: '5' }`).
 */
export type FoundValue =
  | { kind: 'null' }
  | { kind: 'list' }
  | { kind: 'object' }
  | { kind: 'text'; text: string }
  | { kind: 'value'; type: string; text: string };

/**
 * One reason an ICP file was rejected, as a code with its parameters (no sentence): the UI words
 * it in its language (`components/dashboard/icp-file-words.ts`), {@link icpProblemText} in English
 * for the command line. `path` is the field path as the file spells it (`criteria[2].bands[0].credit`).
 * Numbers are plain numbers (`max`, `min`: characters, entries or the value's bound; `maxBytes`: bytes).
 */
export type IcpFileProblem =
  | { code: 'not-text' }
  | { code: 'too-big'; maxBytes: number }
  | {
      code: 'not-json';
      /** The JS engine's own message (English, engine-specific): shown only without `syntax`. */
      reason: string;
      /** Where and why, engine-independent (`jsonSyntaxOf`), when the parser located it. */
      syntax?: JsonSyntax;
    }
  | { code: 'not-object'; found: FoundValue }
  | { code: 'format-missing'; expected: string }
  | { code: 'format-newer'; found: string; expected: string }
  | { code: 'format-other'; found: FoundValue; expected: string }
  | { code: 'missing'; path: string }
  | { code: 'wrong-type'; path: string; expected: string; found: FoundValue }
  | { code: 'too-long'; path: string; max: number }
  | { code: 'too-many'; path: string; max: number }
  | { code: 'too-large'; path: string; max: number; inclusive: boolean }
  | { code: 'empty'; path: string }
  | { code: 'too-short'; path: string; min: number }
  | { code: 'too-few'; path: string; min: number }
  | { code: 'too-small'; path: string; min: number; inclusive: boolean }
  | { code: 'unknown-key'; keys: readonly { path: string; suggestion?: string }[] }
  | { code: 'not-one-of'; path: string; values: readonly string[] }
  | {
      code: 'rule';
      path: string;
      /** The schema's English sentence for the rule. */
      message: string;
      /** Which rule of the file format, with its parameters; absent for a rule not named. */
      rule?: IcpRule;
    }
  | {
      code: 'unknown-value';
      path: string;
      field: CriterionField;
      /** The entry as written, its first 60 characters. */
      entry: string;
      /** The criterion registry's English sentence (`CriterionKind.unknownValue`). */
      detail: string;
    }
  | { code: 'unreadable'; reason: string };

/**
 * A rule of the ICP file format beyond field types (`lib/criteria/schema.ts` names each in its
 * issue's `params`): a band with neither values nor range, `min` over `max`, a list band on a
 * number field (`field`) or a range on a list field, tiers out of order, more than `max` band
 * values in all (`count` given), a criterion the same as `criteria[first]`.
 */
export type IcpRule =
  | { rule: 'band-needs-values' | 'band-min-over-max' | 'tiers-order' }
  | { rule: 'band-range-not-list' | 'band-list-not-range'; field: string }
  | { rule: 'too-many-values'; max: number; count: number }
  | { rule: 'duplicate-criterion'; first: number };

/** The rule a zod custom issue's `params` name, or undefined for params of another shape. */
export function ruleOf(params: unknown): IcpRule | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const p = params as Record<string, unknown>;
  switch (p.rule) {
    case 'band-needs-values':
    case 'band-min-over-max':
    case 'tiers-order':
      return { rule: p.rule };
    case 'band-range-not-list':
    case 'band-list-not-range':
      return typeof p.field === 'string' ? { rule: p.rule, field: p.field } : undefined;
    case 'too-many-values':
      return typeof p.max === 'number' && typeof p.count === 'number'
        ? { rule: p.rule, max: p.max, count: p.count }
        : undefined;
    case 'duplicate-criterion':
      return typeof p.first === 'number' ? { rule: p.rule, first: p.first } : undefined;
    default:
      return undefined;
  }
}

/** The codes of {@link IcpFileProblem}. */
export type IcpFileProblemCode = IcpFileProblem['code'];

/** How many problems a message names before "and N more problems". */
export const SHOWN_PROBLEMS = 3;

/** A found value in English: "null", "a list", "the text \"…\"", "number 5". */
export function foundText(found: FoundValue): string {
  if (found.kind === 'null') return 'null';
  if (found.kind === 'list') return 'a list';
  if (found.kind === 'object') return 'an object';
  if (found.kind === 'text') return `the text ${JSON.stringify(found.text)}`;
  return `${found.type} ${found.text}`;
}

const JSON_PROBLEMS: Readonly<Record<JsonSyntaxProblem, string>> = {
  'value-expected': 'a value was expected',
  'property-name-expected': 'a property name in double quotes was expected',
  'colon-expected': 'a colon (:) was expected after the property name',
  'comma-expected': 'a comma was expected',
  'close-brace-expected': 'a closing brace (}) was expected',
  'close-bracket-expected': 'a closing bracket (]) was expected',
  'end-expected': 'nothing may follow the end of the JSON',
  comment: 'comments are not allowed in JSON',
  'unfinished-string': 'a text is not closed by a double quote',
  'unfinished-number': 'a number is not finished',
  'bad-number': 'a number is not written as JSON writes numbers',
  'bad-escape': 'a text has an escape (\\) JSON does not know',
  'bad-unicode': 'a text has a broken \\u escape',
  'bad-character': 'a character JSON does not allow here',
  'bad-symbol':
    'unexpected characters (JSON uses double quotes, and true, false and null in lower case)',
};

/**
 * Why a text is not JSON, in English: "Not valid JSON (line 3, column 14): a comma was expected"
 * when the place is known (`syntax`), else with the engine's own `reason`.
 */
export function notJsonText(reason: string, syntax?: JsonSyntax): string {
  return syntax
    ? `Not valid JSON (line ${syntax.line}, column ${syntax.column}): ${JSON_PROBLEMS[syntax.problem]}`
    : `Not valid JSON: ${reason}`;
}

const count = (n: number, one: string, other = `${one}s`) => `${n} ${n === 1 ? one : other}`;

/** One problem in English, e.g. `criteria[2].bands[0].credit: must be ≤ 1` (for the CLI). */
export function icpProblemText(p: IcpFileProblem): string {
  switch (p.code) {
    case 'not-text':
      return 'An ICP file must be text.';
    case 'too-big':
      return 'The file is over 1 MB: too big for an ICP.';
    case 'not-json':
      return notJsonText(p.reason, p.syntax);
    case 'not-object':
      return `An ICP file holds one JSON object; this one holds ${foundText(p.found)}.`;
    case 'format-missing':
      return `format: is missing. An ICP Lens ICP file starts with "format": "${p.expected}".`;
    case 'format-newer':
      return `format: "${p.found}" is a version this ICP Lens cannot read (it reads "${p.expected}"); update the extension.`;
    case 'format-other':
      return `format: expected "${p.expected}", found ${foundText(p.found)}. This is not an ICP Lens ICP file.`;
    case 'missing':
      return `${p.path}: is missing`;
    case 'wrong-type': {
      const expected =
        p.expected === 'array'
          ? 'a list'
          : p.expected === 'object'
            ? 'an object'
            : `a ${p.expected}`;
      return `${p.path}: must be ${expected}, found ${foundText(p.found)}`;
    }
    case 'too-long':
      return `${p.path}: must be at most ${count(p.max, 'character')}`;
    case 'too-many':
      return `${p.path}: must have at most ${count(p.max, 'entry', 'entries')}`;
    case 'too-large':
      return `${p.path}: must be ${p.inclusive ? '≤' : '<'} ${p.max}`;
    case 'empty':
      return `${p.path}: must not be empty`;
    case 'too-short':
      return `${p.path}: needs ${count(p.min, 'character')}`;
    case 'too-few':
      return `${p.path}: needs ${count(p.min, 'entry', 'entries')}`;
    case 'too-small':
      return `${p.path}: must be ${p.inclusive ? '≥' : '>'} ${p.min}`;
    case 'unknown-key':
      return p.keys
        .map(
          (k) =>
            `${k.path}: unknown key${k.suggestion ? ` (did you mean "${k.suggestion}"?)` : ''}`,
        )
        .join('; ');
    case 'not-one-of':
      return `${p.path}: must be one of ${p.values.join(', ')}`;
    case 'rule':
      return `${p.path}: ${p.message}`;
    case 'unknown-value':
      return `${p.path}: ${p.detail}`;
    case 'unreadable':
      return `Could not read the ICP: ${p.reason}`;
  }
}

/** Problems in English as one message: the first {@link SHOWN_PROBLEMS}, then "and N more problems". */
export function icpProblemsText(problems: readonly IcpFileProblem[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map(icpProblemText).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? `${shown}; and ${count(more, 'more problem')}` : shown;
}
