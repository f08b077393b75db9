import { useEffect, useMemo, useRef, useState } from 'react';
import type { Icp } from '@/lib/criteria/schema';
import { type BestRule, type IcpProposal, proposalToIcp } from '@/lib/icp/builder';
import type { TierWinRate } from '@/lib/icp/impact';
import { errorWords } from '../../error-words';
import { t } from '../../i18n';
import { rowErrorWords } from '../../lists/file-problem-words';
import type { CustomersReport, CustomersRequest, CustomersSummary } from './customers-read';

/** What the page is told when the worker answers; called with the latest handlers. */
export interface CustomersWorkerEvents {
  /** A file was read with at least one row (its summary; the worker keeps no rows). */
  onRead: (summary: CustomersSummary) => void;
  /** A proposal arrived for the file named `fileName`. */
  onProposal: (fileName: string) => void;
}

/** The build page's session with the customers worker, and what it knows so far. */
export interface CustomersWorkerSession {
  /** The file read (its name and summary), once the worker has read it. */
  file: { name: string; data: CustomersSummary } | undefined;
  /** While the worker reads: bytes read of the total (0 of 1 before the first report). */
  reading: { done: number; total: number } | undefined;
  proposing: boolean;
  /** While proposing: the share of the worker's passes over the file done, 0–1. */
  proposed: number;
  proposal: IcpProposal | undefined;
  /** The proposed criteria (ids) the user keeps; all of them when a proposal arrives. */
  accepted: ReadonlySet<string>;
  /** Keeps or drops one proposed criterion. */
  toggle: (id: string) => void;
  /** Win rates per tier of the back-test, for the current traits and outcome column. */
  winRates: TierWinRate[] | undefined;
  /** True while the worker reads the file again for a newer back-test (`winRates` is older). */
  backTesting: boolean;
  error: string | undefined;
  notice: string | undefined;
  /** Reads a picked file in a new worker (ending the last); undefined just clears. */
  readFile: (picked: File | undefined) => Promise<void>;
  /** Ends the read by ending the worker (and the file it holds). */
  cancelReading: () => void;
  /** Asks the worker for a proposal from the best customers chosen by `rule`. */
  propose: (rule: BestRule) => void;
}

/**
 * Runs "build from customers" in a Web Worker (`customers.worker.ts`) that holds the picked file
 * and streams it for each question, keeping no rows: progress, cancel, the proposal, and the
 * back-test against
 * `outcomeColumn` ("" for none), re-sent only when the accepted traits or the column change
 * (never the ICP's name). Answers from a worker that was replaced, and back-tests superseded by
 * a newer one, are dropped. The worker ends with the page.
 */
export function useCustomersWorker(
  outcomeColumn: string,
  events: CustomersWorkerEvents,
): CustomersWorkerSession {
  const [file, setFile] = useState<{ name: string; data: CustomersSummary } | undefined>();
  const [proposal, setProposal] = useState<IcpProposal | undefined>();
  const [proposing, setProposing] = useState(false);
  const [proposed, setProposed] = useState(0);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [winRates, setWinRates] = useState<TierWinRate[] | undefined>();
  const [backTesting, setBackTesting] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [reading, setReading] = useState<{ done: number; total: number } | undefined>();
  /** The worker that read the current file; it holds the file and streams it for each question. */
  const worker = useRef<Worker>(undefined);
  const lastBackTest = useRef(0);
  const handlers = useRef(events);
  handlers.current = events;

  useEffect(() => () => worker.current?.terminate(), []);

  const send = (request: CustomersRequest) => worker.current?.postMessage(request);

  const endWorker = () => {
    worker.current?.terminate();
    worker.current = undefined;
    setReading(undefined);
    setProposing(false);
    setBackTesting(false);
  };

  const readFile = async (picked: File | undefined) => {
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
      else if (r.type === 'proposing') setProposed(r.share);
      else if (r.type === 'read') {
        setReading(undefined);
        if (r.summary.rowCount === 0) {
          endWorker();
          const why = r.summary.errors[0];
          setError(t('build_no_rows', why ? rowErrorWords(why) : ''));
          return;
        }
        setFile({ name: picked.name, data: r.summary });
        handlers.current.onRead(r.summary);
      } else if (r.type === 'proposal') {
        setProposing(false);
        setProposal(r.proposal);
        setAccepted(new Set(r.proposal.criteria.map((c) => c.id)));
        handlers.current.onProposal(picked.name);
      } else if (r.type === 'winRates') {
        if (r.id === lastBackTest.current) {
          setWinRates(r.winRates);
          setBackTesting(false);
        }
      } else if (r.type === 'cancelled') {
        endWorker();
        setNotice(t('build_cancelled'));
      } else {
        setReading(undefined);
        setProposing(false);
        setError(r.code === 'no-file' ? t('build_no_file') : t('build_read_failed', errorWords(r)));
      }
    };
    w.onerror = (event) => {
      if (worker.current !== w) return;
      endWorker();
      setError(t('build_read_failed', errorWords(event.message)));
    };
    // The file itself, not its text or bytes: the worker reads it a slice at a time, finding the
    // encoding (UTF-16 from Excel, Windows-1252…), and reads it again for each question.
    send({ type: 'read', file: picked });
  };

  const cancelReading = () => {
    endWorker();
    setNotice(t('build_cancelled'));
  };

  const propose = (rule: BestRule) => {
    if (!file) return;
    setProposing(true);
    setProposed(0);
    setError(undefined);
    send({ type: 'propose', rule });
  };

  // The back-test streams the file and scores every deal in the worker (a newer one ends it). It depends on the accepted traits and the
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
      setBackTesting(false);
      return;
    }
    setBackTesting(true);
    worker.current?.postMessage({
      type: 'backtest',
      id,
      icp: scoring,
      outcomeColumn,
    } satisfies CustomersRequest);
  }, [scoring, outcomeColumn]);

  const toggle = (id: string) =>
    setAccepted((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return {
    file,
    reading,
    proposing,
    proposed,
    proposal,
    accepted,
    toggle,
    winRates,
    backTesting,
    error,
    notice,
    readFile,
    cancelReading,
    propose,
  };
}
