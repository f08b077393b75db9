import { useCallback, useEffect, useState } from 'react';
import { ICP_FORMAT, type IcpInput } from '@/lib/criteria/schema';
import { listIcps, type StoredIcp, saveIcp } from '@/lib/db/icps';
import type { IcpVersionRecord } from '@/lib/db/schema';
import { listVersions, restoreVersion } from '@/lib/db/versions';
import { isolate } from '@/lib/i18n/bidi';
import { DEFAULT_TIERS } from '@/lib/icp/builder';
import { diffIcp } from '@/lib/icp/diff';
import { templateIn } from '@/lib/icp/templates/localized';
import { Isolated } from '../../Bdi';
import { errorWords } from '../../error-words';
import { currentLocale, t } from '../../i18n';
import { downloadJson, icpFileName } from '../../options/download-json';
import { changeText } from '../icps/diff-words';
import type { Route } from '../use-hash-route';
import { IcpEditor } from './IcpEditor';
import { versionNoteWords, versionTime } from './version-note-words';

const BLANK: IcpInput = {
  format: ICP_FORMAT,
  name: '',
  tiers: DEFAULT_TIERS.map((tier) => ({ ...tier })),
  unknownCredit: 0.5,
  criteria: [{ field: 'industry', mode: 'score', weight: 1, bands: [{ in: [], credit: 1 }] }],
  pains: [],
  goals: [],
  valueProps: [],
  personas: [],
};

/** Edit a stored ICP (with its version history), or write a new one, blank or from a template. */
export function IcpEditorPage({
  route,
  navigate,
}: {
  route: Route;
  navigate: (h: string) => void;
}) {
  const [stored, setStored] = useState<StoredIcp | null | undefined>(undefined);
  const [versions, setVersions] = useState<IcpVersionRecord[]>([]);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const [revision, setRevision] = useState(0);

  const load = useCallback(async () => {
    if (!route.id) {
      setStored(null);
      return;
    }
    const found = (await listIcps()).find((s) => s.id === route.id) ?? null;
    setStored(found);
    setVersions(found ? await listVersions(found.id) : []);
  }, [route.id]);
  useEffect(() => void load(), [load]);

  if (stored === undefined) return <p className="muted">{t('options_loading')}</p>;
  if (route.id && stored === null)
    return (
      <p className="notice notice-error" role="alert">
        {t('editor_not_found')}
      </p>
    );
  // In the UI language where the template is written in it; it sets the outreach language too.
  const template = route.template ? templateIn(route.template, currentLocale()) : undefined;
  const initial: IcpInput = stored?.icp ?? template?.icp ?? BLANK;

  const onSave = async (icp: Parameters<typeof saveIcp>[0], note: string) => {
    const result = await saveIcp(icp, { ...(stored && { id: stored.id }), note });
    setSaved(t('editor_saved', isolate(icp.name)));
    setRevision((n) => n + 1);
    if (!stored) navigate(`icp/${encodeURIComponent(result.id)}`);
    else await load();
  };
  const restore = async (version: IcpVersionRecord) => {
    if (version.id === undefined) return;
    setFailed(undefined);
    try {
      await restoreVersion(version.id);
    } catch (error) {
      // The version went with its ICP (deleted in another tab), or storage refused.
      setSaved(undefined);
      setFailed(t('options_failed', errorWords(error)));
      return;
    }
    setSaved(t('versions_restored', versionTime(version.at)));
    setRevision((n) => n + 1);
    await load();
  };

  return (
    <div data-page="editor">
      <header className="page-header">
        <h1>
          {stored ? (
            <Isolated text={t('editor_title_edit', isolate(stored.icp.name))} />
          ) : (
            t('editor_title_new')
          )}
        </h1>
        {template && !stored && (
          <p className="muted">{t('editor_from_template', template.title)}</p>
        )}
      </header>
      {saved && (
        <p className="notice notice-success" role="status" data-saved>
          <Isolated text={saved} />
        </p>
      )}
      {failed && (
        <p className="notice notice-error" role="alert" data-restore-failed>
          <Isolated text={failed} />
        </p>
      )}
      <IcpEditor
        key={`${stored?.id ?? 'new'}-${revision}`}
        initial={initial}
        before={stored?.icp}
        onSave={onSave}
        onCancel={() => navigate('icps')}
      />
      {stored && (
        <section aria-labelledby="versions-heading" data-versions>
          <h2 id="versions-heading">{t('versions_heading')}</h2>
          <button
            type="button"
            className="button"
            onClick={() => downloadJson(stored.icp, icpFileName(stored.icp.name))}
          >
            {t('action_export')}
          </button>
          <ol className="versions">
            {versions.map((version, i) => (
              <li key={version.id} data-version={i}>
                <details>
                  <summary>
                    <time dateTime={new Date(version.at).toISOString()}>
                      {versionTime(version.at)}
                    </time>{' '}
                    — <Isolated text={versionNoteWords(version.note)} />
                    {i === 0 && <span className="icp-tag">{t('versions_current')}</span>}
                  </summary>
                  {i > 0 && (
                    <>
                      <ul className="impact-changes">
                        {diffIcp(version.icp, stored.icp).items.map((change, k) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one diff, in order
                          <li key={k}>
                            <Isolated text={changeText(change)} />
                          </li>
                        ))}
                      </ul>
                      <button
                        type="button"
                        className="button"
                        data-action="restore"
                        onClick={() => void restore(version)}
                      >
                        {t('versions_restore')}
                      </button>
                    </>
                  )}
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
