import { formatDate, formatDayMonth, formatNumber, formatPercent, formatYear } from '../format';
import { currentLanguageTag } from '../i18n';

/**
 * The words and numbers the trends chart and table show, in the UI language: uPlot's own
 * defaults are English ("Time", "Nov", Gregorian months, "1,000" in the browser's digits), so
 * every axis tick, legend value and table cell comes from here instead. Pure functions over
 * `Intl` (CLDR); `locale` is a BCP 47 tag, default the language in use. Weeks start Monday
 * 00:00 UTC (`weekStart` in lib/lists/trends.ts), so dates are written in UTC.
 */

const UTC = 'UTC';

/**
 * Axis tick labels for week starts (epoch ms, ascending): the day and month in the language's
 * calendar ("Nov 30", "30 thg 11", "11月30日", "۹ آذر"), with the year on the first tick and
 * wherever the year changes from the tick before — the Persian year at Nowruz, not in January.
 */
export function weekTickLabels(starts: readonly number[], locale?: string): string[] {
  let year = '';
  return starts.map((start) => {
    const y = formatYear(start, locale, UTC);
    const label = formatDayMonth(start, y !== year, locale, UTC);
    year = y;
    return label;
  });
}

/**
 * Every how many weeks to put a tick so that `count` labels of `labelWidth` px (plus a gap of
 * `gap` px) fit in `plotWidth` px: 1 when all fit, at least 1, at most `count`.
 */
export function tickStep(count: number, labelWidth: number, plotWidth: number, gap = 12): number {
  if (count <= 1 || plotWidth <= 0) return 1;
  const fits = Math.max(1, Math.floor(plotWidth / (labelWidth + gap)));
  return Math.min(count, Math.max(1, Math.ceil(count / fits)));
}

/**
 * The weeks to tick: every `step`-th week start, counted back from the last week so the latest
 * week (the one a user looks at) always has its label.
 */
export function tickWeeks(starts: readonly number[], step: number): number[] {
  const every = Math.max(1, Math.floor(step));
  return starts.filter((_, i) => (starts.length - 1 - i) % every === 0);
}

/** A week's row head and the legend's hovered week: "Nov 30, 2026", "۹ آذر ۱۴۰۵" (UTC). */
export function weekLabel(start: number, locale?: string): string {
  return formatDate(start, 'medium', locale, UTC);
}

/**
 * A count axis tick or a count cell: "1,200" (en), "1.200" (vi), "۱٬۲۰۰" (fa); whole numbers
 * only, a fractional tick (uPlot splits small ranges at 0.5) is left blank.
 */
export function countLabel(value: number, locale?: string): string {
  return Number.isInteger(value) ? formatNumber(value, {}, locale) : '';
}

/**
 * A fit share, `ratio` 0–1, as the language writes a percentage: "40%" (en, vi, zh-CN),
 * "۴۰٪" (fa); "—" for a week without companies (`total` 0), where there is no share to give.
 */
export function shareLabel(ratio: number, total: number, locale?: string): string {
  return total > 0 ? formatPercent(ratio, 0, locale) : '—';
}

/**
 * The totals over the whole range: companies per tier key, all companies, and the share that fits
 * the ICP: companies in any of the ICP's tiers (keys `tier:N`) over all companies, 0 when none.
 */
export function rangeTotals(weeks: readonly { counts: Record<string, number>; total: number }[]): {
  counts: Record<string, number>;
  total: number;
  fitShare: number;
} {
  const counts: Record<string, number> = {};
  let total = 0;
  let fit = 0;
  for (const w of weeks) {
    for (const [key, n] of Object.entries(w.counts)) {
      counts[key] = (counts[key] ?? 0) + n;
      if (key.startsWith('tier:')) fit += n;
    }
    total += w.total;
  }
  return { counts, total, fitShare: total > 0 ? fit / total : 0 };
}

/**
 * The legend's value for the x series while no week is hovered: the weeks shown, first start to
 * last start, as the language writes a date range ("Jun 1 – Nov 30, 2026", "2026年6月1日至11月30日",
 * Persian calendar and digits in fa; `Intl.DateTimeFormat.formatRange`, CLDR), UTC. One date when
 * they are the same week; "—" for none.
 */
export function weeksRangeLabel(starts: readonly number[], locale = currentLanguageTag()): string {
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) return '—';
  if (first === last) return weekLabel(first, locale);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: UTC }).formatRange(
    first,
    last,
  );
}

/**
 * The stacked bars' data for uPlot, one array per tier key in stack order (`keys[0]` at the
 * bottom): each week's running count up to and including that tier, or `null` where the tier has
 * no company that week — uPlot draws a 0 as a bar of no height whose outline reads as a line on
 * the axis (an empty week) or on the bar below, and draws nothing for `null`. Bars are drawn from
 * the tallest down, so each visible band is one tier's own count. A tier in `hidden` (hidden from
 * the legend) is all `null` and left out of the sums above it, so the tiers still shown close up
 * instead of the next tier's colour filling its band.
 */
export function stackedBars(
  weeks: readonly { counts: Record<string, number> }[],
  keys: readonly string[],
  hidden: ReadonlySet<string> = new Set(),
): (number | null)[][] {
  return keys.map((key, k) =>
    weeks.map((w) => {
      if (hidden.has(key) || !(w.counts[key] ?? 0)) return null;
      let sum = 0;
      for (const below of keys.slice(0, k + 1)) if (!hidden.has(below)) sum += w.counts[below] ?? 0;
      return sum;
    }),
  );
}
