import { useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { IcpInput } from '@/lib/criteria/schema';
import { languageTag } from '@/lib/i18n/locales';
import { DEFAULT_OUTREACH_LANGUAGE, OUTREACH_LANGUAGES } from '@/lib/talking-points/language';
import { currentLanguageTag, t } from '../../i18n';
import { optionLabel } from '../settings/LanguageSetting';

/**
 * The ICP's outreach language: the language its opening lines and talking points are written in,
 * independent of the UI language. Each option names the language in itself and in the UI's
 * ("Tiếng Việt (Vietnamese)"). An ICP without one shows (and saves) English.
 */
export function OutreachLanguagePicker({ register }: { register: UseFormRegister<IcpInput> }) {
  const helpId = useId();
  const inUse = currentLanguageTag();
  return (
    <label className="field" data-outreach-language-picker>
      <span>{t('editor_outreach_language')}</span>
      <select
        aria-describedby={helpId}
        {...register('outreachLanguage', {
          setValueAs: (v: unknown) => (v ? v : DEFAULT_OUTREACH_LANGUAGE),
        })}
      >
        {OUTREACH_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={languageTag(language)}>
            {optionLabel(language, inUse)}
          </option>
        ))}
      </select>
      <span className="muted small" id={helpId}>
        {t('editor_outreach_language_help')}
      </span>
    </label>
  );
}
