import { useEffect, useState } from 'react';
import { listIcps, type StoredIcp } from '@/lib/db/icps';

/** The stored ICPs and the one chosen for a page (the active one at first). */
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
      (e: unknown) => setError(String(e)),
    );
  }, []);
  return { icps, icp: icps?.find((s) => s.id === id), choose: setId, error };
}
