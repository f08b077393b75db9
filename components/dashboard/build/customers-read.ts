import { type CustomersFile, readCustomersBytes } from '@/lib/csv/customers-file';

/** Page → worker: read these bytes (the file's, transferred). */
export interface CustomersReadRequest {
  type: 'read';
  bytes: Uint8Array;
}

/** Worker → page: progress (characters parsed of the decoded text's total), then the result. */
export type CustomersReadReport =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; file: CustomersFile & { encoding: string } }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

/**
 * The customers-file worker's handler as a pure function: bytes in, one `done` report (rows,
 * columns and summary as plain, structured-clonable data) or `cancelled` when `cancelled()` turned
 * true during the read, or `failed` with the error's message. `report` gets `progress` reports
 * (about every `progressEvery` rows, default 5000) before the last one. The file is parsed once.
 */
export function handleCustomersRead(
  bytes: Uint8Array,
  report: (progress: Extract<CustomersReadReport, { type: 'progress' }>) => void,
  cancelled: () => boolean = () => false,
  progressEvery?: number,
): Exclude<CustomersReadReport, { type: 'progress' }> {
  try {
    const file = readCustomersBytes(bytes, {
      progressEvery,
      onProgress: (done, total) => report({ type: 'progress', done, total }),
      cancelled,
    });
    if (cancelled()) return { type: 'cancelled' };
    return { type: 'done', file };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
