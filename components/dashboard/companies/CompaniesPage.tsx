import { useEffect, useMemo, useRef, useState } from 'react';
import {
  COMPANY_SORT_COLUMNS,
  type CompanyRow,
  companySortValue,
  filterAndSort,
  listCompanyRows,
  type SortColumn,
} from '@/lib/db/company-list';
import { listIcps, type StoredIcp } from '@/lib/db/icps';
import { tierKey } from '@/lib/lists/rows';
import { errorWords } from '../../error-words';
import { formatDate, formatNumber, formatPercent } from '../../format';
import { t } from '../../i18n';
import { sourcesText, tierName } from '../../labels';
import { rankColumns } from '../../lists/rank-rows';
import { TierFilterChips } from '../../lists/TierFilterChips';
import { type TableColumn, type TableSort, VirtualTable } from '../../lists/VirtualTable';

const FIRST_ROWS = 100;

/** The Companies page's columns (built at render: the headers are words of the UI language). */
function companyColumns(): TableColumn<CompanyRow, SortColumn>[] {
  return [
    {
      id: 'name',
      sortable: true,
      header: t('companies_col_name'),
      cell: (r) => (
        <span className="company-cell">
          <span dir="auto">{r.name}</span>
          {r.domain && (
            <span className="muted small" dir="auto">
              {r.domain}
            </span>
          )}
        </span>
      ),
    },
    {
      id: 'tier',
      sortable: true,
      header: t('companies_col_tier'),
      cell: (r) =>
        r.tier ? (
          <span className={`tier-chip tier-chip-${r.tierKind}`} dir="auto">
            {r.tierKind ? tierName({ tier: r.tier, tierKind: r.tierKind }) : r.tier}
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      id: 'score',
      sortable: true,
      header: t('companies_col_score'),
      num: true,
      cell: (r) => (r.score === undefined ? '—' : formatNumber(r.score)),
    },
    {
      id: 'confidence',
      sortable: true,
      header: t('companies_col_confidence'),
      num: true,
      cell: (r) => (r.confidence === undefined ? '—' : formatPercent(r.confidence)),
    },
    {
      id: 'lastSeen',
      sortable: true,
      header: t('companies_col_last_seen'),
      cell: (r) => formatDate(r.lastSeen, 'short'),
    },
    {
      id: 'source',
      sortable: true,
      header: t('companies_col_source'),
      cell: (r) => sourcesText(r.source),
    },
  ];
}

/**
 * The companies seen so far, for one ICP: tier, score, confidence, last seen, source. Sorted by
 * a header click, searched and filtered; only the rows on screen are in the DOM, so 50,000 scroll.
 */
export function CompaniesPage() {
  const [icps, setIcps] = useState<StoredIcp[]>();
  const [icpId, setIcpId] = useState('');
  const [rows, setRows] = useState<CompanyRow[]>();
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');
  const [tiers, setTiers] = useState<string[]>([]);
  const [sort, setSort] = useState<TableSort<SortColumn>>({ column: 'score', direction: 'desc' });
  // The sort when the rows load (read by the loading effect, which a sort does not restart).
  const sorting = useRef(sort);
  sorting.current = sort;

  useEffect(() => {
    listIcps().then(
      (list) => {
        setIcps(list);
        setIcpId((current) => current || (list[0]?.id ?? ''));
      },
      (e: unknown) => setError(errorWords(e)),
    );
  }, []);
  useEffect(() => {
    if (!icps) return;
    let current = true;
    const reading = new AbortController();
    setRows(undefined);
    setComplete(false);
    // The first companies by id at once; then every company (50,000 take a few seconds).
    // The full read starts after the first rows are on screen: started together, IndexedDB would
    // hand both results back at the end.
    listCompanyRows(icpId, undefined, { limit: FIRST_ROWS })
      .then(
        (first) => {
          if (current) setRows(first);
        },
        () => undefined,
      )
      .then(() => new Promise((resolve) => setTimeout(resolve, 50)))
      .then(() =>
        current ? listCompanyRows(icpId, undefined, { signal: reading.signal }) : undefined,
      )
      .then(async (all) => {
        if (!current || !all) return;
        // Shown once the names are ranked in a worker (every sort's ties read them); the other
        // columns are ranked after, so no header click compares text on this thread.
        await rankColumns(
          all,
          ['name', 'score', sorting.current.column, ...COMPANY_SORT_COLUMNS],
          companySortValue,
          { signal: reading.signal, ready: 3 },
        );
        if (!current) return;
        setRows(all);
        setComplete(true);
      })
      .catch((e: unknown) => current && setError(errorWords(e)));
    return () => {
      current = false;
      reading.abort();
    };
  }, [icpId, icps]);

  const shown = useMemo(
    () => filterAndSort(rows ?? [], { query, tiers, sort }),
    [rows, query, tiers, sort],
  );
  const columns = useMemo(companyColumns, []);
  // Companies per tier filter, beside each chip once every company is read (the first rows alone
  // would give counts that grow under the user's eyes).
  const counts = useMemo(() => {
    if (!complete || !rows) return undefined;
    const byTier = new Map<string, number>();
    for (const r of rows) byTier.set(tierKey(r), (byTier.get(tierKey(r)) ?? 0) + 1);
    return byTier;
  }, [rows, complete]);

  return (
    <div data-page="companies">
      <header className="page-header">
        <h1>{t('companies_title')}</h1>
        <p className="muted">{t('companies_intro')}</p>
      </header>
      <div className="row companies-controls">
        <label>
          <span>{t('companies_icp')}</span>
          <select value={icpId} onChange={(e) => setIcpId(e.currentTarget.value)}>
            {icps?.map((s) => (
              <option key={s.id} value={s.id} dir="auto">
                {s.icp.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('companies_search')}</span>
          <input
            type="search"
            dir="auto"
            value={query}
            data-input="company-search"
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
      </div>
      <TierFilterChips
        icp={icps?.find((s) => s.id === icpId)}
        selected={tiers}
        onChange={setTiers}
        counts={counts}
      />
      {error ? (
        <p className="notice notice-error" role="alert">
          {t('options_failed', error)}
        </p>
      ) : !rows ? (
        <p className="muted">{t('options_loading')}</p>
      ) : rows.length === 0 && complete ? (
        <p className="empty" data-state="no-companies">
          {t('companies_empty')}
        </p>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {complete
              ? t('companies_count', shown.length, rows.length)
              : t('companies_loading_more', rows.length)}
          </p>
          {complete && shown.length === 0 ? (
            <p className="empty" data-state="no-match">
              {t('companies_no_match')}
            </p>
          ) : (
            <VirtualTable
              rows={shown}
              rowKey={(r) => r.id}
              columns={columns}
              sort={sort}
              onSort={setSort}
              label={t('companies_title')}
            />
          )}
        </>
      )}
    </div>
  );
}
