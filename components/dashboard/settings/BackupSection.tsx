import { useState } from 'react';
import { exportDatabase, restoreDatabase } from '@/lib/db/backup';
import { isolate } from '@/lib/i18n/bidi';
import { Isolated } from '../../Bdi';
import { t } from '../../i18n';
import { FilePickButton } from '../FilePickButton';
import { backupProblemWords, restoredCountsWords } from './backup-words';

/** Back up everything to one file; restore from one (checked first: a bad file changes nothing). */
export function BackupSection() {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, setPending] = useState<File>();

  const backup = async () => {
    const blob = await exportDatabase();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `icp-lens-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ ok: true, text: t('backup_done', a.download) });
  };
  const restore = async (file: File) => {
    setPending(undefined);
    const result = await restoreDatabase(file);
    if (result.ok)
      setMessage({ ok: true, text: t('backup_restored', restoredCountsWords(result.counts)) });
    else
      setMessage({
        ok: false,
        text: t('backup_restore_failed', backupProblemWords(result.problem)),
      });
  };

  return (
    <section aria-labelledby="backup-heading" data-section="backup">
      <h2 id="backup-heading">{t('backup_heading')}</h2>
      <p className="muted">{t('backup_intro')}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => void backup()} data-action="backup">
          {t('backup_action')}
        </button>
        <FilePickButton
          label={t('backup_restore_action')}
          accept=".json,application/json"
          name="restore"
          onFile={setPending}
        />
      </div>
      {pending && (
        <p className="notice notice-error" role="alert">
          <Isolated text={t('backup_confirm', isolate(pending.name))} />{' '}
          <button
            type="button"
            className="button button-danger"
            onClick={() => void restore(pending)}
            data-action="confirm-restore"
          >
            {t('backup_confirm_action')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setPending(undefined)}>
            {t('editor_cancel')}
          </button>
        </p>
      )}
      {message && (
        <p
          className={message.ok ? 'notice notice-success' : 'notice notice-error'}
          role="status"
          data-backup-message
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
