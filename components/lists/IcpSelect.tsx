import type { StoredIcp } from '@/lib/db/icps';
import { t } from '../i18n';

/**
 * Which ICP the page's tiers and scores are for. A name longer than the select is wide ends in
 * "…" (dashboard.css) and is whole in the select's tooltip; the chosen option's text, which a
 * screen reader reads as the select's value, is always whole.
 */
export function IcpSelect(props: {
  icps: StoredIcp[] | undefined;
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const chosen = props.icps?.find((s) => s.id === props.value)?.icp.name;
  return (
    <label>
      <span>{t('companies_icp')}</span>
      <select
        value={props.value ?? ''}
        title={chosen}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        data-input="icp"
      >
        {props.icps?.map((s) => (
          <option key={s.id} value={s.id} dir="auto">
            {s.icp.name}
          </option>
        ))}
      </select>
    </label>
  );
}
