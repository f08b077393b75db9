import { isolate } from '@/lib/i18n/bidi';
import { Isolated } from '../Bdi';
import { formatList } from '../format';
import './lists-popup.css';
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { messenger } from '@/lib/messaging';
import { t } from '../i18n';
import { useCompanyLists } from './use-company-lists';

/** The keyboard shortcut the browser assigned to "save to list", or undefined when none. */
function useSaveShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'save-to-list')?.shortcut || undefined))
      .catch(() => undefined);
  }, []);
  return shortcut;
}

/**
 * "Save to list": a list name field (existing lists offered, the last one used pre-filled; a new
 * name creates a list) and, once saved, the lists the company is in, each with a remove button.
 */
export function SaveToList({ companyId }: { companyId: string }) {
  const { state, run } = useCompanyLists(companyId);
  const shortcut = useSaveShortcut();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const fieldId = useId();
  const data = state.status === 'ready' ? state.data : undefined;
  const memberOf = data ? data.lists.filter((l) => data.memberOf.includes(l.id)) : [];

  useEffect(() => {
    if (!data || name) return;
    const last = data.lists.find((l) => l.id === data.lastListId) ?? data.lists[0];
    if (last) setName(last.name);
  }, [data, name]);

  const save = () => {
    const wanted = name.trim();
    if (!wanted) return;
    const existing = data?.lists.find((l) => l.name.toLowerCase() === wanted.toLowerCase());
    void run(() =>
      messenger.sendMessage(
        'saveToList',
        existing ? { companyId, listId: existing.id } : { companyId, newListName: wanted },
      ),
    ).then(() => setOpen(false));
  };

  return (
    <section className="save-to-list" data-save-to-list>
      <div className="save-to-list-row">
        <button
          type="button"
          className="button button-primary"
          aria-expanded={open}
          title={shortcut ? t('lists_save_shortcut', shortcut) : undefined}
          onClick={() => setOpen((o) => !o)}
          data-action="save-to-list"
        >
          {t('lists_save')}
          {shortcut && <span className="save-to-list-key"> {shortcut}</span>}
        </button>
        {memberOf.length > 0 && (
          <span className="small" data-saved-in>
            <Isolated
              text={t('lists_saved_in', formatList(memberOf.map((l) => isolate(l.name))))}
            />
          </span>
        )}
      </div>
      {state.status === 'error' && (
        <p className="notice" role="alert">
          {t('lists_error', state.message)}
        </p>
      )}
      {open && (
        <div className="save-to-list-panel">
          <form
            className="save-to-list-form"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <label htmlFor={fieldId}>{t('lists_pick')}</label>
            <input
              id={fieldId}
              list={`${fieldId}-lists`}
              value={name}
              placeholder={t('lists_pick_hint')}
              maxLength={80}
              dir="auto"
              onChange={(e) => setName(e.currentTarget.value)}
              data-input="list-name"
              // biome-ignore lint/a11y/noAutofocus: the panel was opened to type here.
              autoFocus
            />
            <datalist id={`${fieldId}-lists`}>
              {data?.lists.map((l) => (
                <option key={l.id} value={l.name} />
              ))}
            </datalist>
            <button
              type="submit"
              className="button"
              data-action="save-list"
              disabled={!name.trim()}
            >
              {t('lists_save_button')}
            </button>
          </form>
          {memberOf.length > 0 && (
            <ul className="save-to-list-members">
              {memberOf.map((l) => (
                <li key={l.id}>
                  <button
                    type="button"
                    className="button"
                    data-action="remove-from-list"
                    onClick={() =>
                      void run(() =>
                        messenger.sendMessage('removeFromList', { companyId, listId: l.id }),
                      )
                    }
                  >
                    <Isolated text={t('lists_remove_from', isolate(l.name))} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
