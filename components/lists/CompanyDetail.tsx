import { useEffect, useRef, useState } from 'react';
import type { FactTimes } from '@/lib/company/corrections';
import { getCompany } from '@/lib/db/companies';
import { factTimesOf } from '@/lib/db/corrections';
import { listIcps } from '@/lib/db/icps';
import { evaluateCompany } from '@/lib/evaluate';
import type { TabView } from '@/lib/messaging';
import { t } from '../i18n';
import { ReadyView } from '../popup/ReadyView';
import '../popup/popup-score.css';
import '../popup/popup-details.css';

type Ready = Extract<TabView, { kind: 'ready' }>;

/**
 * The company's full view, as the popup shows it: scores against every ICP, reasons, facts (each
 * correctable here too, by company id), talking points. Escape or Close closes it; focus moves
 * in on opening and back to the opener on closing.
 */
export function CompanyDetail({
  companyId,
  onClose,
  onChange,
}: {
  companyId: string;
  onClose: () => void;
  /** A fact was corrected or reset here: the company's scores changed. */
  onChange?: () => void;
}) {
  const [view, setView] = useState<Ready | null>();
  useEffect(() => {
    let current = true;
    Promise.all([
      getCompany(companyId),
      listIcps(),
      factTimesOf(companyId).catch((): FactTimes => ({})),
    ]).then(
      ([company, icps, times]) => {
        if (!current) return;
        if (!company) return setView(null);
        setView({
          kind: 'ready',
          company: {
            id: company.id,
            name: company.name,
            facts: company.facts,
            url: company.url,
            lastSeen: company.lastSeen,
            ...(company.disagreements?.length && { disagreements: company.disagreements }),
            times,
          },
          ...evaluateCompany(icps, company.facts, Date.now(), times),
        });
      },
      () => current && setView(null),
    );
    return () => {
      current = false;
    };
  }, [companyId]);
  // Escape closes the view, unless a field in it used the key (Escape cancels a correction).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  // Focus moves into the view when it opens and back to what opened it (the company's name in
  // the table) when it closes, so a keyboard user goes on from the row they were on.
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    close.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <aside
      className="company-detail"
      aria-label={view?.company.name ?? companyId}
      data-company-detail
    >
      <button
        ref={close}
        type="button"
        className="button"
        onClick={onClose}
        data-action="close-detail"
      >
        {t('list_close')}
      </button>
      {view === undefined ? (
        <p className="muted">{t('options_loading')}</p>
      ) : view === null ? (
        <p className="notice notice-error">{t('popup_error')}</p>
      ) : (
        <ReadyView
          view={view}
          correctable
          onView={(next) => {
            if (next.kind === 'ready') setView(next);
            onChange?.();
          }}
        />
      )}
    </aside>
  );
}
