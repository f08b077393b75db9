import type { ReactNode } from 'react';

interface StateMessageProps {
  /** The one helpful line. */
  message: string;
  /** Smaller text under it (e.g. which fields were missing). */
  detail?: ReactNode;
  /** A button, when there is something the user can do. */
  action?: { label: string; onClick: () => void };
  busy?: boolean;
  role?: 'status' | 'alert';
  /** Which state this is, for tests and styling: "loading", "not-company", "empty"… */
  state: string;
}

/** A whole-popup state: loading, not a company page, nothing read, no ICP, an error. */
export function StateMessage({
  message,
  detail,
  action,
  busy,
  role = 'status',
  state,
}: StateMessageProps) {
  return (
    <section className="state" data-state={state} role={role} aria-busy={busy || undefined}>
      {busy && <span className="spinner" aria-hidden="true" />}
      <p className="state-message">{message}</p>
      {detail && <p className="state-detail">{detail}</p>}
      {action && (
        <button type="button" className="button button-primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
