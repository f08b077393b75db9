import { useEffect, useState } from 'react';
import { listIcps, type StoredIcp } from '@/lib/db/icps';
import { errorWords } from '../error-words';

/**
 * The stored ICPs and the one chosen for a page (the active one at first); `error` is why they
 * could not be read, in the UI language (`errorWords`).
 */
export function useIcpChoice(): {
  icps: StoredIcp[] | undefined;
  icp: StoredIcp | undefined;
  choose: (id: string) => void;
  error: string | undefined;
} {
  const [icps, setIcps] = useState<StoredIcp[]>();
  const [id, setId] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => {
    listIcps().then(
      (list) => {
        setIcps(list);
        setId((current) => current || (list[0]?.id ?? ''));
      },
      (e: unknown) => setError(errorWords(e)),
    );
  }, []);
  return { icps, icp: icps?.find((s) => s.id === id), choose: setId, error };
}
