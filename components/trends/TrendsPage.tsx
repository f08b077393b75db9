import { type RefObject, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { recentLists } from '@/lib/db/lists';
import type { ListRecord } from '@/lib/db/schema';
import { trendEntries } from '@/lib/db/trends';
import { type TrendEntry, weeklyFit } from '@/lib/lists/trends';
import { errorWords } from '../error-words';
import { t } from '../i18n';
import { IcpSelect } from '../lists/IcpSelect';
import { tierFilters } from '../lists/tier-filters';
import { useIcpChoice } from '../lists/use-icp-choice';
import { TrendChart, type TrendSeries } from './TrendChart';
import { countLabel, rangeTotals, shareLabel, weekLabel } from './trend-words';
import './trends.css';

const DAY = 24 * 3600 * 1000;
const TIER_COLORS = ['#15803d', '#4ade80', '#a3e635', '#facc15', '#fb923c'];
const OTHER_COLORS: Record<string, string> = {
  bad: '#9ca3af',
  disqualified: '#ef4444',
  insufficient: '#c4b5fd',
  unscored: '#d1d5db',
};
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The width of the element `ref` points at, following resizes. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const DARK = '(prefers-color-scheme: dark)';
const onSchemeChange = (notify: () => void) => {
  const query = matchMedia(DARK);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
};

/**
 * Whether the page is dark, following the system's scheme as it changes. One subscription for
 * the component's life (a query made on each render missed a change between two renders, and
 * the chart kept the other scheme's grid: black lines on the light page).
 */
function useDark(): boolean {
  return useSyncExternalStore(onSchemeChange, () => matchMedia(DARK).matches);
}

/** `#trends`: companies seen (or added to a list) per week, stacked by tier, with the ICP-fit share. */
export function TrendsPage() {
  const { icps, icp, choose, error: icpError } = useIcpChoice();
  const [lists, setLists] = useState<ListRecord[]>([]);
  const [listId, setListId] = useState('');
  const [entries, setEntries] = useState<TrendEntry[]>();
  const [error, setError] = useState<string>();
  const [to, setTo] = useState(() => isoDay(Date.now()));
  const [from, setFrom] = useState(() => isoDay(Date.now() - 182 * DAY));
  const page = useRef<HTMLDivElement>(null);
  const width = useWidth(page);
  const dark = useDark();

  useEffect(() => {
    recentLists().then(setLists, () => undefined);
  }, []);
  const range = useMemo(
    () => ({ from: Date.parse(`${from}T00:00:00Z`), to: Date.parse(`${to}T23:59:59Z`) }),
    [from, to],
  );
  useEffect(() => {
    if (!icp) return;
    let current = true;
    trendEntries({ id: icp.id, tiers: icp.icp.tiers }, listId || undefined, range).then(
      (found) => current && setEntries(found),
      (e: unknown) => current && setError(errorWords(e)),
    );
    return () => {
      current = false;
    };
  }, [icp, listId, range]);

  const weeks = useMemo(
    () => (entries ? weeklyFit(entries, range.from, range.to) : []),
    [entries, range],
  );
  const series: TrendSeries[] = useMemo(
    () =>
      tierFilters(icp).map((f, i) => ({
        key: f.key,
        label: f.label,
        color: f.key.startsWith('tier:')
          ? (TIER_COLORS[i] ?? '#15803d')
          : (OTHER_COLORS[f.key] ?? '#9ca3af'),
      })),
    [icp],
  );
  const failure = error ?? icpError;
  const totals = useMemo(() => rangeTotals(weeks), [weeks]);
  const total = totals.total;

  return (
    <div data-page="trends" ref={page}>
      <header className="page-header">
        <h1>{t('trends_title')}</h1>
        <p className="muted">{t('trends_intro')}</p>
      </header>
      <div className="row companies-controls">
        <IcpSelect icps={icps} value={icp?.id} onChange={choose} />
        <label>
          <span>{t('trends_list')}</span>
          <select
            value={listId}
            title={lists.find((l) => l.id === listId)?.name ?? t('trends_all_companies')}
            onChange={(e) => setListId(e.currentTarget.value)}
            data-input="trend-list"
          >
            <option value="">{t('trends_all_companies')}</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id} dir="auto">
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field-date">
          <span>{t('trends_from')}</span>
          <input
            type="date"
            value={from}
            max={to}
            onChange={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)}
            data-input="trend-from"
          />
        </label>
        <label className="field-date">
          <span>{t('trends_to')}</span>
          <input
            type="date"
            value={to}
            min={from}
            onChange={(e) => e.currentTarget.value && setTo(e.currentTarget.value)}
            data-input="trend-to"
          />
        </label>
      </div>
      {failure && (
        <p className="notice notice-error" role="alert">
          {t('options_failed', failure)}
        </p>
      )}
      {!entries ? (
        !failure && <p className="muted">{t('options_loading')}</p>
      ) : total === 0 ? (
        <p className="empty" data-state="no-trend">
          {t('trends_empty')}
        </p>
      ) : (
        <>
          <TrendChart
            weeks={weeks}
            series={series}
            label={t('trends_chart_label')}
            fitLabel={t('trends_fit_share')}
            weekLabel={t('trends_week')}
            totalLabel={t('trends_total')}
            toggleLabel={t('trends_legend_toggle')}
            width={Math.max(280, width)}
            dark={dark}
          />
          <div className="table-scroll">
            <table className="companies trend-table" data-trend-table>
              <caption className="visually-hidden">{t('trends_chart_label')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trends_week')}</th>
                  {series.map((s) => (
                    <th scope="col" key={s.key} className="num" dir="auto">
                      {s.label}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('trends_total')}
                  </th>
                  <th scope="col" className="num">
                    {t('trends_fit_share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.start}>
                    <th scope="row">{weekLabel(w.start)}</th>
                    {series.map((s) => (
                      <td key={s.key} className="num">
                        {countLabel(w.counts[s.key] ?? 0)}
                      </td>
                    ))}
                    <td className="num">{countLabel(w.total)}</td>
                    <td className="num">{shareLabel(w.fitShare, w.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-trend-total>
                  <th scope="row">{t('trends_total')}</th>
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {countLabel(totals.counts[s.key] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{countLabel(totals.total)}</td>
                  <td className="num">{shareLabel(totals.fitShare, totals.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
