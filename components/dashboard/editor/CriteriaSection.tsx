import { useFieldArray } from 'react-hook-form';
import { CRITERION_FIELDS, CRITERION_MODES } from '@/lib/criteria/schema';
import { t } from '../../i18n';
import { fieldLabel } from '../../labels';
import { BandsEditor } from './BandsEditor';
import { EditorSection } from './EditorSection';
import { errorId, FieldError, type FormParts, optionalNumber, optionalText } from './FieldError';

/** The criteria: one field set per criterion (field, mode, weight, label, bands, talking point). */
export function CriteriaSection(form: FormParts) {
  const criteria = useFieldArray({ control: form.control, name: 'criteria' });
  return (
    <EditorSection id="criteria" title={t('editor_criteria')}>
      <FieldError errors={form.errors} path="criteria" />
      {criteria.fields.map((criterion, i) => (
        <CriterionEditor
          key={criterion.id}
          index={i}
          onRemove={criteria.fields.length === 1 ? undefined : () => criteria.remove(i)}
          {...form}
        />
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          criteria.append({
            field: 'industry',
            mode: 'score',
            weight: 1,
            bands: [{ in: [], credit: 1 }],
          })
        }
      >
        {t('editor_add_criterion')}
      </button>
    </EditorSection>
  );
}

/** One criterion; `onRemove` is undefined for the last one left (an ICP needs a criterion). */
function CriterionEditor({
  index: i,
  onRemove,
  ...form
}: FormParts & { index: number; onRemove: (() => void) | undefined }) {
  const { register, errors } = form;
  return (
    <fieldset className="criterion-editor" data-criterion-editor={i}>
      <legend>{t('editor_criterion_n', i + 1)}</legend>
      <div className="row">
        <label>
          <span>{t('editor_field')}</span>
          <select {...register(`criteria.${i}.field`)}>
            {CRITERION_FIELDS.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('editor_mode')}</span>
          <select {...register(`criteria.${i}.mode`)}>
            {CRITERION_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`editor_mode_${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-narrow">
          <span>{t('editor_weight')}</span>
          <input
            type="number"
            min="0"
            max="100"
            aria-describedby={errorId(`criteria.${i}.weight`)}
            {...register(`criteria.${i}.weight`, { setValueAs: optionalNumber })}
          />
          <FieldError errors={errors} path={`criteria.${i}.weight`} />
        </label>
        <label>
          <span>{t('editor_label')}</span>
          <input
            type="text"
            dir="auto"
            {...register(`criteria.${i}.label`, { setValueAs: optionalText })}
          />
          <FieldError errors={errors} path={`criteria.${i}.label`} />
        </label>
      </div>
      <BandsEditor index={i} {...form} />
      <label className="field">
        <span>{t('editor_talking_point')}</span>
        <textarea
          dir="auto"
          rows={3}
          placeholder={t('editor_talking_point_placeholder')}
          {...register(`criteria.${i}.talkingPoint`, { setValueAs: optionalText })}
        />
        <FieldError errors={errors} path={`criteria.${i}.talkingPoint`} />
      </label>
      <FieldError errors={errors} path={`criteria.${i}`} />
      <button
        type="button"
        className="button button-danger"
        onClick={onRemove}
        disabled={!onRemove}
      >
        {t('editor_remove_criterion')}
      </button>
    </fieldset>
  );
}
