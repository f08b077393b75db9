import { useState } from 'react';
import type { ListRecord } from '@/lib/db/schema';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/lists/export';
import { type MessageKey, t } from '../i18n';

const FORMAT_KEYS: Record<ExportFormat, MessageKey> = {
  csv: 'list_export_csv',
  hubspot: 'list_export_hubspot',
  salesforce: 'list_export_salesforce',
};

/**
 * Bulk actions on the selected rows (or, for export, every row shown when none is selected):
 * select all shown, remove, copy or move to another list, export in a CRM's import format.
 */
export function BulkBar(props: {
  shown: number;
  selected: number;
  otherLists: readonly ListRecord[];
  onSelectAll: (on: boolean) => void;
  onRemove: () => void;
  onCopy: (listId: string, move: boolean) => void;
  onExport: (format: ExportFormat, outreach: boolean) => void;
}) {
  const [format, setFormat] = useState<ExportFormat>('hubspot');
  const [outreach, setOutreach] = useState(false);
  const none = props.selected === 0;
  const target = (move: boolean) => (
    <select
      value=""
      disabled={none || props.otherLists.length === 0}
      aria-label={t(move ? 'list_move_to' : 'list_copy_to')}
      data-action={move ? 'move-to' : 'copy-to'}
      onChange={(e) => {
        if (e.currentTarget.value) props.onCopy(e.currentTarget.value, move);
      }}
    >
      <option value="">{t(move ? 'list_move_to' : 'list_copy_to')}</option>
      {props.otherLists.map((l) => (
        <option key={l.id} value={l.id} dir="auto">
          {l.name}
        </option>
      ))}
    </select>
  );
  return (
    <div className="bulk-bar" data-bulk-bar>
      <label className="choice">
        <input
          type="checkbox"
          checked={props.shown > 0 && props.selected === props.shown}
          onChange={(e) => props.onSelectAll(e.currentTarget.checked)}
          data-action="select-all"
        />
        {t('list_select_all')}
      </label>
      <span className="muted small" aria-live="polite">
        {t('list_selected', props.selected)}
      </span>
      <button
        type="button"
        className="button"
        disabled={none}
        onClick={props.onRemove}
        data-action="remove-selected"
      >
        {t('list_remove_selected')}
      </button>
      {target(false)}
      {target(true)}
      <select
        value={format}
        aria-label={t('list_export_format')}
        onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
        data-input="export-format"
      >
        {EXPORT_FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(FORMAT_KEYS[f])}
          </option>
        ))}
      </select>
      <label className="choice">
        <input
          type="checkbox"
          checked={outreach}
          onChange={(e) => setOutreach(e.currentTarget.checked)}
        />
        {t('list_export_outreach')}
      </label>
      <button
        type="button"
        className="button button-primary"
        disabled={props.shown === 0}
        onClick={() => props.onExport(format, outreach)}
        data-action="export"
      >
        {t('list_export')}
      </button>
    </div>
  );
}
