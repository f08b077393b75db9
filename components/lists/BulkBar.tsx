import { type Ref, useState } from 'react';
import type { ListRecord } from '@/lib/db/schema';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/lists/export';
import { type MessageKey, t } from '../i18n';

const FORMAT_KEYS: Record<ExportFormat, MessageKey> = {
  csv: 'list_export_csv',
  hubspot: 'list_export_hubspot',
  salesforce: 'list_export_salesforce',
};

/**
 * Bulk actions on the selected rows (or, for export, every row shown when none is selected, as
 * the Export button says with its count): select all shown, remove, copy or move to another
 * list, export in a CRM's import format.
 * Copy and move act on a button press, never on the list picker's change (arrow keys on a closed
 * select change it: a keyboard user moved companies by looking through the lists). `selectAll`
 * is the select-all box, where the page puts focus back after an action.
 */
export function BulkBar(props: {
  shown: number;
  selected: number;
  otherLists: readonly ListRecord[];
  onSelectAll: (on: boolean) => void;
  onRemove: () => void;
  onCopy: (listId: string, move: boolean) => void;
  onExport: (format: ExportFormat, outreach: boolean) => void;
  selectAll?: Ref<HTMLInputElement>;
}) {
  const [format, setFormat] = useState<ExportFormat>('hubspot');
  const [outreach, setOutreach] = useState(false);
  const [target, setTarget] = useState('');
  const none = props.selected === 0;
  // A list deleted meanwhile (or this page's own) is no target.
  const to = props.otherLists.some((l) => l.id === target) ? target : '';
  const copy = (move: boolean) => (
    <button
      type="button"
      className="button"
      disabled={none || !to}
      onClick={() => props.onCopy(to, move)}
      data-action={move ? 'move-selected' : 'copy-selected'}
    >
      {t(move ? 'list_move' : 'list_copy')}
    </button>
  );
  return (
    <div className="bulk-bar" data-bulk-bar>
      <div className="bulk-group">
        <label className="choice">
          <input
            type="checkbox"
            checked={props.shown > 0 && props.selected === props.shown}
            onChange={(e) => props.onSelectAll(e.currentTarget.checked)}
            ref={props.selectAll}
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
      </div>
      <div className="bulk-group">
        <label className="choice">
          <span>{t('list_bulk_target')}</span>
          <select
            value={to}
            disabled={props.otherLists.length === 0}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data-input="bulk-target"
          >
            <option value="">{t('list_bulk_pick')}</option>
            {props.otherLists.map((l) => (
              <option key={l.id} value={l.id} dir="auto">
                {l.name}
              </option>
            ))}
          </select>
        </label>
        {copy(false)}
        {copy(true)}
      </div>
      <div className="bulk-group">
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
          {none ? t('list_export_shown', props.shown) : t('list_export_selected', props.selected)}
        </button>
      </div>
    </div>
  );
}
