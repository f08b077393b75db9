import { isolate } from '@/lib/i18n/bidi';
import { Isolated } from '../Bdi';
import { formatList } from '../format';
import './lists-popup.css';
import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { findListByName } from '@/lib/lists/membership';
import { type CompanyLists, messenger } from '@/lib/messaging';
import { type MessageKey, t } from '../i18n';
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

/** What the last save or removal did, said under the button until the next one. */
type Outcome = { key: MessageKey; list: string };

/**
 * What a save did, from the lists before and after it: the list saved to is the one the
 * background made the last list used; it was new, or the company was added, or already in it
 * (or, saved before the lists were first read, only where it went).
 */
function saveOutcome(before: CompanyLists | undefined, after: CompanyLists): Outcome | undefined {
  const list = after.lists.find((l) => l.id === after.lastListId);
  if (!list) return undefined;
  // Saved before the lists were read: whether the list was new is not known.
  if (!before) return { key: 'lists_saved_to', list: list.name };
  const key: MessageKey = !before.lists.some((l) => l.id === list.id)
    ? 'lists_saved_new'
    : before.memberOf.includes(list.id)
      ? 'lists_saved_already'
      : 'lists_saved_existing';
  return { key, list: list.name };
}

/**
 * "Save to list": a list name field (existing lists offered, the last one used pre-filled; a new
 * name creates a list) and, once saved, the lists the company is in, each with a remove button.
 * A typed name that is an existing list's (case, accents and spacing ignored, as #lists compares
 * them) saves to that list: the field says so while typing, and after Save a status line says
 * whether the list was made, the company added, or already in it. A failed save keeps the panel
 * open with what was typed and says why. Focus goes back to the button (after a save) or the
 * field (after a removal), never to the page.
 */
export function SaveToList({ companyId }: { companyId: string }) {
  const { state, run } = useCompanyLists(companyId);
  const shortcut = useSaveShortcut();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const toggle = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const data = state.status === 'ready' ? state.data : undefined;
  const failure =
    state.status === 'error' ? state.message : state.status === 'ready' ? state.error : undefined;
  const memberOf = data ? data.lists.filter((l) => data.memberOf.includes(l.id)) : [];
  const wanted = name.replace(/\s+/g, ' ').trim();
  const match = data && wanted ? findListByName(data.lists, wanted) : undefined;

  // The side panel keeps this component from company to company: what was said was about the
  // last one (the typed name stays, for the next save).
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared when the company changes.
  useEffect(() => setOutcome(undefined), [companyId]);

  // The last list used, once: a field the user emptied stays empty for a new name.
  const prefilled = useRef(false);
  useEffect(() => {
    if (!data || prefilled.current) return;
    prefilled.current = true;
    const last = data.lists.find((l) => l.id === data.lastListId) ?? data.lists[0];
    if (last) setName((typed) => typed || last.name);
  }, [data]);

  // The name goes as typed: the background saves to the list of that name (found as `match`
  // is) or makes it, so a list renamed or deleted meanwhile never fails the save.
  const save = async () => {
    if (!wanted) return;
    const before = data;
    setOutcome(undefined);
    const after = await run(() =>
      messenger.sendMessage('saveToList', { companyId, newListName: wanted }),
    );
    if (!after) {
      field.current?.focus();
      return;
    }
    const done = saveOutcome(before, after);
    setOutcome(done);
    if (done) setName(done.list);
    setOpen(false);
    toggle.current?.focus();
  };

  const remove = async (list: { id: string; name: string }) => {
    setOutcome(undefined);
    if (await run(() => messenger.sendMessage('removeFromList', { companyId, listId: list.id }))) {
      setOutcome({ key: 'lists_removed_from', list: list.name });
      field.current?.focus();
    }
  };

  return (
    <section className="save-to-list" data-save-to-list>
      <div className="save-to-list-row">
        <button
          ref={toggle}
          type="button"
          className="button button-primary"
          aria-expanded={open}
          title={shortcut ? t('lists_save_shortcut', shortcut) : undefined}
          onClick={() => {
            setOpen((o) => !o);
            setOutcome(undefined);
          }}
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
      <p className="small save-to-list-status" role="status" data-save-outcome>
        {outcome && <Isolated text={t(outcome.key, isolate(outcome.list))} />}
      </p>
      {failure && (
        <p className="notice" role="alert" data-save-error>
          {t('lists_error', failure)}
        </p>
      )}
      {open && (
        <div className="save-to-list-panel">
          <form
            className="save-to-list-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label htmlFor={fieldId}>{t('lists_pick')}</label>
            <input
              ref={field}
              id={fieldId}
              list={`${fieldId}-lists`}
              value={name}
              placeholder={t('lists_pick_hint')}
              maxLength={80}
              dir="auto"
              onChange={(e) => setName(e.currentTarget.value)}
              aria-describedby={match ? `${fieldId}-match` : undefined}
              data-input="list-name"
              // biome-ignore lint/a11y/noAutofocus: the panel was opened to type here.
              autoFocus
            />
            <datalist id={`${fieldId}-lists`}>
              {data?.lists.map((l) => (
                <option key={l.id} value={l.name} />
              ))}
            </datalist>
            <button type="submit" className="button" data-action="save-list" disabled={!wanted}>
              {t('lists_save_button')}
            </button>
          </form>
          {match && (
            <p className="small muted" id={`${fieldId}-match`} data-list-match>
              <Isolated
                text={t(
                  data?.memberOf.includes(match.id) ? 'lists_match_member' : 'lists_match_existing',
                  isolate(match.name),
                )}
              />
            </p>
          )}
          {memberOf.length > 0 && (
            <ul className="save-to-list-members">
              {memberOf.map((l) => (
                <li key={l.id}>
                  <button
                    type="button"
                    className="button"
                    data-action="remove-from-list"
                    onClick={() => void remove(l)}
                  >
                    {/* One flex item: the button is a flex box, and the words and the name
                        as two items broke "Remove from" letter by letter beside a long name. */}
                    <span>
                      <Isolated text={t('lists_remove_from', isolate(l.name))} />
                    </span>
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
