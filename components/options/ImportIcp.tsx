import { type DragEvent, useEffect, useRef, useState } from 'react';
import { t } from '../i18n';

/** "Import ICP file": a file picker and a drop zone for one .json file. */
export function ImportIcp({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  // A file dropped beside the drop zone must not make the tab navigate away to the file.
  useEffect(() => {
    const ignore = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <section
      className={dragging ? 'import import-dragging' : 'import'}
      aria-labelledby="import-heading"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="import-heading">{t('options_import_heading')}</h2>
      <div className="import-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => input.current?.click()}
        >
          {t('options_import_choose')}
        </button>
        <span className="muted">
          {dragging ? t('options_import_drop_active') : t('options_import_drop')}
        </span>
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ''; // Choosing the same file again must import again.
          if (file) onFile(file);
        }}
      />
    </section>
  );
}
