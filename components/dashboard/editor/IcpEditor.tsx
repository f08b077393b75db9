import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Icp, IcpInput } from '@/lib/criteria/schema';
import { diffIcp } from '@/lib/icp/diff';
import { t } from '../../i18n';
import { changesSummaryText } from '../icps/diff-words';
import { BasicsSection } from './BasicsSection';
import { CriteriaSection } from './CriteriaSection';
import type { FormParts } from './FieldError';
import { ImpactSection } from './ImpactSection';
import { icpResolver } from './icp-resolver';
import { SaveBar } from './SaveBar';
import { StorySection } from './StorySection';
import { TiersSection } from './TiersSection';

interface IcpEditorProps {
  initial: IcpInput;
  /** The stored ICP being edited (for the impact preview and the change note), if any. */
  before?: Icp;
  onSave: (icp: Icp, note: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * An ICP as a form: every field validated as it is typed with the schema ICP files use, the
 * message (worded as the ICP-file problems, in the UI language) under the field it concerns. Pickers where the domain has a list. "Preview the impact"
 * shows what the draft does to the stored companies, then follows every edit.
 */
export function IcpEditor({ initial, before, onSave, onCancel }: IcpEditorProps) {
  const {
    control,
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting, isValid },
  } = useForm<IcpInput, unknown, Icp>({
    resolver: icpResolver,
    mode: 'onChange',
    defaultValues: initial,
  });
  const [note, setNote] = useState('');
  const [previews, setPreviews] = useState(0);
  const form: FormParts = { control, register, setValue, errors };

  const submit = handleSubmit(async (icp) => {
    // The note says what changed in the UI language (the user's own note wins).
    const defaultNote = before
      ? changesSummaryText(diffIcp(before, icp).items)
      : t('editor_note_created');
    await onSave(icp, note.trim() || defaultNote);
  });

  return (
    <form className="editor" onSubmit={submit} noValidate data-editor>
      <BasicsSection register={register} errors={errors} />
      <CriteriaSection {...form} />
      <TiersSection {...form} />
      <StorySection {...form} />
      <ImpactSection control={control} before={before} requested={previews} />
      <SaveBar
        note={note}
        onNote={setNote}
        onPreview={() => setPreviews((n) => n + 1)}
        onCancel={onCancel}
        saving={isSubmitting}
        valid={isValid}
      />
    </form>
  );
}
