import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import {
  type Control,
  Controller,
  type FieldErrors,
  get,
  type UseFormRegister,
  type UseFormSetValue,
  useFieldArray,
  useForm,
  useWatch,
} from 'react-hook-form';
import {
  CRITERION_FIELDS,
  CRITERION_MODES,
  type Icp,
  type IcpInput,
  icpSchema,
  NUMBER_FIELDS,
  REVIEW_MONTHS,
} from '@/lib/criteria/schema';
import { diffIcp } from '@/lib/icp/diff';
import { t } from '../../i18n';
import { fieldLabel } from '../../labels';
import { EditorSection } from './EditorSection';
import { ImpactPreview } from './ImpactPreview';
import { LinesInput, ListInput } from './ListInput';
import { NewIcpPreview } from './NewIcpPreview';
import { OutreachLanguagePicker } from './OutreachLanguagePicker';
import { EMPLOYEE_BAND_PRESETS, hierarchyFor, suggestionsFor } from './suggestions';

type Errors = FieldErrors<IcpInput>;

/** The message for a form path, shown under its field and tied to it with aria-describedby. */
function FieldError({ errors, path }: { errors: Errors; path: string }) {
  const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(path)} role="alert">
      {message}
    </p>
  );
}
const errorId = (path: string) => `error-${path.replace(/\W/g, '-')}`;

const optionalNumber = (v: unknown) =>
  v === '' || v === null || v === undefined ? undefined : Number(v);

interface BandsProps {
  index: number;
  control: Control<IcpInput, unknown, Icp>;
  register: UseFormRegister<IcpInput>;
  setValue: UseFormSetValue<IcpInput>;
  errors: Errors;
}

/** The bands of one criterion: a list (`in`) or a number range (`min`/`max`), and the credit. */
function BandsEditor({ index, control, register, setValue, errors }: BandsProps) {
  const name = `criteria.${index}.bands` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const field = useWatch({ control, name: `criteria.${index}.field` });
  const numbers = NUMBER_FIELDS.includes(field);
  const lists = !numbers;
  const ranges = numbers || field === 'funding';
  return (
    <fieldset className="bands">
      <legend>{t('editor_bands')}</legend>
      <FieldError errors={errors} path={name} />
      {fields.map((band, b) => {
        const path = `${name}.${b}` as const;
        return (
          <div key={band.id} className="band" data-band={b}>
            {lists && (
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
            )}
            {ranges && (
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
                <label>
                  <span>{t('editor_band_min')}</span>
                  <input
                    type="number"
                    aria-invalid={Boolean(get(errors, `${path}.min`)) || undefined}
                    aria-describedby={errorId(`${path}.min`)}
                    {...register(`${path}.min`, { setValueAs: optionalNumber })}
                  />
                  <FieldError errors={errors} path={`${path}.min`} />
                </label>
                <label>
                  <span>{t('editor_band_max')}</span>
                  <input
                    type="number"
                    aria-invalid={Boolean(get(errors, `${path}.max`)) || undefined}
                    aria-describedby={errorId(`${path}.max`)}
                    {...register(`${path}.max`, { setValueAs: optionalNumber })}
                  />
                  <FieldError errors={errors} path={`${path}.max`} />
                </label>
              </div>
            )}
            <label className="band-credit">
              <span>{t('editor_band_credit')}</span>
              <input
                type="number"
                step="0.05"
                min="0"
                max="1"
                aria-invalid={Boolean(get(errors, `${path}.credit`)) || undefined}
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

interface IcpEditorProps {
  initial: IcpInput;
  /** The stored ICP being edited (for the impact preview and the change note), if any. */
  before?: Icp;
  onSave: (icp: Icp, note: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * An ICP as a form: every field validated as it is typed with the schema ICP files use, the
 * message under the field it concerns. Pickers where the domain has a list.
 */
export function IcpEditor({ initial, before, onSave, onCancel }: IcpEditorProps) {
  const {
    control,
    register,
    handleSubmit,
    getValues,
    setValue,
    formState: { errors, isSubmitting, isValid },
  } = useForm<IcpInput, unknown, Icp>({
    resolver: zodResolver(icpSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  const criteria = useFieldArray({ control, name: 'criteria' });
  const tiers = useFieldArray({ control, name: 'tiers' });
  const personas = useFieldArray({ control, name: 'personas' });
  const [note, setNote] = useState('');
  const [draft, setDraft] = useState<Icp | undefined>(undefined);

  const preview = () => {
    const parsed = icpSchema.safeParse(getValues());
    setDraft(parsed.success ? parsed.data : undefined);
  };
  const submit = handleSubmit(async (icp) => {
    const defaultNote = before ? diffIcp(before, icp).summary : t('editor_note_created');
    await onSave(icp, note.trim() || defaultNote);
  });

  const textInput = (path: 'name' | 'description', label: string, long = false) => (
    <div className="field">
      <label htmlFor={`icp-${path}`}>{label}</label>
      {long ? (
        <textarea
          dir="auto"
          id={`icp-${path}`}
          rows={2}
          aria-describedby={errorId(path)}
          {...register(path)}
        />
      ) : (
        <input
          id={`icp-${path}`}
          type="text"
          aria-invalid={Boolean(get(errors, path)) || undefined}
          aria-describedby={errorId(path)}
          {...register(path)}
        />
      )}
      <FieldError errors={errors} path={path} />
    </div>
  );

  const lines = (path: 'pains' | 'goals' | 'valueProps', label: string) => (
    <div className="field">
      <span>{label}</span>
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <LinesInput
            value={field.value}
            onChange={(v) => field.onChange(v ?? [])}
            onBlur={field.onBlur}
            label={label}
            describedBy={errorId(path)}
          />
        )}
      />
      <span className="muted small">{t('editor_one_per_line')}</span>
      <FieldError errors={errors} path={path} />
    </div>
  );

  return (
    <form className="editor" onSubmit={submit} noValidate data-editor>
      <EditorSection id="basics" title={t('editor_section_basics')}>
        {textInput('name', t('editor_name'))}
        {textInput('description', t('editor_description'), true)}
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

      <EditorSection id="criteria" title={t('editor_criteria')}>
        <FieldError errors={errors} path="criteria" />
        {criteria.fields.map((criterion, i) => (
          <fieldset key={criterion.id} className="criterion-editor" data-criterion-editor={i}>
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
                  {...register(`criteria.${i}.label`, {
                    setValueAs: (v: string) => (v?.trim() ? v : undefined),
                  })}
                />
                <FieldError errors={errors} path={`criteria.${i}.label`} />
              </label>
            </div>
            <BandsEditor
              index={i}
              control={control}
              register={register}
              setValue={setValue}
              errors={errors}
            />
            <label className="field">
              <span>{t('editor_talking_point')}</span>
              <textarea
                dir="auto"
                rows={3}
                placeholder={t('editor_talking_point_placeholder')}
                {...register(`criteria.${i}.talkingPoint`, {
                  setValueAs: (v: string) => (v?.trim() ? v : undefined),
                })}
              />
              <FieldError errors={errors} path={`criteria.${i}.talkingPoint`} />
            </label>
            <FieldError errors={errors} path={`criteria.${i}`} />
            <button
              type="button"
              className="button button-danger"
              onClick={() => criteria.remove(i)}
              disabled={criteria.fields.length === 1}
            >
              {t('editor_remove_criterion')}
            </button>
          </fieldset>
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

      <EditorSection id="story" title={t('editor_story')}>
        <OutreachLanguagePicker register={register} />
        {lines('pains', t('editor_pains'))}
        {lines('goals', t('editor_goals'))}
        {lines('valueProps', t('editor_value_props'))}
        <h3>{t('editor_personas')}</h3>
        {personas.fields.map((persona, i) => (
          <div key={persona.id} className="row" data-persona={i}>
            <label>
              <span>{t('editor_persona_title')}</span>
              <input type="text" dir="auto" {...register(`personas.${i}.title`)} />
              <FieldError errors={errors} path={`personas.${i}.title`} />
            </label>
            <label>
              <span>{t('editor_persona_seniority')}</span>
              <input
                type="text"
                dir="auto"
                {...register(`personas.${i}.seniority`, {
                  setValueAs: (v: string) => (v?.trim() ? v : undefined),
                })}
              />
            </label>
            <label>
              <span>{t('editor_persona_department')}</span>
              <input
                type="text"
                dir="auto"
                {...register(`personas.${i}.department`, {
                  setValueAs: (v: string) => (v?.trim() ? v : undefined),
                })}
              />
            </label>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => personas.remove(i)}
            >
              {t('editor_remove_persona')}
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => personas.append({ title: '' })}>
          {t('editor_add_persona')}
        </button>
      </EditorSection>

      {draft &&
        (before ? <ImpactPreview before={before} after={draft} /> : <NewIcpPreview icp={draft} />)}

      {/* Always in reach, however long the form: preview, note, Save and what still needs fixing. */}
      <section className="editor-save" aria-label={t('editor_save_bar')} data-save-bar>
        <label className="field editor-note">
          <span>{t('editor_note')}</span>
          <input
            type="text"
            dir="auto"
            value={note}
            maxLength={200}
            placeholder={t('editor_note_placeholder')}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        </label>
        <div className="row">
          <button type="button" className="button" onClick={preview} data-action="preview">
            {t('editor_preview')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={isSubmitting}
            data-action="save"
          >
            {t('editor_save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('editor_cancel')}
          </button>
          {!isValid && (
            <span className="field-error" role="status" data-validation-summary>
              {t('editor_fix_errors')}
            </span>
          )}
        </div>
      </section>
    </form>
  );
}
