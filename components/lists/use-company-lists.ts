import { useCallback, useEffect, useState } from 'react';
import { type CompanyLists, messenger } from '@/lib/messaging';
import { errorWords } from '../error-words';

/**
 * The company's lists as last read: loading, read (with the last change's failure, if any, in
 * the UI language), or unreadable.
 */
export type CompanyListsState =
  | { status: 'loading' }
  | { status: 'ready'; data: CompanyLists; error?: string }
  | { status: 'error'; message: string };

/**
 * The lists and CRM row of a stored company, asked of the background; `run` sends a change
 * (save, remove) whose answer replaces the state and is returned. A change that fails keeps what
 * was read before (the lists stay shown) with its error worded, and returns `undefined`.
 */
export function useCompanyLists(companyId: string): {
  state: CompanyListsState;
  run: (change: () => Promise<CompanyLists>) => Promise<CompanyLists | undefined>;
} {
  const [state, setState] = useState<CompanyListsState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    messenger.sendMessage('getCompanyLists', companyId).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', message: errorWords(error) }),
    );
    return () => {
      current = false;
    };
  }, [companyId]);
  const run = useCallback(async (change: () => Promise<CompanyLists>) => {
    try {
      const data = await change();
      setState({ status: 'ready', data });
      return data;
    } catch (error) {
      const message = errorWords(error);
      setState((before) =>
        before.status === 'ready'
          ? { status: 'ready', data: before.data, error: message }
          : { status: 'error', message },
      );
      return undefined;
    }
  }, []);
  return { state, run };
}
