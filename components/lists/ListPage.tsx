import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  copyToList,
  deleteList,
  listRows,
  recentLists,
  removeFromList,
  updateMember,
} from '@/lib/db/lists';
import { getMembers } from '@/lib/db/members';
import { getDb, type ListRecord, type MemberStatus } from '@/lib/db/schema';
import { isolate } from '@/lib/i18n/bidi';
import type { ExportFormat } from '@/lib/lists/export';
import { carryRanks } from '@/lib/lists/row-order';
import {
  countByTier,
  filterAndSortRows,
  LIST_COLUMNS,
  type ListRow,
  listSortValue,
} from '@/lib/lists/rows';
import { errorWords } from '../error-words';
import { selectPlural } from '../format';
import { t } from '../i18n';
import { BulkBar } from './BulkBar';
import { CompanyDetail } from './CompanyDetail';
import { buildExport, downloadText } from './export-file';
import { IcpSelect } from './IcpSelect';
import { ImportPanel } from './ImportPanel';
import { ListTable, type Sort } from './ListTable';
import { rankColumns } from './rank-rows';
import { TierFilterChips } from './TierFilterChips';
import { useIcpChoice } from './use-icp-choice';
import './lists.css';

const FIRST_ROWS = 200;

/** `#list/<id>`: one list's companies, sorted, filtered per tier, searched, edited in bulk, exported. */
export function ListPage({
  listId,
  navigate,
}: {
  listId: string;
  navigate: (hash: string) => void;
}) {
  const { icps, icp, choose, error: icpError } = useIcpChoice();
  const [lists, setLists] = useState<ListRecord[]>();
  const [rows, setRows] = useState<ListRow[]>();
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');
  const [tiers, setTiers] = useState<string[]>([]);
  const [sort, setSort] = useState<Sort>({ column: 'tier', direction: 'asc' });
  // The sort when the rows load (read by the loading effect, which a sort does not restart).
  const sorting = useRef(sort);
  sorting.current = sort;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [importing, setImporting] = useState(false);
  /** An import found the list deleted (in another tab): only the header and that failure stay. */
  const [gone, setGone] = useState(false);
  const [open, setOpen] = useState<string>();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const fail = (e: unknown) => setError(errorWords(e));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after a change.
  useEffect(() => {
    if (!icps) return;
    let current = true;
    // Leaving the page (or changing ICP) stops the whole-list read between pages, so the next
    // page's first rows do not wait behind it.
    const reading = new AbortController();
    // The first rows at once, then the whole list (a 100,000-company list takes seconds), shown
    // once its names (every sort's ties read them), scores and sort column are ranked in a
    // worker, so neither that first sort nor a later header click compares text on this thread.
    // The other columns are ranked after, in the same worker.
    listRows(listId, icp, undefined, { limit: FIRST_ROWS })
      .then((first) => {
        if (current) setRows((shown) => shown ?? first);
        return Promise.all([
          recentLists().then((all) => current && setLists(all)),
          listRows(listId, icp, undefined, { signal: reading.signal }),
        ] as const);
      })
      .then(async ([, found]) => {
        await rankColumns(
          found,
          ['name', 'score', sorting.current.column, ...LIST_COLUMNS],
          listSortValue,
          { signal: reading.signal, ready: 3 },
        );
        if (current) setRows(found);
      })
      .catch((e: unknown) => current && fail(e));
    return () => {
      current = false;
      reading.abort();
    };
  }, [listId, icps, icp, version]);

  const list = lists?.find((l) => l.id === listId);
  const shown = useMemo(
    () => filterAndSortRows(rows ?? [], { query, tiers, sort }),
    [rows, query, tiers, sort],
  );
  const counts = useMemo(() => countByTier(rows ?? []), [rows]);
  // Bulk actions act on the selected rows the search and tier filters show, never on hidden ones.
  const chosen = () => (selected.size > 0 ? shown.filter((r) => selected.has(r.companyId)) : shown);
  const selectedShown = () =>
    shown.filter((r) => selected.has(r.companyId)).map((r) => r.companyId);
  const [bulkResult, setBulkResult] = useState<string>();
  const selectAll = useRef<HTMLInputElement>(null);
  // What a bulk action did is said in words, and focus goes back to the select-all box (the
  // button pressed is disabled once the selection clears, which would drop focus to the page).
  const afterBulk = (result: string) => {
    setSelected(new Set());
    setBulkResult(result);
    reload();
    selectAll.current?.focus();
  };
  const removeSelected = () => {
    const ids = selectedShown();
    if (!confirm(t('list_remove_confirm', ids.length))) return;
    void removeFromList(listId, ids).then(
      () => afterBulk(t('list_bulk_removed', ids.length)),
      fail,
    );
  };
  const copySelected = (to: string, move: boolean) => {
    const ids = selectedShown();
    const name = isolate(lists?.find((l) => l.id === to)?.name ?? '');
    void copyToList(listId, to, ids, { move }).then(
      () => afterBulk(t(move ? 'list_bulk_moved' : 'list_bulk_copied', ids.length, name)),
      fail,
    );
  };

  const onExport = async (format: ExportFormat, outreach: boolean) => {
    const ids = chosen().map((r) => r.companyId);
    const members = await getMembers(
      getDb(),
      ids.map((id) => [listId, id] as const),
    );
    const text = await buildExport(
      members.filter((m) => m !== undefined),
      icp?.icp,
      format,
      outreach,
    );
    downloadText(text, list?.name ?? 'list', format);
  };
  const failure = error ?? icpError;
  // Closing the company view puts focus back on that company's name in the table, found by its
  // id after the render (the rows may have been read again meanwhile, replacing the element).
  const closeDetail = useCallback(() => {
    const id = open;
    setOpen(undefined);
    requestAnimationFrame(() => {
      if (!id) return;
      const row = document.querySelector(`[data-company-row="${CSS.escape(id)}"] .row-open`);
      if (row instanceof HTMLElement && !document.querySelector('[data-company-detail]'))
        row.focus();
    });
  }, [open]);

  if (lists && !list && rows)
    return (
      <div data-page="list">
        <p className="notice notice-error" role="alert">
          {t('list_not_found')}
        </p>
        <a href="#lists">{t('list_back')}</a>
      </div>
    );

  return (
    <div data-page="list">
      <header className="page-header">
        <a href="#lists">
          <span className="back-arrow" aria-hidden="true">
            ←
          </span>{' '}
          {t('list_back')}
        </a>
        {/* The name isolated inside, the heading in the page's direction: a Latin name on a
            Persian page stays on the reading side with the rest of the header. */}
        <h1 data-list-name>
          <bdi>{list?.name ?? ''}</bdi>
        </h1>
        <p className="muted">
          {rows &&
            t(
              selectPlural(rows.length, {
                one: 'list_count_one',
                other: 'list_count_other',
              } as const),
              shown.length,
              rows.length,
            )}
        </p>
      </header>
      <ImportPanel
        listId={listId}
        icp={icp}
        onImported={reload}
        onRunning={setImporting}
        onListGone={() => setGone(true)}
      />
      {!gone && (
        <>
          <div className="row companies-controls">
            <IcpSelect icps={icps} value={icp?.id} onChange={choose} />
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
            <button
              type="button"
              className="button"
              data-action="delete-list"
              // Until the list is read there is no name to confirm: a click would do nothing.
              disabled={!list}
              onClick={() => {
                if (list && confirm(t('list_delete_confirm', isolate(list.name))))
                  void deleteList(listId).then(() => navigate('lists'), fail);
              }}
            >
              {t('list_delete')}
            </button>
          </div>
          <TierFilterChips icp={icp} selected={tiers} onChange={setTiers} counts={counts} />
          {failure && (
            <p className="notice notice-error" role="alert">
              {t('options_failed', failure)}
            </p>
          )}
          {!rows ? (
            !failure && <p className="muted">{t('options_loading')}</p>
          ) : rows.length === 0 ? (
            // While a file is read, previewed or imported, the panel above is about its companies.
            !importing && (
              <p className="empty" data-state="empty-list">
                {t('list_empty')}
              </p>
            )
          ) : (
            <>
              <BulkBar
                shown={shown.length}
                selected={selectedShown().length}
                otherLists={(lists ?? []).filter((l) => l.id !== listId)}
                onSelectAll={(on) => {
                  setBulkResult(undefined);
                  setSelected(on ? new Set(shown.map((r) => r.companyId)) : new Set());
                }}
                onRemove={removeSelected}
                onCopy={copySelected}
                onExport={(format, outreach) => void onExport(format, outreach).catch(fail)}
                selectAll={selectAll}
              />
              {bulkResult && (
                <p className="notice notice-success" role="status" data-bulk-result>
                  {bulkResult}
                </p>
              )}
              {shown.length === 0 && rows.length > 0 ? (
                <p className="empty" data-state="no-match">
                  {t('companies_no_match')}
                </p>
              ) : (
                <ListTable
                  rows={shown}
                  sort={sort}
                  onSort={setSort}
                  selected={selected}
                  onSelect={(id, on) => {
                    setBulkResult(undefined);
                    setSelected((current) => {
                      const next = new Set(current);
                      if (on) next.add(id);
                      else next.delete(id);
                      return next;
                    });
                  }}
                  onOpen={setOpen}
                  onEdit={(id, change: { note?: string; status?: MemberStatus }) =>
                    void updateMember(listId, id, change).then(() => {
                      setRows((current) => {
                        const next = current?.map((r) =>
                          r.companyId === id ? { ...r, ...change } : r,
                        );
                        // The same rows in the same places: only the edited columns rank again.
                        if (current && next) carryRanks(current, next, Object.keys(change));
                        return next;
                      });
                    }, fail)
                  }
                />
              )}
            </>
          )}
        </>
      )}
      {open && <CompanyDetail companyId={open} onClose={closeDetail} onChange={reload} />}
    </div>
  );
}
