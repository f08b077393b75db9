import { formatNumber } from '../../format';
import { t } from '../../i18n';
import type { ImpactState } from './use-impact-worker';
import './impact.css';

/**
 * What the impact worker is doing, above the last answer: reading the stored companies (a
 * progress bar, "20,000 of 100,000"), re-scoring them for the latest edit, or why the latest edit
 * could not be previewed. Nothing once the answer to the latest edit is shown.
 */
export function ImpactStatus({ state }: { state: ImpactState }) {
  if (state.error)
    return (
      <p className="field-error" role="alert" data-impact-error>
        {t('impact_failed', state.error)}
      </p>
    );
  if (!state.busy && state.answer) return null;
  const reading = state.reading && state.reading.done < state.reading.total && state.reading;
  return (
    <div className="impact-status" data-impact-status>
      {reading ? (
        <>
          <progress max={reading.total} value={reading.done} />
          <span className="muted">
            {t('impact_reading', formatNumber(reading.done), formatNumber(reading.total))}
          </span>
        </>
      ) : (
        <span className="muted">{t('impact_loading')}</span>
      )}
    </div>
  );
}
