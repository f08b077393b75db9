import { isolate } from '@/lib/i18n/bidi';
import { Bdi } from '../../Bdi';
import { formatList } from '../../format';
import { t } from '../../i18n';
import { FilePickButton } from '../FilePickButton';
import type { CustomersWorkerSession } from './use-customers-worker';

/**
 * The build page's first section: pick the customers file, watch it being read (progress bar,
 * cancel button), then see what was read (rows, the columns used and ignored) or why not.
 */
export function CustomersFileSection({ session }: { session: CustomersWorkerSession }) {
  const { file, reading, notice, error } = session;
  return (
    <section>
      <div className="import-actions">
        <FilePickButton
          label={t('build_file')}
          accept=".csv,text/csv,.tsv,text/tab-separated-values"
          name="customers"
          primary
          onFile={(f) => void session.readFile(f)}
        />
        {file && (
          <span className="muted">
            <Bdi>{file.name}</Bdi>
          </span>
        )}
      </div>
      {reading && (
        <div data-reading>
          <progress max={reading.total} value={reading.done} aria-label={t('build_file')} />
          <p className="muted" aria-live="polite">
            {t('build_reading', Math.floor((reading.done / reading.total) * 100))}
          </p>
          <button
            type="button"
            className="button"
            onClick={session.cancelReading}
            data-action="build-cancel"
          >
            {t('build_cancel')}
          </button>
        </div>
      )}
      {notice && (
        <p className="notice" role="status" data-read-notice>
          {notice}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {file && (
        <p className="muted" data-read>
          {t(
            'build_read',
            file.data.rowCount,
            formatList(
              file.data.usedColumns.map((u) => isolate(u.column)),
              'unit',
            ) || '—',
            formatList(file.data.ignoredColumns.map(isolate), 'unit') || '—',
          )}
        </p>
      )}
    </section>
  );
}
