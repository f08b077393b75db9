import type { ReactNode } from 'react';
import { MEMBER_STATUSES, type MemberStatus } from '@/lib/db/schema';
import { isolate } from '@/lib/i18n/bidi';
import type { ListColumn, ListRow } from '@/lib/lists/rows';
import { formatDate, formatNumber, formatPercent } from '../format';
import { type MessageKey, t } from '../i18n';
import { industryWords } from '../industry-words';
import { tierName } from '../labels';
import { headquartersWords, sizeWords } from './firmographic-words';
import { type TableColumn, type TableSort, VirtualTable } from './VirtualTable';

const STATUS_KEYS: Record<MemberStatus, MessageKey> = {
  new: 'status_new',
  contacted: 'status_contacted',
  replied: 'status_replied',
  'not-now': 'status_not_now',
};

export type Sort = TableSort<ListColumn>;

type Handlers = {
  selected: ReadonlySet<string>;
  onSelect: (companyId: string, on: boolean) => void;
  onOpen: (companyId: string) => void;
  onEdit: (companyId: string, change: { note?: string; status?: MemberStatus }) => void;
};

const text = (value: string | undefined) => <span dir="auto">{value ?? '—'}</span>;

/** The list table's columns, the first a checkbox; every other header sorts. */
function columnsOf(h: Handlers): TableColumn<ListRow, ListColumn | 'select'>[] {
  const col = (
    id: ListColumn,
    key: MessageKey,
    cell: (r: ListRow) => ReactNode,
    num = false,
  ): TableColumn<ListRow, ListColumn> => ({ id, header: t(key), cell, sortable: true, num });
  return [
    {
      id: 'select',
      header: <span className="visually-hidden">{t('list_col_select')}</span>,
      cell: (r) => (
        <input
          type="checkbox"
          aria-label={t('list_select_row', isolate(r.name))}
          checked={h.selected.has(r.companyId)}
          onChange={(e) => h.onSelect(r.companyId, e.currentTarget.checked)}
        />
      ),
    },
    col('name', 'companies_col_name', (r) => (
      <button type="button" className="row-open" dir="auto" onClick={() => h.onOpen(r.companyId)}>
        {r.name}
      </button>
    )),
    col('domain', 'list_col_domain', (r) => text(r.domain)),
    col('linkedinSlug', 'list_col_linkedin', (r) => text(r.linkedinSlug)),
    col('tier', 'companies_col_tier', (r) =>
      r.tier ? (
        <span className={`tier-chip tier-chip-${r.tierKind}`} dir="auto">
          {r.tierKind ? tierName({ tier: r.tier, tierKind: r.tierKind }) : r.tier}
        </span>
      ) : (
        '—'
      ),
    ),
    col(
      'score',
      'companies_col_score',
      (r) => (r.score === undefined ? '—' : formatNumber(r.score)),
      true,
    ),
    col(
      'confidence',
      'companies_col_confidence',
      (r) => (r.confidence === undefined ? '—' : formatPercent(r.confidence)),
      true,
    ),
    col('industry', 'list_col_industry', (r) => text(r.industry && industryWords(r.industry))),
    col('employees', 'list_col_size', (r) => (r.employees ? sizeWords(r.employees) : '—'), true),
    col('hq', 'list_col_hq', (r) => text(r.hq && headquartersWords(r.hq))),
    col('addedAt', 'list_col_added', (r) => formatDate(r.addedAt, 'short')),
    col('lastSeen', 'companies_col_last_seen', (r) => formatDate(r.lastSeen, 'short')),
    col('note', 'list_col_note', (r) => (
      <input
        type="text"
        dir="auto"
        defaultValue={r.note}
        maxLength={500}
        aria-label={t('list_note_label', isolate(r.name))}
        // Saved a moment after typing stops (a reload right after keeps it), on Enter and on leaving.
        // Enter saves and keeps the focus in the note (blurring dropped a keyboard user's place to
        // the top of the page); Escape puts back the note as last saved. The field remembers what
        // it saved (`data-saved`): the row's own note lags until the save is written.
        onChange={(e) => {
          const input = e.currentTarget;
          const note = input.value;
          saveSoon(r.companyId, () => saveNote(input, r, h, note));
        }}
        onKeyDown={(e) => {
          const input = e.currentTarget;
          if (e.key === 'Enter') {
            cancelSave(r.companyId);
            saveNote(input, r, h, input.value);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            cancelSave(r.companyId);
            input.value = savedNote(input, r);
          }
        }}
        onBlur={(e) => {
          cancelSave(r.companyId);
          saveNote(e.currentTarget, r, h, e.currentTarget.value);
        }}
      />
    )),
    col('status', 'list_col_status', (r) => (
      <select
        value={r.status}
        aria-label={t('list_status_label', isolate(r.name))}
        onChange={(e) => h.onEdit(r.companyId, { status: e.currentTarget.value as MemberStatus })}
      >
        {MEMBER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(STATUS_KEYS[s])}
          </option>
        ))}
      </select>
    )),
  ];
}

/** The note a row's field last saved, else the row's own. */
function savedNote(input: HTMLInputElement, r: ListRow): string {
  return input.dataset.saved ?? r.note;
}

/** Saves `note` for the row when it differs from what was last saved, remembering it in the field. */
function saveNote(input: HTMLInputElement, r: ListRow, h: Handlers, note: string): void {
  if (note === savedNote(input, r)) return;
  input.dataset.saved = note;
  h.onEdit(r.companyId, { note });
}

/** Notes being typed, saved `NOTE_PAUSE` ms after the last keystroke (company id → timer). */
const pendingNotes = new Map<string, ReturnType<typeof setTimeout>>();
const NOTE_PAUSE = 700;
function saveSoon(companyId: string, save: () => void): void {
  cancelSave(companyId);
  pendingNotes.set(
    companyId,
    setTimeout(() => {
      pendingNotes.delete(companyId);
      save();
    }, NOTE_PAUSE),
  );
}
function cancelSave(companyId: string): void {
  clearTimeout(pendingNotes.get(companyId));
  pendingNotes.delete(companyId);
}

/**
 * A list's companies: every header sorts (click again to reverse; `aria-sort` follows), rows have
 * a checkbox, an in-place note and status; the name opens the company. Only the rows on screen are
 * in the DOM (`VirtualTable`), so 100,000 rows scroll.
 */
export function ListTable(
  props: Handlers & {
    rows: readonly ListRow[];
    sort: Sort;
    onSort: (sort: Sort) => void;
  },
) {
  return (
    <VirtualTable
      rows={props.rows}
      rowKey={(r) => r.companyId}
      columns={columnsOf(props)}
      sort={props.sort}
      onSort={(sort) => {
        if (sort.column !== 'select')
          props.onSort({ column: sort.column, direction: sort.direction });
      }}
      label={t('lists_title')}
      className="list-table"
    />
  );
}
