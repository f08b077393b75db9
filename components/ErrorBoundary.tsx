import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Isolated } from './Bdi';
import { errorWords } from './error-words';
import { t } from './i18n';

interface ErrorBoundaryProps {
  /** Which view this guards, for tests and styling: "companies", "popup"… */
  area: string;
  children: ReactNode;
  /** Opens the dashboard settings (backup and restore); absent where that makes no sense. */
  openSettings?: () => void;
}

interface ErrorBoundaryState {
  error?: Error;
}

/** The error's own message as one line of plain text (never HTML), at most 300 characters. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/**
 * Catches a render error of one view (a dashboard page, the popup) so the rest of the extension
 * keeps working, and says what failed with a way out: try again, or open the settings (where a
 * backup can be restored). A damaged stored record thus costs one view, not the whole dashboard.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`ICP Lens: the ${this.props.area} view failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { openSettings, area } = this.props;
    return (
      <section className="notice notice-error failed-view" role="alert" data-failed={area}>
        <h2>{t('failed_heading')}</h2>
        <p>
          {/* The sentence in the UI language, the error's own (English) text isolated inside it. */}
          <Isolated text={t('failed_detail', errorWords(describeFailure(error)))} />
        </p>
        <p className="muted">{t('failed_hint')}</p>
        <p className="row">
          <button
            type="button"
            className="button"
            onClick={() => this.setState({ error: undefined })}
          >
            {t('failed_try_again')}
          </button>
          {openSettings && (
            <button type="button" className="button button-primary" onClick={openSettings}>
              {t('failed_open_settings')}
            </button>
          )}
        </p>
      </section>
    );
  }
}
