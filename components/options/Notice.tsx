import { t } from '../i18n';
import type { Notice } from './use-icps';

function NoticeBox({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <div className={`notice notice-${notice.kind}`}>
      <div className="notice-body">
        <p className="notice-text">{notice.text}</p>
        {notice.detail && <p className="notice-detail">{notice.detail}</p>}
      </div>
      <button type="button" className="button notice-dismiss" onClick={onDismiss}>
        {t('options_dismiss')}
      </button>
    </div>
  );
}

/**
 * The outcome of the last action. Both live regions always exist (so screen readers hear every
 * change): successes are announced politely, errors as alerts.
 */
export function NoticeBanner({ notice, onDismiss }: { notice?: Notice; onDismiss: () => void }) {
  return (
    <>
      <div role="status">
        {notice?.kind === 'success' && <NoticeBox notice={notice} onDismiss={onDismiss} />}
      </div>
      <div role="alert">
        {notice?.kind === 'error' && <NoticeBox notice={notice} onDismiss={onDismiss} />}
      </div>
    </>
  );
}
