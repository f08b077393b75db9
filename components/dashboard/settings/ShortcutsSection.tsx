import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * The extension's keyboard shortcuts as the browser assigned them (a suggested key that clashes
 * with another is left unassigned: "not set"), with where to change them.
 */
export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null | undefined>(undefined);
  useEffect(() => {
    const commands = browser.commands;
    if (!commands?.getAll) {
      setShortcuts(null);
      return;
    }
    commands.getAll().then(
      (all) =>
        setShortcuts(
          all.map((c) => ({
            name: c.name ?? '',
            description:
              c.name === '_execute_action' || c.name === '_execute_browser_action'
                ? t('command_open_popup')
                : (c.description ?? c.name ?? ''),
            shortcut: c.shortcut ?? '',
          })),
        ),
      () => setShortcuts(null),
    );
  }, []);
  return (
    <section aria-labelledby="shortcuts-heading" data-section="shortcuts">
      <h2 id="shortcuts-heading">{t('settings_shortcuts_heading')}</h2>
      {shortcuts === null ? (
        <p className="muted">{t('settings_shortcuts_none')}</p>
      ) : (
        <dl className="shortcuts">
          {shortcuts?.map((s) => (
            <div key={s.name} className="shortcut" data-shortcut={s.name}>
              <dt>{s.description}</dt>
              <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : t('settings_shortcut_unset')}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted small">{t('settings_shortcuts_hint')}</p>
    </section>
  );
}
