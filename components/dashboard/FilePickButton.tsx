import { useRef } from 'react';

/**
 * A button that opens the file chooser, the same everywhere in the dashboard ("Import ICP file",
 * "Restore from a backup…", "Choose a customer file…"): a real button (focusable, Enter/Space), a
 * hidden input behind it. Choosing the same file again fires again. `name` is the input's
 * `data-input`, for tests.
 */
export function FilePickButton({
  label,
  accept,
  name,
  primary = false,
  onFile,
}: {
  label: string;
  accept: string;
  name: string;
  primary?: boolean;
  onFile: (file: File | undefined) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        data-pick={name}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-input={name}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          onFile(file);
        }}
      />
    </>
  );
}
