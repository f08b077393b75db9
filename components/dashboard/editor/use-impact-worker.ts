import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import type { Icp } from '@/lib/criteria/schema';
import { errorWords } from '../../error-words';
import type { ImpactReport, ImpactRequest } from './impact-session';

/** What the editor asks: an edit of a stored ICP (`impact`), or a new ICP's tiers (`tiers`). */
export type ImpactQuery =
  | { type: 'impact'; before: Icp; after: Icp; shownMoves: number }
  | { type: 'tiers'; icp: Icp };

type Answer = Extract<ImpactReport, { type: 'impact' | 'tiers' }>;

/**
 * The impact preview's state on the page. `answer` is the latest answer to the latest query, or
 * to an older one while `busy` (kept on screen, dimmed, until the new one arrives); `reading`
 * is set while the worker reads the stored companies (`done` of `total`); `error` is the reason
 * the latest query failed.
 */
export interface ImpactState {
  busy: boolean;
  reading?: { done: number; total: number };
  answer?: Answer;
  error?: string;
}

/**
 * Sends each new `query` to the editor's impact worker (started when the component mounts, which
 * asks it to read the stored companies at once; ended when it unmounts) and follows its answers. Only the answer to the latest query is taken:
 * the worker skips queries superseded before they start, and a late answer to an older one is
 * dropped here. The caller debounces edits and keeps `query` referentially stable between them.
 */
export function useImpactWorker(query: ImpactQuery | undefined): ImpactState {
  const [state, setState] = useState<ImpactState>({ busy: false });
  const worker = useRef<Worker>(undefined);
  const latest = useRef(0);

  // Started with the editor: it reads the stored companies while the user edits, so the first
  // preview does not wait for the read (100,000 companies take seconds).
  useEffect(() => {
    worker.current ??= startWorker(latest, setState);
    worker.current.postMessage({ type: 'load' } satisfies ImpactRequest);
    return () => {
      worker.current?.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!query) return;
    const id = latest.current + 1;
    latest.current = id;
    if (!worker.current) worker.current = startWorker(latest, setState);
    const request: ImpactRequest = { ...query, id };
    setState((s) => ({ ...s, busy: true, error: undefined }));
    worker.current.postMessage(request);
  }, [query]);

  return state;
}

function startWorker(
  latest: { readonly current: number },
  setState: Dispatch<SetStateAction<ImpactState>>,
): Worker {
  const w = new Worker(new URL('./impact.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<ImpactReport>) => {
    const r = event.data;
    if (r.type === 'loading') {
      setState((s) => ({ ...s, reading: { done: r.done, total: r.total } }));
      return;
    }
    if (r.type === 'computing' || r.id !== latest.current) return;
    if (r.type === 'failed') setState((s) => ({ ...s, busy: false, error: errorWords(r) }));
    else setState({ busy: false, answer: r });
  };
  w.onerror = (event) => {
    event.preventDefault();
    setState((s) => ({ ...s, busy: false, error: errorWords(event.message) }));
  };
  return w;
}
