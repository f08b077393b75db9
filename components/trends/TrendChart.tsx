import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TrendWeek } from '@/lib/lists/trends';
import {
  countLabel,
  rangeTotals,
  shareLabel,
  stackedBars,
  tickStep,
  tickWeeks,
  weekLabel,
  weeksRangeLabel,
  weekTickLabels,
} from './trend-words';

export interface TrendSeries {
  key: string;
  label: string;
  color: string;
}

/**
 * The width of a y axis that fits its longest tick label (uPlot's default is 50 px, which cut
 * "30,000" to "0,000"): the ticks and gap plus the label's measured width, in CSS pixels.
 */
function fitLabels(self: uPlot, values: string[] | null, axisIdx: number, cycle: number): number {
  const axis = self.axes[axisIdx];
  const ticks = (axis?.ticks as { size?: number } | undefined)?.size ?? 10;
  const gap = axis?.gap ?? 5;
  const longest = (values ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (cycle > 1 || !longest) return Math.max(50, ticks + gap + 8 * longest.length);
  const font = axis?.font as unknown as [string, number] | string | undefined;
  self.ctx.font = Array.isArray(font) ? font[0] : (font ?? '12px system-ui');
  const width = self.ctx.measureText(longest).width / (window.devicePixelRatio || 1);
  return Math.ceil(ticks + gap + width + 4);
}

/** The width in CSS pixels of the widest of `labels` in `axis`'s font. */
function widest(self: uPlot, axisIdx: number, labels: readonly string[]): number {
  const font = self.axes[axisIdx]?.font as unknown as [string, number] | string | undefined;
  self.ctx.font = Array.isArray(font) ? font[0] : (font ?? '12px system-ui');
  const px = labels.reduce((max, label) => Math.max(max, self.ctx.measureText(label).width), 0);
  return px / (window.devicePixelRatio || 1);
}

/** The fit-share line's key among the hidden series (the tiers' are their tier keys). */
const FIT_KEY = 'fit-share';

/**
 * Makes a legend entry's name (its marker and label) a toggle button, so Tab reaches it and
 * Enter or Space hides or shows its series: the button's click reaches the listener uPlot put on
 * the entry's cell, as a mouse click does. `aria-pressed` says whether the series is shown
 * (kept by the chart's `setSeries` hook). Returns the button, or undefined for a row without a
 * name cell.
 */
function legendToggle(row: HTMLElement, title: string): HTMLButtonElement | undefined {
  const cell = row.querySelector('th');
  if (!cell) return undefined;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'trend-legend-toggle';
  button.title = title;
  button.append(...cell.childNodes);
  cell.append(button);
  return button;
}

/**
 * Companies per week as stacked bars (one colour per tier) with the ICP-fit share as a line on a
 * 0–100 % scale. uPlot draws on a canvas, so the same numbers are also in the table under it.
 * Stacking: each bar series is the running sum up to its tier, drawn from the tallest down, so
 * each visible band is one tier's count.
 * A tier without companies in a week draws no bar there (`stackedBars`), so an empty week leaves
 * the axis clear. The legend lists the tiers in the table's order, the bottom of the stack first.
 * Every word uPlot would draw itself is given in the UI language (`trend-words.ts`): the x series'
 * legend name (`weekLabel`, uPlot's default is "Time"), the week ticks (one per week, thinned to
 * fit the width, uPlot's are English Gregorian months), counts and percentages in the language's
 * digits, and each tier's own count (not the running sum) as its legend value. While no week is
 * hovered the legend gives the totals over the range shown (named `totalLabel`, with the weeks'
 * dates), never uPlot's empty "--". Each tier and the fit share can be hidden and shown again
 * from the legend by a click, or from the keyboard (Tab, then Enter or Space: `legendToggle`).
 */
export function TrendChart(props: {
  weeks: readonly TrendWeek[];
  series: readonly TrendSeries[];
  label: string;
  fitLabel: string;
  /** The legend name of the x series: the week. */
  weekLabel: string;
  /** The legend name of the x series while no week is hovered: the totals ("Total"). */
  totalLabel: string;
  /** The tooltip of each series' legend entry, a toggle button ("Show or hide in the chart"). */
  toggleLabel: string;
  width: number;
  dark: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  // Series hidden from the legend, by key, and the toggle that had focus: a redraw (a resize, a
  // change of colour scheme) builds a new chart, which keeps both.
  const hidden = useRef(new Set<string>());
  const focused = useRef<string | undefined>(undefined);
  const { weeks, series, width, dark } = props;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const x = weeks.map((w) => w.start / 1000);
    // Measured on every week's label, so the step doesn't change with the ticks picked.
    const allLabels = weekTickLabels(weeks.map((w) => w.start));
    const tierKeys = series.map((s) => s.key);
    const fitLine = weeks.map((w) => (w.total > 0 ? Math.round(w.fitShare * 100) : null));
    // The chart's data with the tiers hidden from the legend left out of the stack.
    const data = (): uPlot.AlignedData => [
      x,
      ...stackedBars(weeks, tierKeys, hidden.current).reverse(),
      fitLine,
    ];
    const totals = rangeTotals(weeks);
    const range = weeksRangeLabel(weeks.map((w) => w.start));
    const bars = uPlot.paths.bars?.({ size: [0.7, 60] });
    // The x series is named for what its legend value is: a hovered week, or the totals.
    let xName: Element | null = null;
    const nameLegend = (u: uPlot) => {
      if (xName) xName.textContent = u.legend.idx == null ? props.totalLabel : props.weekLabel;
    };
    // Each series' key and legend toggle by series index (none for the week), pressed while shown.
    const keys = ['', ...[...series].reverse().map((s) => s.key), FIT_KEY];
    let toggles: (HTMLButtonElement | undefined)[] = [];
    const pressToggles = (u: uPlot) => {
      const before = [...hidden.current].sort().join('\n');
      toggles.forEach((button, i) => {
        const shown = u.series[i]?.show !== false;
        button?.setAttribute('aria-pressed', String(shown));
        const key = keys[i];
        if (key) shown ? hidden.current.delete(key) : hidden.current.add(key);
      });
      // A tier shown or hidden: the ones still shown stack again without it.
      if ([...hidden.current].sort().join('\n') !== before) u.setData(data());
    };
    const axis = dark ? '#aab0bb' : '#505662';
    const grid = dark ? '#2a2f39' : '#e8eaee';
    const plot = new uPlot(
      {
        width,
        height: 300,
        legend: { show: true },
        hooks: { setLegend: [nameLegend], setSeries: [pressToggles] },
        scales: {
          x: { time: true },
          y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
          pct: { range: [0, 100] },
        },
        axes: [
          {
            stroke: axis,
            grid: { stroke: grid },
            // One tick per week start, every n-th so the labels don't overlap at 360 px.
            splits: (u) => {
              const plot = u.bbox.width / (window.devicePixelRatio || 1);
              const step = tickStep(x.length, widest(u, 0, allLabels), plot);
              return tickWeeks(x, step);
            },
            // The year on the first tick shown and where it changes.
            values: (_u, splits) => weekTickLabels(splits.map((s) => s * 1000)),
          },
          {
            stroke: axis,
            grid: { stroke: grid },
            values: (_u, splits) => splits.map((t) => countLabel(t)),
            size: fitLabels,
          },
          {
            scale: 'pct',
            side: 1,
            stroke: axis,
            grid: { show: false },
            values: (_u, splits) => splits.map((t) => shareLabel(t / 100, 1)),
            size: fitLabels,
          },
        ],
        series: [
          {
            label: props.weekLabel,
            value: (_u, _v, _s, i) => (i == null ? range : weekLabel(weeks[i]?.start ?? 0)),
          },
          ...[...series].reverse().map((s) => ({
            label: s.label,
            show: !hidden.current.has(s.key),
            fill: s.color,
            stroke: s.color,
            paths: bars,
            points: { show: false },
            value: (_u: uPlot, _v: number | null, _s: number, i: number | null) =>
              countLabel((i == null ? totals : weeks[i])?.counts[s.key] ?? 0),
          })),
          {
            label: props.fitLabel,
            show: !hidden.current.has(FIT_KEY),
            scale: 'pct',
            stroke: dark ? '#f2c14e' : '#8a5a00',
            width: 2,
            points: { show: true },
            value: (_u: uPlot, _v: number | null, _s: number, i: number | null) => {
              const week = i == null ? totals : weeks[i];
              return week ? shareLabel(week.fitShare, week.total) : '—';
            },
          },
        ],
      },
      data(),
      el,
    );
    // uPlot lists the series in drawing order (the tallest bar, the stack's top, first); the
    // legend reads in the table's order instead: the week, the tiers from the stack's bottom, the
    // fit share. Rows moved keep their cells, which uPlot updates by reference.
    const rows = [...plot.root.querySelectorAll<HTMLElement>('.u-legend .u-series')];
    toggles = rows.map((row, i) => (i === 0 ? undefined : legendToggle(row, props.toggleLabel)));
    pressToggles(plot);
    const [weekRow, ...rest] = rows;
    const fitRow = rest.pop();
    weekRow?.parentElement?.append(weekRow, ...rest.reverse(), ...(fitRow ? [fitRow] : []));
    // The x series is named for what its value is: a hovered week, or the totals.
    xName = weekRow?.querySelector('.u-label') ?? null;
    nameLegend(plot);
    const refocus = focused.current ? toggles[keys.indexOf(focused.current)] : undefined;
    focused.current = undefined;
    refocus?.focus();
    return () => {
      const at = toggles.findIndex((b) => b !== undefined && b === document.activeElement);
      focused.current = at > 0 ? keys[at] : undefined;
      plot.destroy();
    };
  }, [
    weeks,
    series,
    width,
    dark,
    props.fitLabel,
    props.weekLabel,
    props.totalLabel,
    props.toggleLabel,
  ]);
  return <figure className="trend-chart" ref={host} aria-label={props.label} data-trend-chart />;
}
