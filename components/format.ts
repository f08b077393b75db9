import { currentLanguageTag } from './i18n';

/**
 * Numbers, percentages, dates, relative times, lists and plurals written for the UI language in
 * use, through `Intl` (CLDR data in the browser and in Node). Every helper takes an optional BCP 47
 * `locale` (default: the language in use, {@link currentLanguageTag}); Persian ("fa") gets
 * Persian digits (۰–۹), its percent sign and separators. Never throws on a valid number/date;
 * a non-finite number is written as "—".
 */

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const NOT_A_NUMBER = '—';

/**
 * A count or amount: "12,000" (en), "12.000" (vi), "۱۲٬۰۰۰" (fa). Four-digit numbers such as
 * years are not grouped ("1998"). `options` go to `Intl.NumberFormat` (e.g. currency, compact).
 */
export function formatNumber(
  value: number,
  options: Intl.NumberFormatOptions = {},
  locale = currentLanguageTag(),
): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return numberFormat(locale, { useGrouping: 'min2', maximumFractionDigits: 2, ...options }).format(
    value,
  );
}

/**
 * A share `ratio` in 0…1 as a percentage, rounded to whole percent by default: 0.62 → "62%" (en),
 * "62 %" (fr), "۶۲٪" (fa).
 */
export function formatPercent(
  ratio: number,
  fractionDigits = 0,
  locale = currentLanguageTag(),
): string {
  if (!Number.isFinite(ratio)) return NOT_A_NUMBER;
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/** Date formats by locale and style: making one costs ~0.5 ms, and a table draws dozens of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (time of day left out), `style` "medium" by default: "Nov 30, 2026" (en),
 * "30 thg 11, 2026" (vi), "2026年11月30日" (zh-CN), "۹ آذر ۱۴۰۵" (fa: the Persian calendar, as
 * Iranian users read dates). `date` is a `Date` or epoch milliseconds; `timeZone` an IANA zone
 * (default: the browser's), e.g. "UTC" for a week that starts Monday 00:00 UTC.
 */
export function formatDate(
  date: Date | number,
  style: 'short' | 'medium' | 'long' = 'medium',
  locale = currentLanguageTag(),
  timeZone?: string,
): string {
  return dateFormat(locale, { dateStyle: style, ...(timeZone && { timeZone }) }).format(date);
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A day and its month, short, as a chart's axis tick: "Nov 30" (en), "30 thg 11" (vi),
 * "11月30日" (zh-CN), "۹ آذر" (fa, Persian calendar and digits); with `withYear` the year too
 * ("Nov 30, 2026", "30 thg 11, 2026", "2026年11月30日", "۹ آذر ۱۴۰۵"). `date` is a `Date` or epoch
 * milliseconds; `timeZone` an IANA zone (default: the browser's), e.g. "UTC" for days that start
 * at 00:00 UTC. Day and month names and the calendar come from CLDR through `Intl.DateTimeFormat`.
 */
export function formatDayMonth(
  date: Date | number,
  withYear = false,
  locale = currentLanguageTag(),
  timeZone?: string,
): string {
  return dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear && { year: 'numeric' }),
    ...(timeZone && { timeZone }),
  }).format(date);
}

/**
 * The year `date` falls in, in the language's own calendar, as written there: "2026" (en, vi),
 * "2026年" (zh-CN), "۱۴۰۵" (fa: the Persian year, which turns at Nowruz, not on 1 January). For
 * comparing two dates' years and for a year label; `timeZone` as in {@link formatDayMonth}.
 */
export function formatYear(
  date: Date | number,
  locale = currentLanguageTag(),
  timeZone?: string,
): string {
  return dateFormat(locale, { year: 'numeric', ...(timeZone && { timeZone }) }).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/**
 * How long ago (or ahead) `date` is from `now`, in the largest whole unit: "3 days ago",
 * "yesterday" (en, `numeric: "auto"`), "3 ngày trước" (vi), "3天前" (zh-CN), "۳ روز پیش" (fa).
 * Under a minute: "now". `date` and `now` are `Date`s or epoch milliseconds.
 */
export function formatRelativeTime(
  date: Date | number,
  now: Date | number = Date.now(),
  locale = currentLanguageTag(),
): string {
  const diff = Number(date) - Number(now);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'second');
}

/**
 * Items joined as the language writes a list: "A, B, and C" (en), "A, B và C" (vi), "A、B和C"
 * (zh-CN), "A، B و C" (fa). `type` "disjunction" gives "or"; "unit" a list without a last word,
 * each item after the language's separator: "A, B, C" (en, vi), "A、B、C" (zh-CN), "A، B، C" (fa)
 * — CLDR's narrow conjunction, since its own "unit" list runs Chinese items together ("ABC",
 * written for "3小时5分钟"). Items are used as given: isolate page-supplied items first (`isolate`
 * in `lib/i18n/bidi.ts`) when they may be in another script.
 */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
  locale = currentLanguageTag(),
): string {
  return listFormat(locale, type).format(items);
}

/** `Intl.ListFormat` options for {@link formatList}'s `type` (see there for "unit"). */
function listOptions(type: 'conjunction' | 'disjunction' | 'unit'): Intl.ListFormatOptions {
  return type === 'unit' ? { type: 'conjunction', style: 'narrow' } : { type, style: 'long' };
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: string, type: 'conjunction' | 'disjunction' | 'unit') {
  const key = `${locale}\u0000${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, listOptions(type));
    listFormats.set(key, format);
  }
  return format;
}

/** The CLDR plural category of `count` in the language: "one"/"other" (en), "other" (vi, zh). */
export function pluralCategory(count: number, locale = currentLanguageTag()): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(count);
}

/**
 * The form for `count` from `forms` by CLDR plural category, falling back to `other`:
 * `selectPlural(1, { one: 'criterion', other: 'criteria' })` → "criterion".
 */
export function selectPlural<T>(
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, T>> & { other: T },
  locale = currentLanguageTag(),
): T {
  return forms[pluralCategory(count, locale)] ?? forms.other;
}
