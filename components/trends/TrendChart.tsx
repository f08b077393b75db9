import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TrendWeek } from '@/lib/lists/trends';
import { formatNumber, formatPercent } from '../format';

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

/**
 * Companies per week as stacked bars (one colour per tier) with the ICP-fit share as a line on a
 * 0–100 % scale. uPlot draws on a canvas, so the same numbers are also in the table under it.
 * Stacking: each bar series is the running sum up to its tier, drawn from the tallest down, so
 * each visible band is one tier's count.
 */
export function TrendChart(props: {
  weeks: readonly TrendWeek[];
  series: readonly TrendSeries[];
  label: string;
  fitLabel: string;
  width: number;
  dark: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const { weeks, series, width, dark } = props;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const x = weeks.map((w) => w.start / 1000);
    const running = series.map((_, i) =>
      weeks.map((w) => series.slice(0, i + 1).reduce((sum, s) => sum + (w.counts[s.key] ?? 0), 0)),
    );
    const bars = uPlot.paths.bars?.({ size: [0.7, 60] });
    const axis = dark ? '#aab0bb' : '#505662';
    const grid = dark ? '#2a2f39' : '#e8eaee';
    const plot = new uPlot(
      {
        width,
        height: 300,
        legend: { show: true },
        scales: {
          x: { time: true },
          y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
          pct: { range: [0, 100] },
        },
        axes: [
          { stroke: axis, grid: { stroke: grid } },
          {
            stroke: axis,
            grid: { stroke: grid },
            values: (_u, ticks) => ticks.map((t) => formatNumber(t)),
            size: fitLabels,
          },
          {
            scale: 'pct',
            side: 1,
            stroke: axis,
            grid: { show: false },
            values: (_u, ticks) => ticks.map((t) => formatPercent(t / 100)),
            size: fitLabels,
          },
        ],
        series: [
          {},
          ...[...series].reverse().map((s) => ({
            label: s.label,
            fill: s.color,
            stroke: s.color,
            paths: bars,
            points: { show: false },
          })),
          {
            label: props.fitLabel,
            scale: 'pct',
            stroke: dark ? '#f2c14e' : '#8a5a00',
            width: 2,
            points: { show: true },
          },
        ],
      },
      [
        x,
        ...[...running].reverse(),
        weeks.map((w) => (w.total > 0 ? Math.round(w.fitShare * 100) : null)),
      ],
      el,
    );
    return () => plot.destroy();
  }, [weeks, series, width, dark, props.fitLabel]);
  return <figure className="trend-chart" ref={host} aria-label={props.label} data-trend-chart />;
}
