import type { TabView } from '@/lib/messaging';
import { pitchStance } from '@/lib/talking-points/stance';
import { Isolated } from '../Bdi';
import { errorWords } from '../error-words';
import { t } from '../i18n';
import { CrmMatch } from '../lists/CrmMatch';
import { SaveToList } from '../lists/SaveToList';
import { AutoAnalysisOffer } from './AutoAnalysisOffer';
import { CompanyFacts } from './CompanyFacts';
import { CompanyHeader } from './CompanyHeader';
import { CriterionList } from './CriterionList';
import { pageValues } from './copy-isolation';
import { DecidingReasons } from './DecidingReasons';
import { IcpComparison } from './IcpComparison';
import { LinkClaimQuestion } from './LinkClaimQuestion';
import { openDashboard } from './PopupFooter';
import { ScoreSummary } from './ScoreSummary';
import { StateMessage } from './StateMessage';
import { TalkingPoints } from './TalkingPoints';
import './answer-parts.css';

type Ready = Extract<TabView, { kind: 'ready' }>;

/**
 * A company page that was read, as both the popup and the side panel show it. Above the fold:
 * company, tier, score (or range) and confidence, the deciding reasons, then the opening line and
 * talking points (for a fit; "Write anyway" otherwise). One click away: every criterion with its
 * evidence, and what the pages say (each fact correctable with a `tabId` or when `correctable`).
 */
export function ReadyView({
  view,
  tabId,
  onView,
  correctable = tabId !== undefined,
}: {
  view: Ready;
  tabId?: number;
  onView?: (view: TabView) => void;
  /** Facts can be corrected: in the popup with a tab, in the dashboard by company id. */
  correctable?: boolean;
}) {
  const active = view.scores.find((s) => s.active) ?? view.scores[0];
  return (
    <>
      <CompanyHeader company={view.company} />
      <LinkClaimQuestion view={view} tabId={tabId} onView={onView} />
      {!view.storageError && <SaveToList companyId={view.company.id} />}
      {!view.storageError && <CrmMatch companyId={view.company.id} />}
      {view.storageError && (
        <p className="notice" role="alert">
          {/* "QuotaExceededError: …" from the worker: worded (storage full, database) in the UI
              language, any other error's own text isolated. */}
          <Isolated text={t('popup_storage_error', errorWords(view.storageError))} />
        </p>
      )}
      {active ? (
        <>
          <ScoreSummary
            result={active.result}
            icpName={view.scores.length === 1 ? active.icpName : undefined}
            reviewOverdue={active.reviewOverdue}
            url={view.company.url}
          />
          <DecidingReasons result={active.result} />
          <TalkingPoints
            pitch={view.pitch}
            stance={pitchStance(active.result)}
            values={pageValues(view.company.facts, view.company.name)}
          />
          <IcpComparison scores={view.scores} />
          <details className="expander" data-all-criteria>
            <summary>{t('popup_all_criteria', active.result.criteria.length)}</summary>
            <CriterionList criteria={active.result.criteria} />
          </details>
        </>
      ) : (
        <StateMessage
          state="no-icp"
          message={t('popup_no_icp')}
          detail={t('popup_no_icp_hint')}
          action={{ label: t('action_open_dashboard_import'), onClick: openDashboard }}
        />
      )}
      <CompanyFacts
        company={view.company}
        editable={!view.storageError && correctable}
        tabId={tabId}
        onView={onView}
      />
      {!isLinkedIn(view.company.url) && <AutoAnalysisOffer />}
    </>
  );
}

const isLinkedIn = (url: string) => /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(url);
