import { isolate } from '@/lib/i18n/bidi';
import type { IcpScore } from '@/lib/messaging';
import { compareByFit } from '@/lib/scoring/order';
import { formatNumber } from '../format';
import { t } from '../i18n';
import { tierName } from '../labels';
import { TierPill } from './TierPill';

/**
 * With several ICPs: one compact line per ICP, the active one first and marked, the others in the
 * one fit order (`compareByFit`: Disqualified below Bad fit, Not enough data last).
 */
export function IcpComparison({ scores }: { scores: IcpScore[] }) {
  if (scores.length < 2) return null;
  const ordered = [...scores].sort(
    (a, b) => Number(b.active) - Number(a.active) || compareByFit(a.result, b.result),
  );
  return (
    <ul className="icp-comparison" aria-label={t('popup_icps_label')}>
      {ordered.map(({ icpId, icpName, active, result }) => (
        <li key={icpId} className={active ? 'icp-score icp-score-active' : 'icp-score'}>
          <span className="visually-hidden">
            {t('popup_icp_score', isolate(icpName), isolate(tierName(result)), result.score)}
          </span>
          <span className="icp-score-name" aria-hidden="true" title={icpName} dir="auto">
            {icpName}
          </span>
          <span className="icp-score-result" aria-hidden="true">
            <TierPill result={result} small /> {formatNumber(result.score)}
          </span>
          {active && <span className="icp-score-active-mark">{t('popup_icp_active')}</span>}
        </li>
      ))}
    </ul>
  );
}
