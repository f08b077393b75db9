import { useEffect, useRef, useState } from 'react';
import type { RowError } from '@/lib/csv/records';
import type { StoredIcp } from '@/lib/db/icps';
import { isolate } from '@/lib/i18n/bidi';
import { Isolated } from '../Bdi';
import { errorWords } from '../error-words';
import { formatNumber, selectPlural } from '../format';
import { t } from '../i18n';
import { rowErrorWords } from './file-problem-words';
import type { ImportReport, ImportRequest } from './import.worker';
import { ignoredColumnsText, recordIdColumn, usedColumnsText } from './import-words';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; report: Extract<ImportReport, { type: 'preview' }> }
  | {
      kind: 'running';
      done: number;
      total: number;
      saving: boolean;
      /** Cancel was pressed: the worker aborts the batch in flight and removes the others. */
      cancelling?: boolean;
      errors: RowError[];
    }
  | {
      kind: 'finished';
      text: string;
      error: boolean;
      errors: RowError[];
      /** The list was deleted meanwhile: there is nothing left to import into. */
      gone?: boolean;
    };

/**
 * Import an account file into the list: drop or pick a CSV, see which columns are used and which
 * ignored, import with a progress bar and a cancel button. Reading, scoring and writing run in a
 * Web Worker, so the page never freezes; cancelled or failed, nothing is written.
 */
export function ImportPanel(props: {
  listId: string;
  icp: StoredIcp | undefined;
  onImported: () => void;
  /**
   * Told when an import failed because the list was deleted meanwhile (in another tab): the page
   * stops offering the list, and the panel its file picker; the failure stays said.
   */
  onListGone?: () => void;
  /**
   * Told when a file starts being read, previewed or imported, and when that ends (the page hides
   * "this list is empty" meanwhile: the panel is about the companies coming).
   */
  onRunning?: (busy: boolean) => void;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const worker = useRef<Worker>(undefined);
  const onImported = useRef(props.onImported);
  onImported.current = props.onImported;
  const onListGone = useRef(props.onListGone);
  onListGone.current = props.onListGone;
  const onRunning = useRef(props.onRunning);
  onRunning.current = props.onRunning;
  const running = phase.kind === 'running';
  const busy = running || phase.kind === 'reading' || phase.kind === 'preview';
  useEffect(() => onRunning.current?.(busy), [busy]);

  // Leaving the page mid-import: the worker removes what it wrote, then ends itself.
  useEffect(() => () => worker.current?.postMessage({ type: 'close' } satisfies ImportRequest), []);

  const send = (request: ImportRequest, transfer: Transferable[] = []) =>
    worker.current?.postMessage(request, transfer);

  const start = async (file: File) => {
    worker.current?.terminate();
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    let errors: RowError[] = [];
    w.onmessage = (event: MessageEvent<ImportReport>) => {
      const r = event.data;
      if (r.type === 'preview') {
        errors = r.errors;
        setPhase({ kind: 'preview', report: r });
      } else if (r.type === 'progress')
        setPhase((p) => ({
          kind: 'running',
          done: r.done,
          total: r.total,
          saving: false,
          cancelling: p.kind === 'running' && p.cancelling,
          errors,
        }));
      else if (r.type === 'saving')
        setPhase((p) => (p.kind === 'running' ? { ...p, saving: true } : p));
      else if (r.type === 'done') {
        setPhase({
          kind: 'finished',
          text:
            r.imported === 0
              ? t('list_import_none_new')
              : t(
                  selectPlural(r.imported, {
                    one: 'list_import_done_one',
                    other: 'list_import_done_other',
                  } as const),
                  r.imported,
                ),
          error: false,
          errors,
        });
        onImported.current();
      } else if (r.type === 'cancelled')
        setPhase({ kind: 'finished', text: t('list_import_cancelled'), error: false, errors: [] });
      else {
        const gone = r.problem?.code === 'list-gone';
        setPhase({
          kind: 'finished',
          text: t('list_import_failed', errorWords(r)),
          error: true,
          errors,
          gone,
        });
        if (gone) onListGone.current?.();
      }
    };
    w.onerror = (event) =>
      setPhase({
        kind: 'finished',
        text: t('list_import_failed', errorWords(event.message)),
        error: true,
        errors: [],
      });
    setPhase({ kind: 'reading' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    send({ type: 'read', bytes, fileName: file.name, listId: props.listId }, [bytes.buffer]);
  };

  // An import that ends takes its Cancel button away: focus moves to the result, read out there,
  // instead of falling to the page (only when it was in the panel, never taken from elsewhere).
  const panel = useRef<HTMLElement>(null);
  const result = useRef<HTMLParagraphElement>(null);
  // Likewise the Import button gives way to the progress: focus moves to Cancel, the one action.
  const finished = phase.kind === 'finished';
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!(active === document.body || panel.current?.contains(active))) return;
    if (finished) result.current?.focus();
    else if (running) cancelButton.current?.focus();
  }, [finished, running]);

  const cancel = () => {
    send({ type: 'cancel' });
    setPhase((p) => (p.kind === 'running' ? { ...p, cancelling: true } : p));
  };
  const ids =
    phase.kind === 'preview'
      ? recordIdColumn(phase.report.usedColumns, phase.report.ignoredColumns)
      : { ignored: [] };
  const errors =
    phase.kind === 'preview'
      ? phase.report.errors
      : phase.kind === 'running' || phase.kind === 'finished'
        ? phase.errors
        : [];

  return (
    <section className="import-panel" aria-labelledby="import-title" ref={panel} data-import>
      <h2 id="import-title">{t('list_import')}</h2>
      {(phase.kind === 'idle' || (phase.kind === 'finished' && !phase.gone)) && (
        <label
          className="import-drop"
          data-over={over || undefined}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            const file = e.dataTransfer.files[0];
            if (file) void start(file);
          }}
        >
          {t('list_import_pick')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,text/csv"
            className="visually-hidden"
            data-input="account-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void start(file);
            }}
          />
        </label>
      )}
      {phase.kind === 'reading' && <p className="muted">{t('options_loading')}</p>}
      {phase.kind === 'preview' && (
        <div data-import-preview>
          <p>
            <Isolated text={t('list_import_columns', usedColumnsText(phase.report.usedColumns))} />
          </p>
          {ids.column !== undefined && (
            <p data-import-record-ids>
              <Isolated text={t('list_import_record_ids', isolate(ids.column))} />
            </p>
          )}
          {ids.ignored.length > 0 && (
            <p className="muted">
              <Isolated text={t('list_import_ignored', ignoredColumnsText(ids.ignored))} />
            </p>
          )}
          <div className="row import-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={phase.report.rows === 0}
              onClick={() => {
                // The bar and Cancel show at once: the first batch takes seconds to store.
                send({ type: 'confirm' });
                setPhase({
                  kind: 'running',
                  done: 0,
                  total: phase.report.rows,
                  saving: false,
                  errors: phase.report.errors,
                });
              }}
              data-action="import-start"
            >
              {t(
                selectPlural(phase.report.rows, {
                  one: 'list_import_start_one',
                  other: 'list_import_start_other',
                } as const),
                phase.report.rows,
              )}
            </button>
            <button type="button" className="button" onClick={cancel} data-action="import-cancel">
              {t('list_import_cancel')}
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'running' && (
        <div>
          <progress max={phase.total} value={phase.done} aria-label={t('list_import')} />
          <p className="muted" aria-live="polite">
            {phase.cancelling
              ? t('list_import_cancelling')
              : t('list_import_progress', phase.done, phase.total)}
          </p>
          <button
            type="button"
            className="button"
            onClick={cancel}
            ref={cancelButton}
            disabled={phase.saving || phase.cancelling}
            data-action="import-cancel"
          >
            {t('list_import_cancel')}
          </button>
        </div>
      )}
      {phase.kind === 'finished' && (
        <p
          className={`notice ${phase.error ? 'notice-error' : 'notice-success'}`}
          role={phase.error ? 'alert' : 'status'}
          tabIndex={-1}
          ref={result}
          data-import-result
        >
          {phase.text}
        </p>
      )}
      {errors.length > 0 && (
        // A file with nothing to import shows why at once (its problems were folded away behind
        // a disabled "Import 0 companies").
        <details data-import-errors open={phase.kind === 'preview' && phase.report.rows === 0}>
          <summary>
            {t('list_import_errors')} ({formatNumber(errors.length)})
          </summary>
          <ul>
            {errors.map((e) => (
              <li key={`${e.row}-${e.message}`}>
                {e.row > 0 ? t('list_import_row', e.row, rowErrorWords(e)) : rowErrorWords(e)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
