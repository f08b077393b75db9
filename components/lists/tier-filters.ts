import type { StoredIcp } from '@/lib/db/icps';
import { t } from '../i18n';

/** The tier filters of an ICP: each of its tiers by position, then the kinds outside tiers. */
export function tierFilters(icp: StoredIcp | undefined): { key: string; label: string }[] {
  return [
    ...(icp?.icp.tiers.map((tier, i) => ({ key: `tier:${i}`, label: tier.name })) ?? []),
    { key: 'bad', label: t('companies_filter_bad') },
    { key: 'disqualified', label: t('companies_filter_disqualified') },
    { key: 'insufficient', label: t('companies_filter_insufficient') },
    { key: 'unscored', label: t('list_filter_unscored') },
  ];
}
