import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

const ROW_HEIGHT = 40;

/** A sort of a table: the column's id and the direction. */
export interface TableSort<C extends string> {
  column: C;
  direction: 'asc' | 'desc';
}

/** One column: its header text, its cell, and whether its header sorts. */
export interface TableColumn<R, C extends string> {
  id: C;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** A number column: right-aligned. */
  num?: boolean;
  /** Without it the header does not sort and has no `aria-sort` (a checkbox column). */
  sortable?: boolean;
  /** Extra class names of the header and the cells (beside `col-<id>`). */
  className?: string;
}

/**
 * The one virtualised table of the dashboard (the Companies page and a list): a scrollable,
 * keyboard-reachable box in which only the rows on screen (and 12 either side) are in the DOM,
 * so 100,000 rows scroll; each sortable header is a button (click: ascending, again: descending;
 * `aria-sort` follows). Rows are `<tr data-company-row="<key>">`; headers and cells carry
 * `col-<id>` and headers `data-column="<id>"`. Cells render text, never HTML.
 */
export function VirtualTable<R, C extends string>(props: {
  rows: readonly R[];
  rowKey: (row: R) => string;
  columns: readonly TableColumn<R, C>[];
  sort: TableSort<C>;
  onSort: (sort: TableSort<C>) => void;
  label: string;
  className?: string;
}) {
  const { rows, columns, sort } = props;
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
  const classOf = (c: TableColumn<R, C>) =>
    [`col-${c.id}`, c.num && 'num', c.className].filter(Boolean).join(' ');
  return (
    <section
      className="companies-scroll"
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable list must be reachable by keyboard to scroll it.
      tabIndex={0}
      aria-label={props.label}
    >
      <table className={['companies', props.className].filter(Boolean).join(' ')}>
        <thead>
          <tr>
            {columns.map((c) => {
              if (!c.sortable)
                return (
                  <th key={c.id} scope="col" className={classOf(c)}>
                    {c.header}
                  </th>
                );
              const on = sort.column === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={classOf(c)}
                  data-column={c.id}
                  aria-sort={on ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() =>
                      props.onSort({
                        column: c.id,
                        direction: on && sort.direction === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {c.header}
                    <span aria-hidden="true">
                      {on ? (sort.direction === 'asc' ? '\u00a0▲' : '\u00a0▼') : ''}
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
              <td style={{ height: padTop }} colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const key = props.rowKey(row);
            return (
              <tr key={key} data-company-row={key} style={{ height: ROW_HEIGHT }}>
                {columns.map((c) => (
                  <td key={c.id} className={classOf(c)}>
                    {c.cell(row)}
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
  );
}
