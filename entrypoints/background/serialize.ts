const queues = new Map<number, Promise<unknown>>();

/**
 * Runs one tab's message handlers one after another, so a slow "company seen" cannot finish after
 * a later "page left" and overwrite it. Only the queue lives in memory; every state it guards is
 * in storage.
 */
export function serializePerTab<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(job, job);
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}
