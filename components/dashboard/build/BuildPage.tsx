import { useEffect, useMemo, useRef, useState } from 'react';
import type { Icp } from '@/lib/criteria/schema';
import { saveIcp } from '@/lib/db/icps';
import { type IcpProposal, proposalToIcp } from '@/lib/icp/builder';
import type { TierWinRate } from '@/lib/icp/impact';
import { messenger } from '@/lib/messaging';
import { Bdi, Isolated } from '../../Bdi';
import { t } from '../../i18n';
import { FilePickButton } from '../FilePickButton';
import type { CustomersReport, CustomersRequest, CustomersSummary } from './customers-read';
import { coverageSentence, liftSentence, noteSentence, traitValue } from './proposal-words';

type Rule = 'top' | 'flag';

const percent = (share: number | undefined) =>
  share === undefined ? '—' : `${Math.round(share * 100)} %`;

/**
 * An ICP proposed from the best customers: upload a CRM export, say who the best are (top N by a
 * column, or a flag column), accept or drop each shared trait, back-test against won/lost deals,
 * save. Everything is computed in the browser, in a Web Worker that reads the file once (progress
 * bar, cancel button) and keeps the rows for the proposal and the back-test, so the page stays
 * responsive; typing the name recomputes nothing.
 */
export function BuildPage({ navigate }: { navigate: (hash: string) => void }) {
  const [file, setFile] = useState<{ name: string; data: CustomersSummary } | undefined>();
  const [rule, setRule] = useState<Rule>('top');
  const [column, setColumn] = useState('');
  const [topN, setTopN] = useState(20);
  const [proposal, setProposal] = useState<IcpProposal | undefined>();
  const [proposing, setProposing] = useState(false);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [name, setName] = useState('');
  const [outcomeColumn, setOutcomeColumn] = useState('');
  const [winRates, setWinRates] = useState<TierWinRate[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  /** While the worker reads: characters parsed of the total (0 of 1 before the first report). */
  const [reading, setReading] = useState<{ done: number; total: number } | undefined>();
  /** The worker that read the current file; it keeps the rows and computes over them. */
  const worker = useRef<Worker>(undefined);
  const lastBackTest = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const send = (request: CustomersRequest, transfer: Transferable[] = []) =>
    worker.current?.postMessage(request, transfer);

  const endWorker = () => {
    worker.current?.terminate();
    worker.current = undefined;
    setReading(undefined);
    setProposing(false);
  };

  const onFile = async (picked: File | undefined) => {
    endWorker();
    setProposal(undefined);
    setWinRates(undefined);
    setError(undefined);
    setNotice(undefined);
    if (!picked) return;
    setFile(undefined);
    setReading({ done: 0, total: 1 });
    const w = new Worker(new URL('./customers.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<CustomersReport>) => {
      if (worker.current !== w) return;
      const r = event.data;
      if (r.type === 'progress') setReading({ done: r.done, total: r.total });
      else if (r.type === 'read') {
        setReading(undefined);
        if (r.summary.rowCount === 0) {
          endWorker();
          setError(t('build_no_rows', r.summary.errors[0]?.message ?? ''));
          return;
        }
        setFile({ name: picked.name, data: r.summary });
        setColumn(r.summary.ignoredColumns[0] ?? r.summary.columns[0] ?? '');
      } else if (r.type === 'proposal') {
        setProposing(false);
        setProposal(r.proposal);
        setAccepted(new Set(r.proposal.criteria.map((c) => c.id)));
        setName((n) => n || t('build_default_name', picked.name.replace(/\.[^.]+$/, '')));
      } else if (r.type === 'winRates') {
        if (r.id === lastBackTest.current) setWinRates(r.winRates);
      } else if (r.type === 'cancelled') {
        endWorker();
        setNotice(t('build_cancelled'));
      } else {
        setReading(undefined);
        setProposing(false);
        setError(t('build_read_failed', r.message));
      }
    };
    w.onerror = (event) => {
      if (worker.current !== w) return;
      endWorker();
      setError(t('build_read_failed', event.message));
    };
    // Bytes, not text(): the reader finds the encoding (UTF-16 from Excel, Windows-1252…).
    const bytes = new Uint8Array(await picked.arrayBuffer());
    if (worker.current !== w) return;
    send({ type: 'read', bytes }, [bytes.buffer]);
  };

  // The parse is one synchronous pass in the worker: cancelling ends the worker.
  const cancelReading = () => {
    endWorker();
    setNotice(t('build_cancelled'));
  };

  const propose = () => {
    if (!file) return;
    setProposing(true);
    setError(undefined);
    send({
      type: 'propose',
      rule: rule === 'top' ? { kind: 'top', column, n: topN } : { kind: 'flag', column },
    });
  };

  const draft: Icp | undefined = useMemo(() => {
    if (!proposal || accepted.size === 0) return undefined;
    try {
      return proposalToIcp(proposal, [...accepted], { name: name.trim() || 'ICP' });
    } catch {
      return undefined;
    }
  }, [proposal, accepted, name]);

  // The back-test scores every deal in the worker. It depends on the accepted traits and the
  // outcome column, never on the name: a keystroke in the name sends nothing.
  const scoring: Icp | undefined = useMemo(() => {
    if (!proposal || accepted.size === 0) return undefined;
    try {
      return proposalToIcp(proposal, [...accepted], { name: 'ICP' });
    } catch {
      return undefined;
    }
  }, [proposal, accepted]);

  useEffect(() => {
    const id = ++lastBackTest.current;
    if (!scoring || !outcomeColumn) {
      setWinRates(undefined);
      return;
    }
    worker.current?.postMessage({
      type: 'backtest',
      id,
      icp: scoring,
      outcomeColumn,
    } satisfies CustomersRequest);
  }, [scoring, outcomeColumn]);

  const save = async () => {
    if (!draft) return;
    const stored = await saveIcp(draft, {
      note: t('build_note', proposal?.bestCount ?? 0, file?.name ?? ''),
    });
    void messenger.sendMessage('icpsChanged', undefined).catch(() => undefined);
    navigate(`icp/${encodeURIComponent(stored.id)}`);
  };

  const toggle = (id: string) =>
    setAccepted((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div data-page="build">
      <header className="page-header">
        <h1>{t('build_title')}</h1>
        <p className="muted">{t('build_intro')}</p>
      </header>
      <section>
        <div className="import-actions">
          <FilePickButton
            label={t('build_file')}
            accept=".csv,text/csv,.tsv,text/tab-separated-values"
            name="customers"
            primary
            onFile={(f) => void onFile(f)}
          />
          {file && (
            <span className="muted">
              <Bdi>{file.name}</Bdi>
            </span>
          )}
        </div>
        {reading && (
          <div data-reading>
            <progress max={reading.total} value={reading.done} aria-label={t('build_file')} />
            <p className="muted" aria-live="polite">
              {t('build_reading', Math.floor((reading.done / reading.total) * 100))}
            </p>
            <button
              type="button"
              className="button"
              onClick={cancelReading}
              data-action="build-cancel"
            >
              {t('build_cancel')}
            </button>
          </div>
        )}
        {notice && (
          <p className="notice" role="status" data-read-notice>
            {notice}
          </p>
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        {file && (
          <p className="muted" data-read>
            {t(
              'build_read',
              file.data.rowCount,
              file.data.usedColumns.map((u) => u.column).join(', ') || '—',
              file.data.ignoredColumns.join(', ') || '—',
            )}
          </p>
        )}
      </section>
      {file && (
        <section aria-labelledby="best-heading">
          <h2 id="best-heading">{t('build_best_heading')}</h2>
          <div className="row">
            <label className="choice">
              <input
                type="radio"
                name="rule"
                checked={rule === 'top'}
                onChange={() => setRule('top')}
              />{' '}
              {t('build_rule_top')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="rule"
                checked={rule === 'flag'}
                onChange={() => setRule('flag')}
              />{' '}
              {t('build_rule_flag')}
            </label>
          </div>
          <div className="row">
            {rule === 'top' && (
              <label className="field-narrow">
                <span>{t('build_top_n')}</span>
                <input
                  type="number"
                  min="1"
                  value={topN}
                  onChange={(event) => setTopN(Number(event.currentTarget.value) || 1)}
                />
              </label>
            )}
            <label>
              <span>{t('build_column')}</span>
              <select
                value={column}
                data-input="best-column"
                onChange={(event) => setColumn(event.currentTarget.value)}
              >
                {file.data.columns.map((c) => (
                  <option key={c} value={c} dir="auto">
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button-primary"
              onClick={propose}
              disabled={proposing}
              aria-busy={proposing || undefined}
              data-action="propose"
            >
              {t('build_propose')}
            </button>
          </div>
        </section>
      )}
      {proposal && (
        <section aria-labelledby="proposal-heading" data-proposal>
          <h2 id="proposal-heading">
            {t('build_proposal_heading', proposal.bestCount, proposal.totalCount)}
          </h2>
          {proposal.notes.map((note) => (
            <p key={note.code} className="muted">
              {noteSentence(note)}
            </p>
          ))}
          <ul className="proposals">
            {proposal.criteria.map((c) => (
              <li key={c.id} data-proposed={c.field}>
                <label>
                  <input
                    type="checkbox"
                    checked={accepted.has(c.id)}
                    onChange={() => toggle(c.id)}
                  />{' '}
                  <strong>
                    <bdi>{traitValue(c)}</bdi>
                  </strong>
                </label>
                <span className="muted">
                  <Isolated text={coverageSentence(c)} />
                  {c.lift !== undefined ? ` · ${liftSentence(c.lift)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <label className="field">
            <span>{t('editor_name')}</span>
            <input
              type="text"
              dir="auto"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
            />
          </label>
          <label className="field">
            <span>{t('build_outcome_column')}</span>
            <select
              value={outcomeColumn}
              onChange={(event) => setOutcomeColumn(event.currentTarget.value)}
            >
              <option value="">{t('build_outcome_none')}</option>
              {file?.data.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          {winRates && (
            <table className="win-rates" data-win-rates>
              <thead>
                <tr>
                  <th scope="col">{t('build_tier')}</th>
                  <th scope="col">{t('build_deals')}</th>
                  <th scope="col">{t('build_won')}</th>
                  <th scope="col">{t('build_win_rate')}</th>
                </tr>
              </thead>
              <tbody>
                {winRates.map((w) => (
                  <tr key={w.tier}>
                    <th scope="row">{w.tier}</th>
                    <td>{w.companies}</td>
                    <td>{w.won}</td>
                    <td>{percent(w.winRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={!draft || !name.trim()}
            onClick={() => void save()}
            data-action="save-proposal"
          >
            {t('build_save')}
          </button>
        </section>
      )}
    </div>
  );
}
