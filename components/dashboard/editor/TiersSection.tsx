import { useFieldArray } from 'react-hook-form';
import { t } from '../../i18n';
import { EditorSection } from './EditorSection';
import { FieldError, type FormParts, optionalNumber } from './FieldError';

/** The tiers, best first: a name and the minimum score each. */
export function TiersSection({ control, register, errors }: FormParts) {
  const tiers = useFieldArray({ control, name: 'tiers' });
  return (
    <EditorSection id="tiers" title={t('editor_tiers')}>
      <p className="muted small">{t('editor_tiers_help')}</p>
      <FieldError errors={errors} path="tiers" />
      {tiers.fields.map((tier, i) => (
        <div key={tier.id} className="row" data-tier={i}>
          <label>
            <span>{t('editor_tier_name')}</span>
            <input type="text" dir="auto" {...register(`tiers.${i}.name`)} />
            <FieldError errors={errors} path={`tiers.${i}.name`} />
          </label>
          <label className="field-narrow">
            <span>{t('editor_tier_min')}</span>
            <input
              type="number"
              min="0"
              max="100"
              {...register(`tiers.${i}.minScore`, { setValueAs: optionalNumber })}
            />
            <FieldError errors={errors} path={`tiers.${i}.minScore`} />
          </label>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => tiers.remove(i)}
            disabled={tiers.fields.length === 1}
          >
            {t('editor_remove_tier')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => tiers.append({ name: '', minScore: 0 })}
      >
        {t('editor_add_tier')}
      </button>
    </EditorSection>
  );
}
