import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n';
import { copyText } from './copy-text';

const FEEDBACK_MS = 1500;

type Phase = 'idle' | 'copied' | 'failed';

/** A "Copy" button that says "Copied" (announced politely) for 1.5 s after copying. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [phase, setPhase] = useState<Phase>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const ok = await copyText(text);
    setPhase(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setPhase('idle'), FEEDBACK_MS);
  };

  const caption =
    phase === 'copied' ? t('action_copied') : phase === 'failed' ? t('action_copy_failed') : '';
  // The live region sits beside the button: a button's content is not announced as it changes.
  return (
    <>
      <button
        type="button"
        className={`button copy-button copy-${phase}`}
        data-copy
        data-copied={phase === 'copied'}
        aria-label={label}
        onClick={() => void onClick()}
      >
        <span aria-hidden="true">{phase === 'idle' ? t('action_copy') : caption}</span>
      </button>
      <span className="visually-hidden" aria-live="polite">
        {caption}
      </span>
    </>
  );
}
