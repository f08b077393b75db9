import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * The opt-in to automatic analysis of company websites: the optional all-sites permission,
 * asked for when turned on, given back when turned off. The background worker follows the
 * permission (it registers or removes the website script).
 */
export function AutoAnalysisSetting() {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const refresh = () => void browser.permissions.contains(ALL_SITES).then(setGranted);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const toggle = (on: boolean) => {
    const change = on
      ? browser.permissions.request(ALL_SITES)
      : browser.permissions.remove(ALL_SITES);
    change.then(() => browser.permissions.contains(ALL_SITES)).then(setGranted, () => undefined);
  };
  return (
    <section aria-labelledby="auto-heading">
      <h2 id="auto-heading">{t('options_auto_heading')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          data-setting="auto-analysis"
          checked={granted === true}
          disabled={granted === undefined}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />{' '}
        {t('options_auto_label')}
      </label>
      <p className="muted">{t('options_auto_help')}</p>
    </section>
  );
}
