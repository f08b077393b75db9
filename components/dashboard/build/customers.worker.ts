/// <reference lib="webworker" />
/**
 * "Build from customers" off the page's thread: reads the file once (progress reports, then its
 * summary), keeps the rows, and answers proposal and back-test requests
 * (`createCustomersSession`). The parse is synchronous, so the page cancels by terminating this
 * worker.
 */

import {
  type CustomersReport,
  type CustomersRequest,
  createCustomersSession,
} from './customers-read';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (report: CustomersReport) => scope.postMessage(report);
const handle = createCustomersSession();

scope.onmessage = (event: MessageEvent<CustomersRequest>) => handle(event.data, post);
