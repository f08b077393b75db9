/// <reference lib="webworker" />
/**
 * The ICP editor's impact preview off the page's thread: reads the stored companies from
 * IndexedDB once (progress reports), keeps them with the matched criteria, and answers each edit
 * (`createImpactSession`), newest first. The page ends it when the editor closes.
 */

import { createImpactSession, type ImpactReport, type ImpactRequest } from './impact-session';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (report: ImpactReport) => scope.postMessage(report);
const handle = createImpactSession();

scope.onmessage = (event: MessageEvent<ImpactRequest>) => handle(event.data, post);
