import { useCallback, useEffect, useState } from 'react';
import {
  deleteIcp,
  importIcpFile,
  listIcps,
  type StoredIcp,
  seedSampleIcp,
  setActiveIcp,
} from '@/lib/db/icps';
import { sampleIcpFor } from '@/lib/icp/sample';
import { icpProblemsWords } from '../dashboard/icp-file-words';
import { errorWords } from '../error-words';
import { t } from '../i18n';
import { downloadJson, icpFileName } from './download-json';

export interface Notice {
  kind: 'success' | 'error';
  text: string;
  /** A second line, e.g. the validation error naming the field. */
  detail?: string;
}

/** The browser's UI language, which the sample ICP is installed in ("en" outside an extension). */
function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** The stored ICPs and what the dashboard can do with them; each action leaves one notice. */
export function useIcps() {
  const [icps, setIcps] = useState<StoredIcp[] | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      // Shown by name, not active first: choosing the active ICP must not move the row (and the
      // keyboard focus with it).
      // On first start the dashboard may open before the worker has installed the sample ICP;
      // installing it is idempotent, so the page does it too rather than show an empty list.
      await seedSampleIcp(sampleIcpFor(browserUiLanguage())).catch(() => undefined);
      const list = await listIcps();
      setIcps(
        list.sort((a, b) => a.icp.name.localeCompare(b.icp.name) || a.createdAt - b.createdAt),
      );
    } catch (error) {
      setIcps([]);
      setNotice({ kind: 'error', text: t('options_failed', errorWords(error)) });
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  /** Runs a storage change, then reloads the list (the background sees the change itself). */
  const change = useCallback(
    async (action: () => Promise<Notice>) => {
      try {
        setNotice(await action());
      } catch (error) {
        setNotice({ kind: 'error', text: t('options_failed', errorWords(error)) });
      }
      await reload();
    },
    [reload],
  );

  const importFile = (file: File) =>
    change(async () => {
      const result = await importIcpFile(await file.text());
      return result.ok
        ? { kind: 'success', text: t('options_import_success', result.stored.icp.name) }
        : {
            kind: 'error',
            text: t('options_import_error', file.name),
            detail: icpProblemsWords(result.problems),
          };
    });

  const activate = (stored: StoredIcp) =>
    change(async () => {
      await setActiveIcp(stored.id);
      return { kind: 'success', text: t('options_activated', stored.icp.name) };
    });

  const remove = (stored: StoredIcp) => {
    if (!window.confirm(t('options_delete_confirm', stored.icp.name))) return;
    void change(async () => {
      await deleteIcp(stored.id);
      return { kind: 'success', text: t('options_deleted', stored.icp.name) };
    });
  };

  const exportIcp = (stored: StoredIcp) => {
    const fileName = icpFileName(stored.icp.name);
    downloadJson(stored.icp, fileName);
    setNotice({ kind: 'success', text: t('options_exported', fileName) });
  };

  return {
    icps,
    notice,
    dismiss: () => setNotice(undefined),
    importFile,
    activate,
    remove,
    exportIcp,
  };
}
