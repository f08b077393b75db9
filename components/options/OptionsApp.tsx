import { t } from '../i18n';
import { AutoAnalysisSetting } from './AutoAnalysisSetting';
import { IcpItem } from './IcpItem';
import { ImportIcp } from './ImportIcp';
import { NoticeBanner } from './Notice';
import { useIcps } from './use-icps';

/** The dashboard's first page: the stored ICPs, which one is active, import and export. */
export function OptionsApp() {
  const { icps, notice, dismiss, importFile, activate, remove, exportIcp } = useIcps();
  return (
    <main className="options">
      <header className="options-header">
        <h1>{t('options_title')}</h1>
        <p className="muted">{t('options_intro')}</p>
      </header>
      <NoticeBanner notice={notice} onDismiss={dismiss} />
      <ImportIcp onFile={(file) => void importFile(file)} />
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('options_list_heading')}</h2>
        {icps === undefined ? (
          <p className="muted">{t('options_loading')}</p>
        ) : icps.length === 0 ? (
          <p className="empty">{t('options_empty')}</p>
        ) : (
          <ul className="icps">
            {icps.map((stored) => (
              <IcpItem
                key={stored.id}
                stored={stored}
                onActivate={() => void activate(stored)}
                onExport={() => exportIcp(stored)}
                onDelete={() => remove(stored)}
              />
            ))}
          </ul>
        )}
      </section>
      <AutoAnalysisSetting />
    </main>
  );
}
