import type { TabView } from '@/lib/messaging';
import { formatList } from '../format';
import { t } from '../i18n';
import { factLabel } from '../labels';
import { PopupFooter } from './PopupFooter';
import { ReadyView } from './ReadyView';
import { StateMessage } from './StateMessage';
import { useCopyRequest } from './use-copy-request';
import { type PopupState, useTabView } from './use-tab-view';

interface BodyProps {
  state: PopupState;
  retry: () => void;
  show: (view: TabView) => void;
}

function PopupBody({ state, retry, show }: BodyProps) {
  const tryAgain = { label: t('action_try_again'), onClick: retry };
  if (state.status === 'timeout')
    return <StateMessage state="timeout" message={t('popup_loading_timeout')} action={tryAgain} />;
  if (state.status === 'error')
    return (
      <StateMessage
        state="error"
        role="alert"
        message={t('popup_error')}
        detail={state.message}
        action={tryAgain}
      />
    );
  const { view } = state;
  switch (view.kind) {
    case 'not-company':
      return <StateMessage state="not-company" message={t('popup_not_company')} />;
    case 'loading':
      return <StateMessage state="loading" busy message={t('popup_loading')} />;
    case 'empty': {
      const missing = formatList(view.extraction.missing.map(factLabel));
      return (
        <StateMessage
          state="empty"
          message={t('popup_empty')}
          detail={missing ? t('popup_empty_missing', missing) : undefined}
        />
      );
    }
    case 'ready':
      return <ReadyView view={view} tabId={state.tabId} onView={show} />;
  }
}

/**
 * The toolbar popup, and the side panel (`follow`: it stays open and follows the active tab):
 * what ICP Lens knows about the company in the current tab.
 */
export function PopupApp({ follow = false }: { follow?: boolean }) {
  const { state, retry, show } = useTabView(follow);
  const view = state.status === 'view' ? state.view : undefined;
  // Only the toolbar popup takes the copy shortcut's request: an open side panel, not focused,
  // cannot write the clipboard, and taking the request would leave the popup nothing to copy.
  const copied = useCopyRequest(
    follow ? undefined : view,
    state.status === 'view' ? state.tabId : undefined,
  );
  return (
    <div className={follow ? 'popup panel' : 'popup'}>
      <main className="popup-main">
        {copied && (
          <p className="copied-banner" role="status" data-opening-copied>
            {t('popup_opening_copied')}
          </p>
        )}
        <PopupBody state={state} retry={retry} show={show} />
      </main>
      <PopupFooter inPanel={follow} />
    </div>
  );
}
