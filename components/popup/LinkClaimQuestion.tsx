import { useState } from 'react';
import { isolate } from '@/lib/i18n/bidi';
import { messenger, type TabView } from '@/lib/messaging';
import { Isolated } from '../Bdi';
import { t } from '../i18n';

type Ready = Extract<TabView, { kind: 'ready' }>;

/**
 * One line under a website company whose site links to a LinkedIn company stored apart:
 * "This site says it is <name> on LinkedIn — same company?" with "Yes, same company" (joins the
 * two: `answerLink`) and "No" (not asked again for this pair). The name is page text, shown as
 * text in a `<bdi>`. Hidden without a `tabId` (the dashboard) or without a claim.
 */
export function LinkClaimQuestion({
  view,
  tabId,
  onView,
}: {
  view: Ready;
  tabId?: number;
  onView?: (view: TabView) => void;
}) {
  const [busy, setBusy] = useState(false);
  const claim = view.linkClaim;
  if (!claim || tabId === undefined) return null;
  const answer = (same: boolean) => {
    setBusy(true);
    messenger
      .sendMessage('answerLink', {
        tabId,
        companyId: view.company.id,
        linkedinCompanyId: claim.companyId,
        slug: claim.slug,
        same,
      })
      .then((next) => onView?.(next))
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <aside className="offer" data-link-claim={claim.slug}>
      <p>
        <Isolated text={t('link_claim_question', isolate(claim.name ?? claim.slug))} />
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        data-link-answer="yes"
        onClick={() => answer(true)}
      >
        {t('link_claim_yes')}
      </button>{' '}
      <button
        type="button"
        className="button"
        disabled={busy}
        data-link-answer="no"
        onClick={() => answer(false)}
      >
        {t('link_claim_no')}
      </button>
    </aside>
  );
}
