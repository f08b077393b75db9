import { useEffect, useState } from 'react';
import { readCrmSnapshot } from '@/lib/crm/snapshot';
import {
  type CrmSnapshotInfo,
  crmSnapshotInfo,
  deleteCrmSnapshot,
  replaceCrmSnapshot,
} from '@/lib/db/crm';
import { isolate } from '@/lib/i18n/bidi';
import { Isolated } from '../Bdi';
import { FilePickButton } from '../dashboard/FilePickButton';
import { errorWords } from '../error-words';
import { t } from '../i18n';
import { rowErrorWords } from './file-problem-words';

/**
 * Load, replace or delete the CRM snapshot that "In your CRM" matches against. The file is
 * picked with a real button (a label styled as one took no keyboard focus of its own).
 */
export function CrmSnapshotSection({ onChange }: { onChange: () => void }) {
  const [info, setInfo] = useState<CrmSnapshotInfo | null>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const reload = () => crmSnapshotInfo().then((i) => setInfo(i ?? null));
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount.
  useEffect(() => {
    void reload();
  }, []);

  const load = async (file: File) => {
    setMessage(undefined);
    const snapshot = readCrmSnapshot(new Uint8Array(await file.arrayBuffer()));
    const fatal = snapshot.errors.find((e) => e.row === 0);
    if (fatal) {
      setMessage({ error: true, text: rowErrorWords(fatal) });
      return;
    }
    try {
      await replaceCrmSnapshot(snapshot.records, {
        fileName: file.name,
        crm: snapshot.crm,
        at: Date.now(),
      });
      await reload();
      onChange();
    } catch (e) {
      setMessage({ error: true, text: errorWords(e) });
    }
  };

  return (
    <section className="crm-section" data-crm-snapshot aria-labelledby="crm-title">
      <h2 id="crm-title">{t('crm_title')}</h2>
      <p className="muted">{t('crm_intro')}</p>
      <p data-crm-info>
        {info ? (
          <Isolated text={t('crm_loaded', info.rows, isolate(info.fileName))} />
        ) : info === null ? (
          t('crm_none')
        ) : (
          ''
        )}
      </p>
      <div className="row">
        <FilePickButton
          label={t('crm_load')}
          accept=".csv,text/csv"
          name="crm-file"
          onFile={(file) => file && void load(file)}
        />
        {info && (
          <button
            type="button"
            className="button"
            onClick={() => void deleteCrmSnapshot().then(reload).then(onChange)}
          >
            {t('crm_delete')}
          </button>
        )}
      </div>
      {message && (
        <p
          className={`notice ${message.error ? 'notice-error' : ''}`}
          role={message.error ? 'alert' : 'status'}
        >
          <Isolated text={message.text} />
        </p>
      )}
    </section>
  );
}
