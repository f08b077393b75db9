import type { ScoreResult } from '@/lib/scoring/types';
import { t } from '../i18n';
import { criterionName } from '../labels';
import { TierPill } from './TierPill';

/** Tier, score, confidence and, when disqualified, the rule that did it. */
export function ScoreSummary({
  result,
  icpName,
  reviewOverdue,
}: {
  result: ScoreResult;
  icpName?: string;
  reviewOverdue?: boolean;
}) {
  const confidence = Math.round(result.confidence * 100);
  const rule = result.disqualifiedBy;
  return (
    <section className="summary">
      <div className="summary-row">
        <p className={result.tierKind === 'disqualified' ? 'score score-disqualified' : 'score'}>
          <span className="visually-hidden">{t('popup_score_aria', result.score)}</span>
          <span className="score-value" aria-hidden="true">
            {result.score}
          </span>
          <span className="score-max" aria-hidden="true">
            {t('popup_score_max')}
          </span>
        </p>
        <div className="summary-side">
          <p className="tier-line">
            <TierPill result={result} />
            {reviewOverdue && (
              <span className="review-dot" title={t('popup_review_overdue')} data-review-dot>
                <span className="visually-hidden">{t('popup_review_overdue')}</span>
              </span>
            )}
          </p>
          <p className="confidence" title={t('popup_confidence_help')}>
            {t('popup_confidence', confidence)}
            <span className="visually-hidden"> — {t('popup_confidence_help')}</span>
          </p>
        </div>
      </div>
      {icpName && <p className="summary-icp">{t('popup_for_icp', icpName)}</p>}
      {rule && (
        <p className="disqualified">
          {rule.evidence
            ? t('popup_disqualified_by', criterionName(rule), rule.evidence.text)
            : t('popup_disqualified_by_plain', criterionName(rule))}
        </p>
      )}
    </section>
  );
}
