import { Controller, get, useFieldArray, useWatch } from 'react-hook-form';
import { type CriterionField, NUMBER_FIELDS } from '@/lib/criteria/schema';
import { t } from '../../i18n';
import { errorId, FieldError, type FormParts, invalid, optionalNumber } from './FieldError';
import { ListInput } from './ListInput';
import { EMPLOYEE_BAND_PRESETS, hierarchyFor, suggestionsFor } from './suggestions';

type BandPath = `criteria.${number}.bands.${number}`;

/** The bands of one criterion: a list (`in`) or a number range (`min`/`max`), and the credit. */
export function BandsEditor({ index, ...form }: FormParts & { index: number }) {
  const { control, register, errors } = form;
  const name = `criteria.${index}.bands` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const field = useWatch({ control, name: `criteria.${index}.field` });
  const numbers = NUMBER_FIELDS.includes(field);
  const ranges = numbers || field === 'funding';
  return (
    <fieldset className="bands">
      <legend>{t('editor_bands')}</legend>
      <FieldError errors={errors} path={name} />
      {fields.map((band, b) => {
        const path = `${name}.${b}` as const;
        return (
          <div key={band.id} className="band" data-band={b}>
            {!numbers && <BandValues path={path} field={field} {...form} />}
            {ranges && <BandRange path={path} field={field} {...form} />}
            <label className="band-credit">
              <span>{t('editor_band_credit')}</span>
              <input
                type="number"
                step="0.05"
                min="0"
                max="1"
                aria-invalid={invalid(errors, `${path}.credit`)}
                aria-describedby={errorId(`${path}.credit`)}
                {...register(`${path}.credit`, { setValueAs: optionalNumber })}
              />
              <FieldError errors={errors} path={`${path}.credit`} />
            </label>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => remove(b)}
              disabled={fields.length === 1}
            >
              {t('editor_remove_band')}
            </button>
            <FieldError errors={errors} path={path} />
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => append(numbers ? { min: 0, credit: 1 } : { in: [], credit: 1 })}
      >
        {t('editor_add_band')}
      </button>
    </fieldset>
  );
}

type BandProps = FormParts & { path: BandPath; field: CriterionField };

/** A list band's values, picked from the field's suggestions (funding: the stages). */
function BandValues({ path, field, control, errors }: BandProps) {
  return (
    <div className="band-values">
      <span>{field === 'funding' ? t('editor_band_stages') : t('editor_band_in')}</span>
      <Controller
        control={control}
        name={`${path}.in`}
        render={({ field: f }) => (
          <ListInput
            value={f.value}
            onChange={f.onChange}
            onBlur={f.onBlur}
            suggestions={suggestionsFor(field)}
            {...hierarchyFor(field)}
            label={t('editor_band_in')}
            invalid={Boolean(get(errors, `${path}.in`))}
            describedBy={errorId(`${path}.in`)}
          />
        )}
      />
      <FieldError errors={errors} path={`${path}.in`} />
    </div>
  );
}

/** A number band's range, with LinkedIn's size presets for employees. */
function BandRange({ path, field, register, setValue, errors }: BandProps) {
  return (
    <div className="band-range">
      {field === 'employees' && (
        <label>
          <span>{t('editor_band_preset')}</span>
          <select
            value=""
            onChange={(event) => {
              const preset = EMPLOYEE_BAND_PRESETS[Number(event.currentTarget.value)];
              if (!preset) return;
              const options = { shouldValidate: true, shouldDirty: true };
              setValue(`${path}.min`, preset.min, options);
              setValue(`${path}.max`, preset.max, options);
            }}
          >
            <option value="">{t('editor_band_preset_pick')}</option>
            {EMPLOYEE_BAND_PRESETS.map((p, i) => (
              <option key={p.label} value={i}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {(['min', 'max'] as const).map((end) => (
        <label key={end}>
          <span>{t(end === 'min' ? 'editor_band_min' : 'editor_band_max')}</span>
          <input
            type="number"
            aria-invalid={invalid(errors, `${path}.${end}`)}
            aria-describedby={errorId(`${path}.${end}`)}
            {...register(`${path}.${end}`, { setValueAs: optionalNumber })}
          />
          <FieldError errors={errors} path={`${path}.${end}`} />
        </label>
      ))}
    </div>
  );
}
