import { Controller, useFieldArray } from 'react-hook-form';
import { t } from '../../i18n';
import { EditorSection } from './EditorSection';
import { errorId, FieldError, type FormParts, optionalText } from './FieldError';
import { LinesInput } from './ListInput';
import { OutreachLanguagePicker } from './OutreachLanguagePicker';

type LinesPath = 'pains' | 'goals' | 'valueProps';

/** The outreach language, and the story around the fit: pains, goals and value propositions (one per line), and personas. */
export function StorySection({ control, register, errors }: FormParts) {
  const personas = useFieldArray({ control, name: 'personas' });
  const lines = (path: LinesPath, label: string) => (
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
              {...register(`personas.${i}.seniority`, { setValueAs: optionalText })}
            />
          </label>
          <label>
            <span>{t('editor_persona_department')}</span>
            <input
              type="text"
              dir="auto"
              {...register(`personas.${i}.department`, { setValueAs: optionalText })}
            />
          </label>
          <button type="button" className="button button-quiet" onClick={() => personas.remove(i)}>
            {t('editor_remove_persona')}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => personas.append({ title: '' })}>
        {t('editor_add_persona')}
      </button>
    </EditorSection>
  );
}
