import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * Under a company website's fit: the offer to score every site without a click, with the one
 * line that says why the browser will ask for access to all sites. Hidden once granted.
 */
export function AutoAnalysisOffer() {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(undefined));
  }, []);
  if (granted !== false) return null;
  const ask = () => {
    browser.permissions.request(ALL_SITES).then(setGranted, () => undefined);
  };
  return (
    <aside className="offer" data-offer="auto-analysis">
      <p>{t('auto_offer_why')}</p>
      <button type="button" className="button" onClick={ask}>
        {t('auto_offer_action')}
      </button>
    </aside>
  );
}
