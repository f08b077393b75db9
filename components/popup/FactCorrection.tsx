import { useId, useState } from 'react';
import type { CorrectableFact } from '@/lib/company/corrections';
import { messenger, type TabView } from '@/lib/messaging';
import { errorWords } from '../error-words';
import { type MessageKey, t } from '../i18n';
import { factLabel } from '../labels';

export interface CorrectionTarget {
  /** The popup's tab; absent in the dashboard's company view (the answer is the company's view). */
  tabId?: number;
  companyId: string;
  onView?: (view: TabView) => void;
}

const EXAMPLE: Readonly<Record<CorrectableFact, MessageKey>> = {
  employees: 'correction_example_employees',
  headquarters: 'correction_example_headquarters',
  industry: 'correction_example_industry',
  companyType: 'correction_example_companyType',
  technologies: 'correction_example_technologies',
  founded: 'correction_example_founded',
  website: 'correction_example_website',
};

/**
 * "Correct" (or "Add" for an unknown fact) beside a fact; opens a one-line form in place. Saving
 * stores the user's value (it wins over the pages from now on) and shows the re-scored view;
 * a value that cannot be the fact is refused with the reason, and nothing changes. "Reset" forgets
 * a correction. Enter saves, Escape cancels.
 */
export function FactCorrection({
  field,
  known,
  corrected,
  initial,
  target,
}: {
  field: CorrectableFact;
  known: boolean;
  corrected: boolean;
  initial: string;
  target: CorrectionTarget;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const label = factLabel(field);
  const request = {
    ...(target.tabId !== undefined && { tabId: target.tabId }),
    companyId: target.companyId,
    field,
    text,
  };

  const save = async () => {
    setBusy(true);
    try {
      const answer = await messenger.sendMessage('correctFact', request);
      if (!answer.ok) setError(t(`correction_error_${answer.error}`));
      else {
        setEditing(false);
        setError('');
        target.onView?.(answer.view);
      }
    } catch (e) {
      setError(t('correction_error_failed', errorWords(e)));
    } finally {
      setBusy(false);
    }
  };
  const reset = async () => {
    setBusy(true);
    try {
      target.onView?.(await messenger.sendMessage('resetFact', request));
    } catch (e) {
      setError(t('correction_error_failed', errorWords(e)));
    } finally {
      setBusy(false);
    }
  };

  if (!editing)
    return (
      <span className="fact-actions">
        <button
          type="button"
          className="link-button"
          aria-label={t(known ? 'action_correct_aria' : 'action_add_fact_aria', label)}
          data-correct={field}
          onClick={() => {
            setText(initial);
            setEditing(true);
          }}
        >
          {t(known ? 'action_correct' : 'action_add_fact')}
        </button>
        {corrected && (
          <button
            type="button"
            className="link-button"
            aria-label={t('action_reset_aria', label)}
            data-reset={field}
            disabled={busy}
            onClick={() => void reset()}
          >
            {t('action_reset')}
          </button>
        )}
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </span>
    );
  return (
    <form
      className="correction"
      data-correction={field}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        {t('correction_label', label)}
      </label>
      <input
        id={id}
        className="correction-input"
        dir="auto"
        value={text}
        placeholder={t(EXAMPLE[field])}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this field.
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setEditing(false);
            setError('');
          }
        }}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('action_save')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          setEditing(false);
          setError('');
        }}
      >
        {t('action_cancel')}
      </button>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
