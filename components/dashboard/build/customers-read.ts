import type { Icp } from '@/lib/criteria/schema';
import type { CustomersStreamSummary } from '@/lib/csv/customers-file';
import type { BestRule, IcpProposal } from '@/lib/icp/builder';
import type { TierWinRate } from '@/lib/icp/impact';
import { type PostedError, postedError } from '../../posted-error';
import {
  backTestFile,
  type CustomersSource,
  type PassOptions,
  passOverCustomers,
  proposeFromFile,
} from './customers-passes';

/** What the page is told of a read file: columns, problems, row count, encoding; never rows. */
export type CustomersSummary = CustomersStreamSummary;

/**
 * Page → worker. `read` carries the picked file (a `Blob`: the worker reads it a slice at a time)
 * or its bytes; `backtest` carries an id so the page can drop answers it no longer wants.
 */
export type CustomersRequest =
  | { type: 'read'; file: CustomersSource }
  | { type: 'propose'; rule: BestRule }
  | { type: 'backtest'; id: number; icp: Icp; outcomeColumn: string };

/** Worker → page: plain, structured-clonable data. `done`/`total` are bytes of the file. */
export type CustomersReport =
  | { type: 'progress'; done: number; total: number }
  /** While proposing: the share of the proposal's passes done, 0–1. */
  | { type: 'proposing'; share: number }
  | { type: 'read'; summary: CustomersSummary }
  | { type: 'cancelled' }
  /**
   * The error as `postedError` gives it (its own English text, its name, a list code) for the page
   * to word (`errorWords`); `code: 'no-file'`: a proposal or back-test came after the worker lost
   * the file, for the page to word in its language.
   */
  | ({ type: 'failed'; code?: 'no-file' } & PostedError)
  | { type: 'proposal'; proposal: IcpProposal }
  | { type: 'winRates'; id: number; winRates: TierWinRate[] };

/**
 * The customers worker's message handler, without the worker. It keeps the file (the picked
 * `Blob`, or bytes), never its rows: `read` streams it once for the summary (progress reports,
 * then `read`, or `cancelled` when `cancelled()` turned true between slices); `propose` (with
 * `proposing` reports of its share done) and `backtest` stream it again and fold each customer into counts (`customers-passes.ts`), so the
 * worker's memory stays flat however long the file (a 200,000-row file takes a few seconds per
 * pass instead). Each request answers once, after its passes; a newer `read` ends the passes over
 * the old file, and a newer `backtest` ends an older one, without an answer. `propose` or
 * `backtest` before a file was read answers `failed`. `options`: `PassOptions` for every pass.
 */
export function createCustomersSession(options: Pick<PassOptions, 'slice' | 'onSlice'> = {}) {
  let file: CustomersSource | undefined;
  /** Counts reads: passes over an older file stop. */
  let generation = 0;
  let latestBackTest: number | undefined;
  return async (
    request: CustomersRequest,
    post: (report: CustomersReport) => void,
    cancelled: () => boolean = () => false,
  ): Promise<void> => {
    if (request.type === 'read') {
      const read = ++generation;
      file = undefined;
      try {
        const summary = await passOverCustomers(request.file, () => undefined, {
          ...options,
          onProgress: (done, total) => post({ type: 'progress', done, total }),
          stop: () => cancelled() || read !== generation,
        });
        if (read !== generation) return;
        if (!summary) {
          post({ type: 'cancelled' });
          return;
        }
        file = request.file;
        post({ type: 'read', summary });
      } catch (error) {
        if (read === generation) post({ type: 'failed', ...postedError(error) });
      }
      return;
    }
    const source = file;
    if (!source) {
      post({ type: 'failed', code: 'no-file', message: 'No customers file has been read.' });
      return;
    }
    const read = generation;
    try {
      if (request.type === 'propose') {
        const proposal = await proposeFromFile(source, request.rule, {
          ...options,
          onShare: (share) => post({ type: 'proposing', share }),
          stop: () => read !== generation,
        });
        if (proposal) post({ type: 'proposal', proposal });
        return;
      }
      const { id } = request;
      latestBackTest = id;
      const winRates = await backTestFile(source, request.icp, request.outcomeColumn, {
        ...options,
        stop: () => read !== generation || latestBackTest !== id,
      });
      if (winRates) post({ type: 'winRates', id, winRates });
    } catch (error) {
      if (read === generation) post({ type: 'failed', ...postedError(error) });
    }
  };
}
