import { isReviewOverdue } from '@/lib/db/versions';
import { isolate } from '@/lib/i18n/bidi';
import { templatesIn } from '@/lib/icp/templates/localized';
import { Isolated } from '../../Bdi';
import { formatList } from '../../format';
import { currentLocale, t } from '../../i18n';
import { IcpItem } from '../../options/IcpItem';
import { ImportIcp } from '../../options/ImportIcp';
import { NoticeBanner } from '../../options/Notice';
import { useIcps } from '../../options/use-icps';

/**
 * The stored ICPs (which one is active, review dates), new ones from templates (written in the UI
 * language where a translation exists), import.
 */
export function IcpsPage({ navigate }: { navigate: (hash: string) => void }) {
  const { icps, notice, dismiss, importFile, activate, remove, exportIcp } = useIcps();
  const overdue = icps?.filter((stored) => isReviewOverdue(stored)) ?? [];
  return (
    <div data-page="icps">
      <header className="page-header">
        <h1>{t('options_title')}</h1>
        <p className="muted">{t('options_intro')}</p>
      </header>
      {overdue.length > 0 && (
        <p className="notice notice-error" role="status" data-review-reminder>
          <Isolated
            text={t('review_reminder', formatList(overdue.map((s) => isolate(s.icp.name))))}
          />
        </p>
      )}
      <NoticeBanner notice={notice} onDismiss={dismiss} />
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
                onEdit={() => navigate(`icp/${encodeURIComponent(stored.id)}`)}
              />
            ))}
          </ul>
        )}
        {icps !== undefined && icps.length > 3 && <p className="muted">{t('options_too_many')}</p>}
      </section>
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">{t('templates_heading')}</h2>
        <ul className="templates">
          <li>
            <button type="button" className="template" onClick={() => navigate('icp/new')}>
              <strong>{t('templates_blank')}</strong>
              <span className="muted">{t('templates_blank_summary')}</span>
            </button>
          </li>
          {templatesIn(currentLocale()).map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="template"
                data-template={template.id}
                onClick={() => navigate(`icp/new?template=${template.id}`)}
              >
                <strong>{template.title}</strong>
                <span className="muted">{template.summary}</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="template" onClick={() => navigate('build')}>
              <strong>{t('templates_from_customers')}</strong>
              <span className="muted">{t('templates_from_customers_summary')}</span>
            </button>
          </li>
        </ul>
      </section>
      <ImportIcp onFile={(file) => void importFile(file)} />
    </div>
  );
}
