import { useEffect, useMemo, useState } from 'react';
import type { Icp } from '@/lib/criteria/schema';
import { getDb } from '@/lib/db/schema';
import { isolate } from '@/lib/i18n/bidi';
import { diffIcp } from '@/lib/icp/diff';
import { createImpactPreview, type ImpactCompany } from '@/lib/icp/impact';
import { Isolated } from '../../Bdi';
import { t } from '../../i18n';

const SHOWN_MOVES = 20;

/**
 * What saving the draft would do: the changes in words, and the companies already stored that
 * would move tier ("+14 Best fit, −9 Good fit"), re-scored locally.
 */
export function ImpactPreview({ before, after }: { before: Icp; after: Icp }) {
  const [companies, setCompanies] = useState<ImpactCompany[] | undefined>(undefined);
  useEffect(() => {
    getDb()
      .companies.toArray()
      .then(
        (rows) => setCompanies(rows.map((r) => ({ id: r.id, name: r.name, facts: r.facts }))),
        () => setCompanies([]),
      );
  }, []);
  const preview = useMemo(
    () => (companies ? createImpactPreview(before, companies) : undefined),
    [before, companies],
  );
  const impact = useMemo(() => preview?.(after), [preview, after]);
  const changes = useMemo(() => diffIcp(before, after).changes, [before, after]);
  return (
    <div className="impact" data-impact aria-live="polite">
      <h3>{t('impact_heading')}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('impact_no_changes')}</p>
      ) : (
        <ul className="impact-changes">
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {!impact ? (
        <p className="muted">{t('impact_loading')}</p>
      ) : (
        <>
          <p className="impact-summary" data-impact-summary>
            {t('impact_summary', impact.summary, companies?.length ?? 0)}
          </p>
          {impact.moves.length > 0 && (
            <ul className="impact-moves">
              {impact.moves.slice(0, SHOWN_MOVES).map((m) => (
                <li key={m.id}>
                  <Isolated
                    text={t(
                      'impact_move',
                      isolate(m.name ?? m.id),
                      isolate(m.from),
                      isolate(m.to),
                      m.scoreBefore,
                      m.scoreAfter,
                    )}
                  />
                </li>
              ))}
              {impact.moves.length > SHOWN_MOVES && (
                <li className="muted">{t('impact_more', impact.moves.length - SHOWN_MOVES)}</li>
              )}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
