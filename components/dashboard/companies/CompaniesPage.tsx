import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  type CompanyRow,
  filterAndSort,
  listCompanyRows,
  type SortColumn,
} from '@/lib/db/company-list';
import { listIcps, type StoredIcp } from '@/lib/db/icps';
import { formatDate, formatNumber, formatPercent } from '../../format';
import { t } from '../../i18n';
import { tierFilters } from '../../lists/tier-filters';

const ROW_HEIGHT = 40;
const FIRST_ROWS = 100;

const columns: ColumnDef<CompanyRow>[] = [
  {
    id: 'name',
    accessorFn: (r) => r.name,
    header: () => t('companies_col_name'),
    cell: ({ row }) => (
      <span className="company-cell">
        <span dir="auto">{row.original.name}</span>
        {row.original.domain && (
          <span className="muted small" dir="auto">
            {row.original.domain}
          </span>
        )}
      </span>
    ),
  },
  {
    id: 'tier',
    accessorFn: (r) => r.tier,
    header: () => t('companies_col_tier'),
    cell: ({ row }) =>
      row.original.tier ? (
        <span className={`tier-chip tier-chip-${row.original.tierKind}`} dir="auto">
          {row.original.tier}
        </span>
      ) : (
        <span className="muted">—</span>
      ),
  },
  {
    id: 'score',
    accessorFn: (r) => r.score,
    header: () => t('companies_col_score'),
    cell: ({ row }) => (row.original.score === undefined ? '—' : formatNumber(row.original.score)),
  },
  {
    id: 'confidence',
    accessorFn: (r) => r.confidence,
    header: () => t('companies_col_confidence'),
    cell: ({ row }) =>
      row.original.confidence === undefined ? '—' : formatPercent(row.original.confidence),
  },
  {
    id: 'lastSeen',
    accessorFn: (r) => r.lastSeen,
    header: () => t('companies_col_last_seen'),
    cell: ({ row }) => formatDate(row.original.lastSeen, 'short'),
  },
  {
    id: 'source',
    accessorFn: (r) => r.source,
    header: () => t('companies_col_source'),
    cell: ({ row }) => row.original.source,
  },
];

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
  const [sorting, setSorting] = useState<SortingState>([{ id: 'score', desc: true }]);
  const scroller = useRef<HTMLElement>(null);

  useEffect(() => {
    listIcps().then(
      (list) => {
        setIcps(list);
        setIcpId((current) => current || (list[0]?.id ?? ''));
      },
      (e: unknown) => setError(String(e)),
    );
  }, []);
  useEffect(() => {
    if (!icps) return;
    let current = true;
    setRows(undefined);
    setComplete(false);
    // The most recently seen first, at once; then every company (50,000 take a few seconds).
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
      .then(() => (current ? listCompanyRows(icpId) : undefined))
      .then(
        (all) => {
          if (!current || !all) return;
          setRows(all);
          setComplete(true);
        },
        (e: unknown) => setError(String(e)),
      );
    return () => {
      current = false;
    };
  }, [icpId, icps]);

  const shown = useMemo(() => {
    const sort = sorting[0];
    const icp = icps?.find((s) => s.id === icpId);
    const names = icp?.icp.tiers.map((tier) => tier.name) ?? [];
    const ranked = (rows ?? []).map((r) =>
      r.tierKind === 'tier' && r.tier ? { ...r, tierIndex: names.indexOf(r.tier) } : r,
    );
    return filterAndSort(ranked, {
      query,
      tiers,
      ...(sort && {
        sort: { column: sort.id as SortColumn, direction: sort.desc ? 'desc' : 'asc' },
      }),
    });
  }, [rows, query, tiers, sorting, icps, icpId]);

  const table = useReactTable({
    data: shown,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

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
            value={query}
            data-input="company-search"
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
      </div>
      <fieldset className="chips-filter">
        <legend className="visually-hidden">{t('companies_filter')}</legend>
        {tierFilters(icps?.find((s) => s.id === icpId)).map(({ key, label }) => (
          <label key={key} className="choice filter-chip">
            <input
              type="checkbox"
              data-tier-filter={key}
              checked={tiers.includes(key)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setTiers((current) => (on ? [...current, key] : current.filter((k) => k !== key)));
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
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
          <section
            className="companies-scroll"
            ref={scroller}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable list must be reachable by keyboard to scroll it.
            tabIndex={0}
            aria-label={t('companies_title')}
          >
            <table className="companies">
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => {
                      const sorted = header.column.getIsSorted();
                      return (
                        <th
                          key={header.id}
                          scope="col"
                          className={`col-${header.id}`}
                          aria-sort={
                            sorted === 'asc'
                              ? 'ascending'
                              : sorted === 'desc'
                                ? 'descending'
                                : 'none'
                          }
                        >
                          <button
                            type="button"
                            className="sort"
                            onClick={header.column.getToggleSortingHandler()}
                          >
                            {flexRender(header.column.columnDef.header, header.getContext())}
                            <span aria-hidden="true">
                              {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                            </span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {padTop > 0 && (
                  <tr>
                    <td style={{ height: padTop }} colSpan={columns.length} />
                  </tr>
                )}
                {items.map((item) => {
                  const row = tableRows[item.index];
                  if (!row) return null;
                  return (
                    <tr key={row.id} data-company-row style={{ height: ROW_HEIGHT }}>
                      {row.getVisibleCells().map((cell) => (
                        <td key={cell.id} className={`col-${cell.column.id}`}>
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </td>
                      ))}
                    </tr>
                  );
                })}
                {padBottom > 0 && (
                  <tr>
                    <td style={{ height: padBottom }} colSpan={columns.length} />
                  </tr>
                )}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
