import { useMemo } from 'react';
import { isolate } from '@/lib/i18n/bidi';
import { formatNumber } from '../../format';
import { t } from '../../i18n';
import { tierName } from '../../labels';
import { ImpactStatus } from './ImpactStatus';
import type { ImpactState } from './use-impact-worker';

/**
 * The impact of an ICP not saved yet: where the companies already seen would land, one line per
 * tier in the fit order ("Best fit: 4 · Good fit: 9 · Bad fit: 20 · Not enough data: 3"), counted
 * in the impact worker (`state`).
 */
export function NewIcpPreview({ state }: { state: ImpactState }) {
  const answer = state.answer?.type === 'tiers' ? state.answer : undefined;
  const line = useMemo(
    () =>
      answer?.counts
        .map((c) => t('impact_new_tier_count', isolate(tierName(c)), formatNumber(c.count)))
        .join(' · '),
    [answer],
  );
  return (
    <div className="impact" data-impact data-impact-live aria-live="polite" aria-busy={state.busy}>
      <h3>{t('impact_heading')}</h3>
      <ImpactStatus state={state} />
      {answer &&
        (answer.counts.length === 0 ? (
          <p className="muted">{t('impact_new_none')}</p>
        ) : (
          <p
            className={state.busy ? 'impact-summary impact-stale' : 'impact-summary'}
            data-impact-summary
          >
            {t('impact_new_summary', answer.companies, line ?? '')}
          </p>
        ))}
      <p className="muted small">{t('impact_follows_edits')}</p>
    </div>
  );
}
