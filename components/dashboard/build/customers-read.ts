import type { Icp } from '@/lib/criteria/schema';
import { type CustomersFile, readCustomersBytes } from '@/lib/csv/customers-file';
import { type BestRule, type IcpProposal, proposeIcp, selectBest } from '@/lib/icp/builder';
import { backTest, parseOutcome, type TierWinRate } from '@/lib/icp/impact';

/** What the page keeps of a read file: everything but the rows, which stay in the worker. */
export type CustomersSummary = Omit<CustomersFile, 'rows'> & { rowCount: number; encoding: string };

/** Page → worker. `backtest` carries an id so the page can drop answers it no longer wants. */
export type CustomersRequest =
  | { type: 'read'; bytes: Uint8Array }
  | { type: 'propose'; rule: BestRule }
  | { type: 'backtest'; id: number; icp: Icp; outcomeColumn: string };

/** Worker → page: plain, structured-clonable data. `done`/`total` are characters of the text. */
export type CustomersReport =
  | { type: 'progress'; done: number; total: number }
  | { type: 'read'; summary: CustomersSummary }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string }
  | { type: 'proposal'; proposal: IcpProposal }
  | { type: 'winRates'; id: number; winRates: TierWinRate[] };

type ReadResult =
  | { type: 'done'; file: CustomersFile & { encoding: string } }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads a customers file's bytes, parsing once: `done` with the rows, columns and summary, or
 * `cancelled` when `cancelled()` turned true during the read (checked with each progress report),
 * or `failed` with the error's message. `report` gets the progress reports (about every
 * `progressEvery` rows, default 5000) before the result returns.
 */
export function handleCustomersRead(
  bytes: Uint8Array,
  report: (progress: Extract<CustomersReport, { type: 'progress' }>) => void,
  cancelled: () => boolean = () => false,
  progressEvery?: number,
): ReadResult {
  try {
    const file = readCustomersBytes(bytes, {
      progressEvery,
      onProgress: (done, total) => report({ type: 'progress', done, total }),
      cancelled,
    });
    if (cancelled()) return { type: 'cancelled' };
    return { type: 'done', file };
  } catch (error) {
    return { type: 'failed', message: message(error) };
  }
}

/**
 * The customers worker's message handler, without the worker: keeps the last file read and
 * answers the page's requests by calling `post` (progress reports, then one answer per request).
 * The rows never leave it: the page gets the summary, the proposal and the win rates, so no
 * 200,000-row structure is cloned onto the page's thread. `propose` or `backtest` before a file
 * was read answers `failed`.
 */
export function createCustomersSession(options: { progressEvery?: number } = {}) {
  let file: CustomersFile | undefined;
  /** The outcome rows of the last back-test's column, kept for the next back-test. */
  let outcomes:
    | { column: string; rows: { facts: CustomersFile['rows'][number]['facts']; won: boolean }[] }
    | undefined;
  return (
    request: CustomersRequest,
    post: (report: CustomersReport) => void,
    cancelled: () => boolean = () => false,
  ): void => {
    if (request.type === 'read') {
      file = undefined;
      outcomes = undefined;
      const result = handleCustomersRead(request.bytes, post, cancelled, options.progressEvery);
      if (result.type !== 'done') {
        post(result);
        return;
      }
      file = result.file;
      const { rows, ...rest } = result.file;
      post({ type: 'read', summary: { ...rest, rowCount: rows.length } });
      return;
    }
    if (!file) {
      post({ type: 'failed', message: 'No customers file has been read.' });
      return;
    }
    try {
      if (request.type === 'propose') {
        const best = selectBest(
          file.rows.map((r) => r.record),
          request.rule,
        );
        post({
          type: 'proposal',
          proposal: proposeIcp(
            file.rows.map((r) => r.facts),
            best,
          ),
        });
        return;
      }
      const column = request.outcomeColumn;
      if (outcomes?.column !== column)
        outcomes = {
          column,
          rows: file.rows.flatMap((r) => {
            const won = parseOutcome(r.record[column] ?? '');
            return won === undefined ? [] : [{ facts: r.facts, won }];
          }),
        };
      post({ type: 'winRates', id: request.id, winRates: backTest(request.icp, outcomes.rows) });
    } catch (error) {
      post({ type: 'failed', message: message(error) });
    }
  };
}
