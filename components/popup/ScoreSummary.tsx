import { isolate } from '@/lib/i18n/bidi';
import type { ScoreResult } from '@/lib/scoring/types';
import { Isolated } from '../Bdi';
import { formatNumber } from '../format';
import { t } from '../i18n';
import { criterionName } from '../labels';
import { SettlingHint } from './ScoreRange';
import { TierPill } from './TierPill';

/**
 * Tier, score, confidence and, when disqualified, the rule that did it. For "Not enough data"
 * the score range the unknowns allow ("34–78") stands in for the score, with what would settle it.
 */
export function ScoreSummary({
  result,
  icpName,
  reviewOverdue,
  url = '',
}: {
  result: ScoreResult;
  icpName?: string;
  reviewOverdue?: boolean;
  /** The page the user is on, to say where the missing facts are. */
  url?: string;
}) {
  const confidence = Math.round(result.confidence * 100);
  const rule = result.disqualifiedBy;
  const { min, max } = result.scoreRange;
  const ranged = result.tierKind === 'insufficient' && min !== max;
  return (
    <section className="summary">
      <div className="summary-row">
        <p
          className={result.tierKind === 'disqualified' ? 'score score-disqualified' : 'score'}
          data-score-range={ranged ? `${min}-${max}` : undefined}
          title={ranged ? t('popup_range_help') : undefined}
        >
          <span className="visually-hidden">
            {ranged ? t('popup_range_aria', min, max) : t('popup_score_aria', result.score)}
          </span>
          <span className={ranged ? 'score-value score-range' : 'score-value'} aria-hidden="true">
            {ranged ? t('popup_range', min, max) : formatNumber(result.score)}
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
      {result.tierKind === 'insufficient' && <SettlingHint result={result} url={url} />}
      {icpName && (
        <p className="summary-icp">
          <Isolated text={t('popup_for_icp', isolate(icpName))} />
        </p>
      )}
      {rule && (
        <p className="disqualified">
          <Isolated
            text={
              rule.evidence
                ? t(
                    'popup_disqualified_by',
                    isolate(criterionName(rule)),
                    isolate(rule.evidence.text),
                  )
                : t('popup_disqualified_by_plain', isolate(criterionName(rule)))
            }
          />
        </p>
      )}
    </section>
  );
}
