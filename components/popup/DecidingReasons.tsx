import { isolate } from '@/lib/i18n/bidi';
import { decidingReasons, MAX_DECIDING_REASONS } from '@/lib/scoring/explain';
import type { ScoreResult } from '@/lib/scoring/types';
import { pitchStance } from '@/lib/talking-points/stance';
import { Bdi, Isolated } from '../Bdi';
import { t } from '../i18n';
import { criterionName, VERDICT_MARKS } from '../labels';
import './reasons.css';
import { criterionValueText } from '../value-words';

/**
 * The two or three reasons that decided the tier, above the fold: the biggest matches (for a fit)
 * or misses (for "Bad fit" and "Disqualified" — headed "Why not").
 */
export function DecidingReasons({ result }: { result: ScoreResult }) {
  // A rule that disqualified is named just above, in the summary ("Disqualified by: …").
  const reasons = decidingReasons(result, MAX_DECIDING_REASONS + 1)
    .filter((r) => !r.criterion.disqualifies)
    .slice(0, result.disqualifiedBy ? MAX_DECIDING_REASONS - 1 : MAX_DECIDING_REASONS);
  const whyNot = pitchStance(result) === 'why-not';
  return (
    <section className="reasons" aria-labelledby="reasons-heading" data-reasons>
      <h2 id="reasons-heading" className="section-heading">
        {whyNot ? t('popup_why_not') : t('popup_reasons')}
      </h2>
      {reasons.length === 0 ? (
        <p className="muted">{t('popup_no_reasons')}</p>
      ) : (
        <ul className="reason-list">
          {reasons.map(({ criterion, direction }) => {
            const { verdict } = criterion;
            const mark = VERDICT_MARKS[verdict];
            const name = criterionName(criterion);
            const value = criterionValueText(criterion) ?? criterion.evidence?.text;
            return (
              <li
                key={criterion.index}
                className={`reason reason-${direction} criterion-${verdict}`}
                data-reason={direction}
              >
                <span className="criterion-icon" aria-hidden="true">
                  {mark.icon}
                </span>
                <span className="visually-hidden">{t(mark.key)}: </span>
                <span className="reason-text">
                  {value ? (
                    <Isolated text={t('reason_value', isolate(name), isolate(value))} />
                  ) : (
                    <Bdi>{name}</Bdi>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
