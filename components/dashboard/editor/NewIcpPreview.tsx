import { useEffect, useMemo, useState } from 'react';
import type { Icp } from '@/lib/criteria/schema';
import { getDb } from '@/lib/db/schema';
import type { CompanyFacts } from '@/lib/facts';
import { tierRank } from '@/lib/scoring/order';
import { scoreCompany } from '@/lib/scoring/score';
import { t } from '../../i18n';
import { tierName } from '../../labels';

/**
 * The impact of an ICP not saved yet: where the companies already seen would land, one line per
 * tier in the fit order ("Best fit: 4 · Good fit: 9 · Bad fit: 20 · Not enough data: 3").
 */
export function NewIcpPreview({ icp }: { icp: Icp }) {
  const [companies, setCompanies] = useState<CompanyFacts[] | undefined>(undefined);
  useEffect(() => {
    getDb()
      .companies.toArray()
      .then(
        (rows) => setCompanies(rows.map((r) => r.facts)),
        () => setCompanies([]),
      );
  }, []);
  const counts = useMemo(() => {
    if (!companies) return undefined;
    const byTier = new Map<string, { name: string; rank: number; count: number }>();
    for (const facts of companies) {
      const result = scoreCompany(icp, facts);
      const entry = byTier.get(result.tier) ?? {
        name: tierName(result),
        rank: tierRank(result),
        count: 0,
      };
      entry.count++;
      byTier.set(result.tier, entry);
    }
    return [...byTier.values()].sort((a, b) => a.rank - b.rank);
  }, [companies, icp]);
  return (
    <div className="impact" data-impact aria-live="polite">
      <h3>{t('impact_heading')}</h3>
      {!counts ? (
        <p className="muted">{t('impact_loading')}</p>
      ) : counts.length === 0 ? (
        <p className="muted">{t('impact_new_none')}</p>
      ) : (
        <p className="impact-summary" data-impact-summary>
          {t(
            'impact_new_summary',
            companies?.length ?? 0,
            counts.map((c) => `${c.name}: ${c.count}`).join(' · '),
          )}
        </p>
      )}
    </div>
  );
}
