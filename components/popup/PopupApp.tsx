import { t } from '../i18n';
import { factLabel } from '../labels';
import { PopupFooter } from './PopupFooter';
import { ReadyView } from './ReadyView';
import { StateMessage } from './StateMessage';
import { type PopupState, useTabView } from './use-tab-view';

function PopupBody({ state, retry }: { state: PopupState; retry: () => void }) {
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
      const missing = view.extraction.missing.map(factLabel).join(', ');
      return (
        <StateMessage
          state="empty"
          message={t('popup_empty')}
          detail={missing ? t('popup_empty_missing', missing) : undefined}
        />
      );
    }
    case 'ready':
      return <ReadyView view={view} />;
  }
}

/** The toolbar popup: what ICP Lens knows about the company in the current tab. */
export function PopupApp() {
  const { state, retry } = useTabView();
  return (
    <div className="popup">
      <main className="popup-main">
        <PopupBody state={state} retry={retry} />
      </main>
      <PopupFooter />
    </div>
  );
}
