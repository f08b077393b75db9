import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ensureList, type ListSummary, listLists, recentLists } from '@/lib/db/lists';
import type { ListRecord } from '@/lib/db/schema';
import { isolate } from '@/lib/i18n/bidi';
import { cleanListName, findListByName } from '@/lib/lists/membership';
import { errorWords } from '../error-words';
import { formatNumber } from '../format';
import { t } from '../i18n';
import { useRefreshOnReturn } from '../use-refresh-on-return';
import { CrmSnapshotSection } from './CrmSnapshotSection';
import { IcpSelect } from './IcpSelect';
import { tierFilters } from './tier-filters';
import { useIcpChoice } from './use-icp-choice';
import './lists.css';

/** `#lists`: every list with its size and a count per tier of the chosen ICP; new lists; CRM snapshot. */
export function ListsPage({ navigate }: { navigate: (hash: string) => void }) {
  const { icps, icp, choose, error: icpError } = useIcpChoice();
  const [lists, setLists] = useState<ListSummary[]>();
  const [error, setError] = useState<string>();
  const [name, setName] = useState('');
  // The list a name typed for a new list already names: said, never opened in its place.
  const [taken, setTaken] = useState<ListRecord>();
  const nameInput = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState(0);
  // Back from another tab (a save from the popup there): sizes and tier counts are read again.
  useRefreshOnReturn(useCallback(() => setVersion((v) => v + 1), []));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after a change.
  useEffect(() => {
    if (!icps) return;
    let current = true;
    // Left before every list is counted: the reads stop, so the next page's are not queued behind.
    const reading = new AbortController();
    listLists(undefined, {
      icp: icp && { id: icp.id, tierCount: icp.icp.tiers.length },
      signal: reading.signal,
    }).then(
      (all) => current && setLists(all),
      (e: unknown) => current && !reading.signal.aborted && setError(errorWords(e)),
    );
    return () => {
      current = false;
      reading.abort();
    };
  }, [icps, icp, version]);

  // A name of an existing list (case, accents and spacing ignored, as `ensureList` matches) is
  // not a new list: the page says so and keeps what was typed, with a link to that list.
  const create = (e: FormEvent) => {
    e.preventDefault();
    (async () => {
      const existing = findListByName(await recentLists(), cleanListName(name));
      if (existing) {
        setTaken(existing);
        nameInput.current?.focus();
        return;
      }
      const list = await ensureList(name);
      navigate(`list/${encodeURIComponent(list.id)}`);
    })().catch((err: unknown) => setError(errorWords(err)));
  };
  const filters = tierFilters(icp);
  const failure = error ?? icpError;

  return (
    <div data-page="lists">
      <header className="page-header">
        <h1>{t('lists_title')}</h1>
        <p className="muted">{t('lists_intro')}</p>
      </header>
      <div className="row companies-controls">
        <IcpSelect icps={icps} value={icp?.id} onChange={choose} />
        <form className="row new-list" onSubmit={create}>
          <label>
            <span>{t('lists_new_name')}</span>
            <input
              ref={nameInput}
              type="text"
              dir="auto"
              value={name}
              maxLength={80}
              aria-invalid={taken ? true : undefined}
              aria-describedby={taken ? 'new-list-taken' : undefined}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setTaken(undefined);
              }}
              data-input="new-list"
            />
          </label>
          <button
            type="submit"
            className="button button-primary"
            disabled={!name.trim()}
            data-action="create-list"
          >
            {t('lists_create')}
          </button>
        </form>
      </div>
      {taken && (
        <p className="notice notice-error" id="new-list-taken" role="alert" data-state="list-taken">
          <span className="notice-body">{t('lists_name_taken', isolate(taken.name))}</span>{' '}
          <a
            href={`#list/${encodeURIComponent(taken.id)}`}
            className="notice-action"
            data-action="open-taken-list"
          >
            {t('lists_open_existing')}
          </a>
        </p>
      )}
      {failure && (
        <p className="notice notice-error" role="alert">
          {t('options_failed', failure)}
        </p>
      )}
      {!lists ? (
        !failure && <p className="muted">{t('options_loading')}</p>
      ) : lists.length === 0 ? (
        <p className="empty" data-state="no-lists">
          {t('lists_empty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="companies lists-table">
            <thead>
              <tr>
                <th scope="col">{t('lists_title')}</th>
                <th scope="col" className="num">
                  {t('list_col_size')}
                </th>
                {filters.map((f) => (
                  <th scope="col" key={f.key} className="num">
                    {f.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lists.map((l) => (
                <tr key={l.id} data-list={l.name}>
                  <th scope="row" dir="auto">
                    <a href={`#list/${encodeURIComponent(l.id)}`}>{l.name}</a>
                  </th>
                  <td className="num" data-size>
                    {formatNumber(l.size)}
                  </td>
                  {filters.map((f) => (
                    <td key={f.key} className="num" data-tier-count={f.key}>
                      {formatNumber(l.counts.get(f.key) ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CrmSnapshotSection onChange={() => setVersion((v) => v + 1)} />
    </div>
  );
}
