import type { StoredIcp } from '@/lib/db/icps';
import { t } from '../i18n';

/** Which ICP the page's tiers and scores are for. */
export function IcpSelect(props: {
  icps: StoredIcp[] | undefined;
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      <span>{t('companies_icp')}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.icps?.map((s) => (
          <option key={s.id} value={s.id} dir="auto">
            {s.icp.name}
          </option>
        ))}
      </select>
    </label>
  );
}
