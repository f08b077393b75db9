import { useEffect, useState } from 'react';
import { getCompany } from '@/lib/db/companies';
import { listIcps } from '@/lib/db/icps';
import { evaluateCompany } from '@/lib/evaluate';
import type { TabView } from '@/lib/messaging';
import { t } from '../i18n';
import { ReadyView } from '../popup/ReadyView';
import '../popup/popup-score.css';
import '../popup/popup-details.css';

type Ready = Extract<TabView, { kind: 'ready' }>;

/** The company's full view, as the popup shows it: scores against every ICP, reasons, facts, talking points. */
export function CompanyDetail({ companyId, onClose }: { companyId: string; onClose: () => void }) {
  const [view, setView] = useState<Ready | null>();
  useEffect(() => {
    let current = true;
    Promise.all([getCompany(companyId), listIcps()]).then(
      ([company, icps]) => {
        if (!current) return;
        if (!company) return setView(null);
        setView({
          kind: 'ready',
          company: {
            id: company.id,
            name: company.name,
            facts: company.facts,
            url: company.url,
            lastSeen: company.lastSeen,
            ...(company.disagreements?.length && { disagreements: company.disagreements }),
          },
          ...evaluateCompany(icps, company.facts),
        });
      },
      () => current && setView(null),
    );
    return () => {
      current = false;
    };
  }, [companyId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <aside
      className="company-detail"
      aria-label={view?.company.name ?? companyId}
      data-company-detail
    >
      <button type="button" className="button" onClick={onClose} data-action="close-detail">
        {t('list_close')}
      </button>
      {view === undefined ? (
        <p className="muted">{t('options_loading')}</p>
      ) : view === null ? (
        <p className="notice notice-error">{t('popup_error')}</p>
      ) : (
        <ReadyView view={view} />
      )}
    </aside>
  );
}
