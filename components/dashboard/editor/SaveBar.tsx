import { t } from '../../i18n';

/**
 * Always in reach, however long the form: the change note, Preview, Save, Cancel and, while the
 * form has errors, a summary saying so.
 */
export function SaveBar({
  note,
  onNote,
  onPreview,
  onCancel,
  saving,
  valid,
}: {
  note: string;
  onNote: (note: string) => void;
  onPreview: () => void;
  onCancel: () => void;
  saving: boolean;
  valid: boolean;
}) {
  return (
    <section className="editor-save" aria-label={t('editor_save_bar')} data-save-bar>
      <label className="field editor-note">
        <span>{t('editor_note')}</span>
        <input
          type="text"
          dir="auto"
          value={note}
          maxLength={200}
          placeholder={t('editor_note_placeholder')}
          onChange={(event) => onNote(event.currentTarget.value)}
        />
      </label>
      <div className="row">
        <button type="button" className="button" onClick={onPreview} data-action="preview">
          {t('editor_preview')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={saving}
          data-action="save"
        >
          {t('editor_save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('editor_cancel')}
        </button>
        {!valid && (
          <span className="field-error" role="status" data-validation-summary>
            {t('editor_fix_errors')}
          </span>
        )}
      </div>
    </section>
  );
}
