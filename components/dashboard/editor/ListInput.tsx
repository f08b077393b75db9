import { type KeyboardEvent, useId, useState } from 'react';
import { isolate } from '@/lib/i18n/bidi';
import { t } from '../../i18n';

interface ListInputProps {
  value: readonly string[] | undefined;
  onChange: (value: string[] | undefined) => void;
  onBlur?: () => void;
  suggestions: readonly string[];
  /** Where a suggestion belongs (an industry's group), shown beside it in the list. */
  optionLabel?: (value: string) => string | undefined;
  /** A chosen value's name in the UI language, shown in its chip before the value as written. */
  valueLabel?: (value: string) => string | undefined;
  /** Groups of values that can be added at once ("all of Financial Services"). */
  groups?: Readonly<Record<string, readonly string[]>>;
  /** A group's name in the UI language (the group's key stays as written). */
  groupLabel?: (group: string) => string;
  label: string;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A list of values as removable chips, with a text box that offers the domain's names (a
 * searchable `datalist`: industries, countries and regions, technologies…). Enter or a comma adds
 * what is typed; Backspace in the empty box removes the last chip.
 */
export function ListInput({
  value = [],
  onChange,
  onBlur,
  suggestions,
  optionLabel,
  valueLabel,
  groups,
  groupLabel,
  label,
  invalid,
  describedBy,
}: ListInputProps) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const add = (text: string) => {
    const item = text.trim();
    setDraft('');
    if (!item || value.includes(item)) return;
    onChange([...value, item]);
  };
  const remove = (item: string) => {
    const next = value.filter((v) => v !== item);
    onChange(next.length > 0 ? next : undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      remove(value[value.length - 1] as string);
    }
  };
  return (
    <div className="list-input">
      {value.length > 0 && (
        <ul className="chips" aria-label={label}>
          {value.map((item) => {
            const named = valueLabel?.(item);
            return (
              <li key={item} className="chip">
                {named && <span dir="auto">{named} </span>}
                <span dir="auto" className={named ? 'muted' : undefined}>
                  {named ? `(${item})` : item}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('editor_remove_value', isolate(item))}
                  onClick={() => remove(item)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        type="text"
        dir="auto"
        list={suggestions.length > 0 ? listId : undefined}
        value={draft}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={t('editor_add_value')}
        onChange={(event) => {
          const text = event.currentTarget.value;
          // Picking a datalist option fills the box with an exact name: take it at once.
          if (suggestions.includes(text)) add(text);
          else setDraft(text);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft.trim()) add(draft);
          onBlur?.();
        }}
      />
      {groups && (
        <select
          value=""
          aria-label={t('editor_add_group')}
          onChange={(event) => {
            const group = groups[event.currentTarget.value] ?? [];
            const next = [...value, ...group.filter((g) => !value.includes(g))];
            if (next.length > value.length) onChange(next);
          }}
        >
          <option value="">{t('editor_add_group')}</option>
          {Object.keys(groups).map((g) => (
            <option key={g} value={g}>
              {groupLabel?.(g) ?? g}
            </option>
          ))}
        </select>
      )}
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} label={optionLabel?.(s)} />
          ))}
        </datalist>
      )}
    </div>
  );
}

/** A list of sentences edited as lines of a text area (pains, goals, value propositions). */
export function LinesInput({
  value = [],
  onChange,
  onBlur,
  label,
  invalid,
  describedBy,
}: Omit<ListInputProps, 'suggestions'>) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <textarea
      dir="auto"
      rows={3}
      value={text}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onChange(
          event.currentTarget.value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        );
      }}
      onBlur={onBlur}
    />
  );
}
