import type { StoredIcp } from '@/lib/db/icps';
import { formatNumber } from '../format';
import { t } from '../i18n';
import { tierFilters } from './tier-filters';

interface Props {
  /** The ICP whose tiers are offered (undefined: only the kinds outside tiers). */
  icp: StoredIcp | undefined;
  /** The checked filters' keys (`tier:0`, `bad`, `unscored`…). */
  selected: readonly string[];
  /** Called with an update of the checked keys, as React's state setters take it. */
  onChange: (update: (current: string[]) => string[]) => void;
  /** Companies per filter key, shown beside each label when given (a list's page). */
  counts?: ReadonlyMap<string, number>;
}

/** The tier filter chips of the Companies page and of a list: one checkbox per tier or kind. */
export function TierFilterChips({ icp, selected, onChange, counts }: Props) {
  return (
    <fieldset className="chips-filter">
      <legend className="visually-hidden">{t('companies_filter')}</legend>
      {tierFilters(icp).map(({ key, label }) => (
        <label key={key} className="choice filter-chip">
          <input
            type="checkbox"
            data-tier-filter={key}
            checked={selected.includes(key)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange((current) => (on ? [...current, key] : current.filter((k) => k !== key)));
            }}
          />
          {label}
          {counts && (
            <>
              {' '}
              <span className="muted">({formatNumber(counts.get(key) ?? 0)})</span>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
