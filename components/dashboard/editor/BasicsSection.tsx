import { REVIEW_MONTHS } from '@/lib/criteria/schema';
import { t } from '../../i18n';
import { EditorSection } from './EditorSection';
import { errorId, FieldError, type FormParts, invalid, optionalNumber } from './FieldError';

/** Name, description, the credit an unknown fact earns, the minimum confidence, stale facts. */
export function BasicsSection({ register, errors }: Pick<FormParts, 'register' | 'errors'>) {
  return (
    <EditorSection id="basics" title={t('editor_section_basics')}>
      <div className="field">
        <label htmlFor="icp-name">{t('editor_name')}</label>
        <input
          id="icp-name"
          type="text"
          aria-invalid={invalid(errors, 'name')}
          aria-describedby={errorId('name')}
          {...register('name')}
        />
        <FieldError errors={errors} path="name" />
      </div>
      <div className="field">
        <label htmlFor="icp-description">{t('editor_description')}</label>
        <textarea
          dir="auto"
          id="icp-description"
          rows={2}
          aria-describedby={errorId('description')}
          {...register('description')}
        />
        <FieldError errors={errors} path="description" />
      </div>
      <label className="field field-narrow">
        <span>{t('editor_unknown_credit')}</span>
        <input
          type="number"
          step="0.05"
          min="0"
          max="1"
          aria-describedby={errorId('unknownCredit')}
          {...register('unknownCredit', { setValueAs: optionalNumber })}
        />
        <span className="muted small">{t('editor_unknown_credit_help')}</span>
        <FieldError errors={errors} path="unknownCredit" />
      </label>
      <label className="field field-narrow">
        <span>{t('editor_min_confidence')}</span>
        <input
          type="number"
          step="0.05"
          min="0"
          max="1"
          data-min-confidence
          aria-describedby={`${errorId('minConfidence')} min-confidence-help`}
          {...register('minConfidence', { setValueAs: optionalNumber })}
        />
        <span className="muted small" id="min-confidence-help">
          {t('editor_min_confidence_help')}
        </span>
        <FieldError errors={errors} path="minConfidence" />
      </label>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            data-stale-facts-unknown
            aria-describedby="stale-facts-help"
            {...register('staleFactsUnknown')}
          />
          {t('editor_stale_facts_unknown', REVIEW_MONTHS)}
        </label>
        <span className="muted small" id="stale-facts-help">
          {t('editor_stale_facts_unknown_help', REVIEW_MONTHS)}
        </span>
      </div>
    </EditorSection>
  );
}
