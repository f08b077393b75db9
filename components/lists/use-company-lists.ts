import { useCallback, useEffect, useState } from 'react';
import { type CompanyLists, messenger } from '@/lib/messaging';
import { errorWords } from '../error-words';

export type CompanyListsState =
  | { status: 'loading' }
  | { status: 'ready'; data: CompanyLists }
  | { status: 'error'; message: string };

/**
 * The lists and CRM row of a stored company, asked of the background; `run` sends a change
 * (save, remove) whose answer replaces the state, or shows its error.
 */
export function useCompanyLists(companyId: string): {
  state: CompanyListsState;
  run: (change: () => Promise<CompanyLists>) => Promise<void>;
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
      setState({ status: 'ready', data: await change() });
    } catch (error) {
      setState({ status: 'error', message: errorWords(error) });
    }
  }, []);
  return { state, run };
}
