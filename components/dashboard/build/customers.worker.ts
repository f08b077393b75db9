/// <reference lib="webworker" />
/**
 * "Build from customers" off the page's thread: keeps the picked file (never its rows) and
 * answers the page's requests by streaming it again (`createCustomersSession`): the read's
 * progress and summary, proposals and back-tests. The page cancels a read by terminating this
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

scope.onmessage = (event: MessageEvent<CustomersRequest>) => void handle(event.data, post);
