import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { MEMBER_STATUSES, type MemberStatus } from '@/lib/db/schema';
import { isolate } from '@/lib/i18n/bidi';
import type { ListColumn, ListRow } from '@/lib/lists/rows';
import { formatDate, formatNumber, formatPercent } from '../format';
import { type MessageKey, t } from '../i18n';

const ROW_HEIGHT = 40;

const HEADERS: readonly { column: ListColumn; key: MessageKey; num?: boolean }[] = [
  { column: 'name', key: 'companies_col_name' },
  { column: 'domain', key: 'list_col_domain' },
  { column: 'linkedinSlug', key: 'list_col_linkedin' },
  { column: 'tier', key: 'companies_col_tier' },
  { column: 'score', key: 'companies_col_score', num: true },
  { column: 'confidence', key: 'companies_col_confidence', num: true },
  { column: 'industry', key: 'list_col_industry' },
  { column: 'employees', key: 'list_col_size', num: true },
  { column: 'hq', key: 'list_col_hq' },
  { column: 'addedAt', key: 'list_col_added' },
  { column: 'lastSeen', key: 'companies_col_last_seen' },
  { column: 'note', key: 'list_col_note' },
  { column: 'status', key: 'list_col_status' },
];

const STATUS_KEYS: Record<MemberStatus, MessageKey> = {
  new: 'status_new',
  contacted: 'status_contacted',
  replied: 'status_replied',
  'not-now': 'status_not_now',
};

export type Sort = { column: ListColumn; direction: 'asc' | 'desc' };

/**
 * A list's companies: every header sorts (click again to reverse; `aria-sort` follows), rows have
 * a checkbox, an in-place note and status; the name opens the company. Only the rows on screen are
 * in the DOM, so 50,000 rows scroll.
 */
export function ListTable(props: {
  rows: readonly ListRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: ReadonlySet<string>;
  onSelect: (companyId: string, on: boolean) => void;
  onOpen: (companyId: string) => void;
  onEdit: (companyId: string, change: { note?: string; status?: MemberStatus }) => void;
}) {
  const { rows, sort } = props;
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = HEADERS.length + 1;
  return (
    <section
      className="companies-scroll"
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable list must be reachable by keyboard to scroll it.
      tabIndex={0}
      aria-label={t('lists_title')}
    >
      <table className="companies list-table">
        <thead>
          <tr>
            <th scope="col" className="col-select">
              <span className="visually-hidden">{t('list_col_select')}</span>
            </th>
            {HEADERS.map((h) => {
              const on = sort.column === h.column;
              return (
                <th
                  key={h.column}
                  scope="col"
                  className={`col-${h.column}`}
                  data-column={h.column}
                  aria-sort={on ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() =>
                      props.onSort({
                        column: h.column,
                        direction: on && sort.direction === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {t(h.key)}
                    <span aria-hidden="true">
                      {on ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr>
              <td style={{ height: padTop }} colSpan={width} />
            </tr>
          )}
          {items.map((item) => {
            const r = rows[item.index];
            if (!r) return null;
            return (
              <tr key={r.companyId} data-company-row={r.companyId} style={{ height: ROW_HEIGHT }}>
                <td className="col-select">
                  <input
                    type="checkbox"
                    aria-label={t('list_select_row', isolate(r.name))}
                    checked={props.selected.has(r.companyId)}
                    onChange={(e) => props.onSelect(r.companyId, e.currentTarget.checked)}
                  />
                </td>
                <td className="col-name" dir="auto">
                  <button
                    type="button"
                    className="row-open"
                    dir="auto"
                    onClick={() => props.onOpen(r.companyId)}
                  >
                    {r.name}
                  </button>
                </td>
                <td dir="auto">{r.domain ?? '—'}</td>
                <td dir="auto">{r.linkedinSlug ?? '—'}</td>
                <td className="col-tier">
                  {r.tier ? (
                    <span className={`tier-chip tier-chip-${r.tierKind}`} dir="auto">
                      {r.tier}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="num col-score">
                  {r.score === undefined ? '—' : formatNumber(r.score)}
                </td>
                <td className="num">
                  {r.confidence === undefined ? '—' : formatPercent(r.confidence)}
                </td>
                <td dir="auto">{r.industry ?? '—'}</td>
                <td className="num">{r.employees ?? '—'}</td>
                <td dir="auto">{r.hq ?? '—'}</td>
                <td>{formatDate(r.addedAt, 'short')}</td>
                <td>{formatDate(r.lastSeen, 'short')}</td>
                <td>
                  <input
                    type="text"
                    dir="auto"
                    defaultValue={r.note}
                    maxLength={500}
                    aria-label={t('list_note_label', isolate(r.name))}
                    onBlur={(e) => {
                      if (e.currentTarget.value !== r.note)
                        props.onEdit(r.companyId, { note: e.currentTarget.value });
                    }}
                  />
                </td>
                <td>
                  <select
                    value={r.status}
                    aria-label={t('list_status_label', isolate(r.name))}
                    onChange={(e) =>
                      props.onEdit(r.companyId, { status: e.currentTarget.value as MemberStatus })
                    }
                  >
                    {MEMBER_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(STATUS_KEYS[s])}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr>
              <td style={{ height: padBottom }} colSpan={width} />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
