import { isolate } from '@/lib/i18n/bidi';
import { Isolated } from '../Bdi';
import './lists-popup.css';
import { t } from '../i18n';
import { useCompanyLists } from './use-company-lists';

/** "In your CRM — owner, stage, last activity" when the company is in the CRM snapshot. */
export function CrmMatch({ companyId }: { companyId: string }) {
  const { state } = useCompanyLists(companyId);
  const crm = state.status === 'ready' ? state.data.crm : undefined;
  if (!crm) return null;
  const details = [
    crm.owner && t('crm_owner', isolate(crm.owner)),
    crm.stage && t('crm_stage', isolate(crm.stage)),
    crm.lastActivity && t('crm_last_activity', isolate(crm.lastActivity)),
  ].filter(Boolean);
  return (
    <section className="crm-match" data-crm-match={crm.certainty}>
      <p>
        <strong>{t('crm_in_crm')}</strong>
        {details.length > 0 && (
          <span>
            {' — '}
            <Isolated text={details.join(' · ')} />
          </span>
        )}
      </p>
      {crm.certainty === 'name-only' && <p className="muted small">{t('crm_name_only')}</p>}
    </section>
  );
}
