import type { TabView } from '@/lib/messaging';
import { t } from '../i18n';
import { CrmMatch } from '../lists/CrmMatch';
import { SaveToList } from '../lists/SaveToList';
import { AutoAnalysisOffer } from './AutoAnalysisOffer';
import { CompanyFacts } from './CompanyFacts';
import { CompanyHeader } from './CompanyHeader';
import { CriterionList } from './CriterionList';
import { IcpComparison } from './IcpComparison';
import { openDashboard } from './PopupFooter';
import { ScoreSummary } from './ScoreSummary';
import { StateMessage } from './StateMessage';
import { TalkingPoints } from './TalkingPoints';

type Ready = Extract<TabView, { kind: 'ready' }>;

/** A company page that was read: its fit for the active ICP, why, and what to say. */
export function ReadyView({ view }: { view: Ready }) {
  const active = view.scores.find((s) => s.active) ?? view.scores[0];
  return (
    <>
      <CompanyHeader company={view.company} />
      {!view.storageError && <SaveToList companyId={view.company.id} />}
      {!view.storageError && <CrmMatch companyId={view.company.id} />}
      {view.storageError && (
        <p className="notice" role="alert">
          {t('popup_storage_error', view.storageError)}
        </p>
      )}
      {active ? (
        <>
          <ScoreSummary
            result={active.result}
            icpName={view.scores.length === 1 ? active.icpName : undefined}
            reviewOverdue={active.reviewOverdue}
          />
          <IcpComparison scores={view.scores} />
          <CriterionList criteria={active.result.criteria} />
          <TalkingPoints pitch={view.pitch} />
        </>
      ) : (
        <StateMessage
          state="no-icp"
          message={t('popup_no_icp')}
          detail={t('popup_no_icp_hint')}
          action={{ label: t('action_open_dashboard_import'), onClick: openDashboard }}
        />
      )}
      <CompanyFacts company={view.company} />
      {!isLinkedIn(view.company.url) && <AutoAnalysisOffer />}
    </>
  );
}

const isLinkedIn = (url: string) => /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(url);
