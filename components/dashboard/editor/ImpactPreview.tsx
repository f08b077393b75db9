import { useMemo } from 'react';
import type { Icp } from '@/lib/criteria/schema';
import { isolate } from '@/lib/i18n/bidi';
import { diffIcp } from '@/lib/icp/diff';
import { Isolated } from '../../Bdi';
import { t } from '../../i18n';
import { changeText } from '../icps/diff-words';
import { ImpactStatus } from './ImpactStatus';
import type { ImpactState } from './use-impact-worker';

/** How many tier moves the preview lists; the worker sends no more than these. */
export const SHOWN_MOVES = 20;

/**
 * What saving the draft would do: the changes in words, and the companies already stored that
 * would move tier ("+14 Best fit, −9 Good fit"), re-scored in the impact worker (`state`). While
 * a newer edit computes, the last answer stays on screen, dimmed.
 */
export function ImpactPreview({
  before,
  after,
  state,
}: {
  before: Icp;
  after: Icp;
  state: ImpactState;
}) {
  const changes = useMemo(() => diffIcp(before, after).items, [before, after]);
  const answer = state.answer?.type === 'impact' ? state.answer : undefined;
  const impact = answer?.impact;
  return (
    <div className="impact" data-impact data-impact-live aria-live="polite" aria-busy={state.busy}>
      <h3>{t('impact_heading')}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('impact_no_changes')}</p>
      ) : (
        <ul className="impact-changes">
          {changes.map((change, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one diff, in order
            <li key={k}>
              <Isolated text={changeText(change)} />
            </li>
          ))}
        </ul>
      )}
      <ImpactStatus state={state} />
      {impact && (
        <div className={state.busy ? 'impact-stale' : undefined}>
          <p className="impact-summary" data-impact-summary>
            {t('impact_summary', impact.summary, answer.companies)}
          </p>
          {impact.moves.length > 0 && (
            <ul className="impact-moves">
              {impact.moves.slice(0, SHOWN_MOVES).map((m) => (
                <li key={m.id}>
                  <Isolated
                    text={t(
                      'impact_move',
                      isolate(m.name ?? m.id),
                      isolate(m.from),
                      isolate(m.to),
                      m.scoreBefore,
                      m.scoreAfter,
                    )}
                  />
                </li>
              ))}
              {impact.moveCount > SHOWN_MOVES && (
                <li className="muted">{t('impact_more', impact.moveCount - SHOWN_MOVES)}</li>
              )}
            </ul>
          )}
        </div>
      )}
      <p className="muted small">{t('impact_follows_edits')}</p>
    </div>
  );
}
