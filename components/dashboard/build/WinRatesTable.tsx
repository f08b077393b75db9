import type { TierWinRate } from '@/lib/icp/impact';
import { t } from '../../i18n';

const percent = (share: number | undefined) =>
  share === undefined ? '—' : `${Math.round(share * 100)} %`;

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
            <th scope="row">{w.tier}</th>
            <td>{w.companies}</td>
            <td>{w.won}</td>
            <td>{percent(w.winRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
