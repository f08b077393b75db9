import en from '../../public/_locales/en/messages.json';
import fa from '../../public/_locales/fa/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { type PartWords, partWordsIn, type ValueKey } from '../criteria/part-words';
import { type CsvProblemLanguage, rowErrorIn } from '../csv/problem-words';
import type { CsvProblem } from '../csv/problems';
import { groupDigits } from '../format';
import { type Catalog, formatMessage } from '../i18n/catalog';
import { isUiLocale, languageTag, matchUiLocale, type UiLocale } from '../i18n/locales';
import { icpProblemsIn, type ProblemLanguage } from '../icp/problem-words';
import type { IcpFileProblem } from '../icp/problems';

/**
 * The command line's words: the extension's own `_locales` catalogs (bundled by esbuild), so
 * the CLI and the extension share one translation. English by default; `--lang vi|zh_CN|fa`.
 */

/** A message of the catalogs the command line uses (typed from the English catalog). */
export type CliKey = keyof typeof en &
  (
    | `cli_${string}`
    | `tier_${string}`
    | `field_${string}`
    | `icpfile_${string}`
    | `csvfile_${string}`
    | ValueKey
    | 'reason_value'
  );

/** A message to say later, in whatever language: a key and its substitutions. */
export interface CliMessage {
  key: CliKey;
  subs?: readonly string[];
  /** Substitutions that are messages themselves ("ICP file"), by position: said first. */
  keys?: Readonly<Record<number, CliKey>>;
  /** A substitution that is an ICP file's problems (`parseIcpFile`), by position: worded first. */
  icpProblems?: { sub: number; problems: readonly IcpFileProblem[] };
}

/** The words of one language. */
export interface CliText {
  locale: UiLocale;
  /** The message `key` with `$1`… filled from `subs`; English when the language lacks it. */
  t(key: CliKey, ...subs: string[]): string;
  /** A {@link CliMessage} in this language. */
  say(message: CliMessage): string;
  /** A whole number in the language's digits and grouping ("1,200", "۱٬۲۰۰"). */
  number(n: number): string;
  /** A count, grouped from 1,000 on ("1,204 companies read"), in the language's digits. */
  count(n: number): string;
  /** A row or position number, never grouped ("row 12045"), in the language's digits. */
  position(n: number): string;
  /** A share 0…1 as a whole percentage ("62%", "۶۲٪"). */
  percent(ratio: number): string;
  /** The CLDR plural category of `n` in the language ("one", "other"). */
  plural(n: number): Intl.LDMLPluralRule;
  /** The engine's structured values (band and value parts) worded in the language. */
  values(): PartWords;
  /**
   * An account-file reader's problem (`RowError`): in English its `message` as the reader wrote
   * it (the default output, unchanged); in another language its `problem` code worded
   * (`lib/csv/problem-words.ts`), or the English message for a problem without a code yet.
   */
  rowError(error: { message: string; problem?: CsvProblem }): string;
}

/**
 * The catalogs as bundled. Not checked with `parseCatalog` at every start (~10 ms of zod for
 * English alone): their shape is checked when this compiles (each is typed as a `Catalog`),
 * and their contents by the locale tests and scripts/build-cli.ts, which refuses to build a
 * command line from a catalog `parseCatalog` rejects.
 */
const CATALOGS: Readonly<Record<UiLocale, Catalog>> = { en, vi, zh_CN: zhCN, fa };
const catalog = (locale: UiLocale): Catalog => CATALOGS[locale];

/** `make()` on the first call, then what it made: a formatter is made only if used. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** The command line's words in `locale` (default English). */
export function cliText(locale: UiLocale = 'en'): CliText {
  const tag = languageTag(locale);
  // Made on first use: each costs a few milliseconds of ICU set-up, and most runs print no number.
  const numbers = once(() => new Intl.NumberFormat(tag, { useGrouping: 'min2' }));
  const percents = once(
    () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
  );
  const grouped = once(() => new Intl.NumberFormat(tag, { useGrouping: 'always' }));
  const positions = once(() => new Intl.NumberFormat(tag, { useGrouping: false }));
  const plurals = once(() => new Intl.PluralRules(tag));
  // English whole numbers are written without Intl: the first Intl formatter of a process sets
  // up ICU's locale data (~15 ms), and a run in English prints only counts and row numbers.
  // Same text as Intl's `en` (checked in test/unit/cli/text.test.ts).
  const plain = (n: number) => locale === 'en' && Number.isSafeInteger(n) && n >= 0;
  const number = (n: number) =>
    plain(n) ? (n < 10_000 ? `${n}` : groupDigits(n)) : numbers().format(n);
  const count = (n: number) => (plain(n) ? groupDigits(n) : grouped().format(n));
  const position = (n: number) => (plain(n) ? `${n}` : positions().format(n));
  const plural = (n: number): Intl.LDMLPluralRule =>
    plain(n) ? (n === 1 ? 'one' : 'other') : plurals().select(n);
  const t = (key: CliKey, ...subs: string[]) =>
    formatMessage(catalog(locale), key, subs) ?? formatMessage(catalog('en'), key, subs) ?? key;
  // A terminal has no isolates (`terminalSafe` removes them): file text is printed as written.
  const problems: ProblemLanguage & CsvProblemLanguage = {
    t,
    number: (n, always) => (always === undefined ? number : always ? count : position)(n),
    plural,
    isolate: (text) => text,
  };
  let values: PartWords | undefined;
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const formatNumber = (n: number, options: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, {
        useGrouping: 'min2',
        maximumFractionDigits: 2,
        ...options,
      });
      numberFormats.set(key, format);
    }
    return format.format(n);
  };
  return {
    locale,
    t,
    values: () => {
      values ??= partWordsIn({
        locale,
        tag,
        t: (key, ...subs) =>
          t(key, ...subs.map((sub) => (typeof sub === 'number' ? formatNumber(sub) : sub))),
        number: formatNumber,
        // A "unit" list is CLDR's narrow conjunction, as in the UI (`formatList`): CLDR's own
        // unit list runs Chinese items together.
        list: (items, type = 'conjunction') =>
          new Intl.ListFormat(
            tag,
            type === 'unit' ? { type: 'conjunction', style: 'narrow' } : { type, style: 'long' },
          ).format(items),
        plural,
        isolate: (text) => text,
      });
      return values;
    },
    say: ({ key, subs = [], keys = {}, icpProblems }) =>
      t(
        key,
        ...subs.map((sub, i) =>
          keys[i]
            ? t(keys[i])
            : icpProblems?.sub === i
              ? icpProblemsIn(problems, icpProblems.problems)
              : sub,
        ),
      ),
    rowError: (error) => (locale === 'en' ? error.message : rowErrorIn(problems, error)),
    number,
    count,
    position,
    percent: (ratio) => percents().format(ratio),
    plural,
  };
}

/**
 * The language `--lang` names: a shipped locale code ("vi", "zh_CN", "fa", "en"), case and
 * `-`/`_` aside ("zh-CN" too). Undefined for anything else (the caller says which are known).
 */
export function cliLocale(value: string): UiLocale | undefined {
  const matched = matchUiLocale(value);
  const language = value.trim().split(/[-_]/)[0]?.toLowerCase();
  return isUiLocale(matched) && matched.split('_')[0]?.toLowerCase() === language
    ? matched
    : undefined;
}
