/// <reference lib="webworker" />
/**
 * Reads a customers file off the page's thread: bytes in, progress reports, then the rows,
 * columns and summary as plain data (`handleCustomersRead`). The parse is synchronous, so the
 * page cancels by terminating this worker.
 */

import {
  type CustomersReadReport,
  type CustomersReadRequest,
  handleCustomersRead,
} from './customers-read';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (report: CustomersReadReport) => scope.postMessage(report);

scope.onmessage = (event: MessageEvent<CustomersReadRequest>) => {
  if (event.data.type !== 'read') return;
  post(handleCustomersRead(event.data.bytes, post));
};
