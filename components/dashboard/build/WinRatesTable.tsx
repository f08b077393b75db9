import { BAD_FIT, DISQUALIFIED, NOT_ENOUGH_DATA } from '@/lib/criteria/schema';
import { isolate } from '@/lib/i18n/bidi';
import type { TierWinRate } from '@/lib/icp/impact';
import { formatNumber, formatPercent } from '../../format';
import { type MessageKey, t } from '../../i18n';

const percent = (share: number | undefined) => (share === undefined ? '—' : formatPercent(share));

/** The engine's own tiers, which the back-test names in English after the ICP's tiers. */
const ENGINE_TIERS: ReadonlyMap<string, MessageKey> = new Map([
  [BAD_FIT, 'tier_bad_fit'],
  [DISQUALIFIED, 'tier_disqualified'],
  [NOT_ENOUGH_DATA, 'tier_not_enough_data'],
]);

/** A back-test tier in the UI language: the engine's tiers translated, the ICP's as written. */
function tierWords(tier: string): string {
  const key = ENGINE_TIERS.get(tier);
  return key ? t(key) : isolate(tier);
}

/**
 * The back-test: per tier, the deals, the deals won and the win rate (— when no deal). `busy`:
 * newer figures are being computed (the worker reads the file again), so these are dimmed.
 */
export function WinRatesTable({
  winRates,
  busy = false,
}: {
  winRates: readonly TierWinRate[];
  busy?: boolean;
}) {
  return (
    <table className="win-rates" data-win-rates aria-busy={busy || undefined}>
      <thead>
        <tr>
          <th scope="col">{t('build_tier')}</th>
          <th scope="col">{t('build_deals')}</th>
          <th scope="col">{t('build_won')}</th>
          <th scope="col">{t('build_win_rate')}</th>
        </tr>
      </thead>
      <tbody>
        {winRates.map((w) => (
          <tr key={w.tier}>
            <th scope="row">{tierWords(w.tier)}</th>
            <td>{formatNumber(w.companies)}</td>
            <td>{formatNumber(w.won)}</td>
            <td>{percent(w.winRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
