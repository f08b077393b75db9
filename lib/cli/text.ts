import en from '../../public/_locales/en/messages.json';
import fa from '../../public/_locales/fa/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { type Catalog, formatMessage, parseCatalog } from '../i18n/catalog';
import { isUiLocale, languageTag, matchUiLocale, type UiLocale } from '../i18n/locales';

/**
 * The command line's words: the extension's own `_locales` catalogs (bundled by esbuild), so
 * the CLI and the extension share one translation. English by default; `--lang vi|zh_CN|fa`.
 */

/** A message of the catalogs the command line uses (typed from the English catalog). */
export type CliKey = keyof typeof en &
  (`cli_${string}` | `tier_${string}` | `field_${string}` | 'reason_value');

/** A message to say later, in whatever language: a key and its substitutions. */
export interface CliMessage {
  key: CliKey;
  subs?: readonly string[];
  /** Substitutions that are messages themselves ("ICP file"), by position: said first. */
  keys?: Readonly<Record<number, CliKey>>;
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
  /** A share 0…1 as a whole percentage ("62%", "۶۲٪"). */
  percent(ratio: number): string;
}

const RAW: Readonly<Record<UiLocale, unknown>> = { en, vi, zh_CN: zhCN, fa };
const catalogs = new Map<UiLocale, Catalog>();
function catalog(locale: UiLocale): Catalog {
  let found = catalogs.get(locale);
  if (!found) {
    found = parseCatalog(RAW[locale]);
    catalogs.set(locale, found);
  }
  return found;
}

/** The command line's words in `locale` (default English). */
export function cliText(locale: UiLocale = 'en'): CliText {
  const tag = languageTag(locale);
  const numbers = new Intl.NumberFormat(tag, { useGrouping: 'min2' });
  const percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const t = (key: CliKey, ...subs: string[]) =>
    formatMessage(catalog(locale), key, subs) ?? formatMessage(catalog('en'), key, subs) ?? key;
  return {
    locale,
    t,
    say: ({ key, subs = [], keys = {} }) =>
      t(key, ...subs.map((sub, i) => (keys[i] ? t(keys[i]) : sub))),
    number: (n) => numbers.format(n),
    percent: (ratio) => percents.format(ratio),
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
