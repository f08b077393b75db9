import type { StoredIcp } from '@/lib/db/icps';
import { isReviewOverdue } from '@/lib/db/versions';
import { isolate } from '@/lib/i18n/bidi';
import { formatList } from '../format';
import { t } from '../i18n';

interface IcpItemProps {
  stored: StoredIcp;
  onActivate: () => void;
  onExport: () => void;
  onDelete: () => void;
  /** Opens the ICP in the editor (the dashboard; absent where there is no editor). */
  onEdit?: () => void;
}

/** One stored ICP: name, size, tiers, the "active" choice, Export and Delete. */
export function IcpItem({ stored, onActivate, onExport, onDelete, onEdit }: IcpItemProps) {
  const { icp } = stored;
  const count = icp.criteria.length;
  const tiers = formatList(
    icp.tiers.map((tier) => t('options_tier', isolate(tier.name), tier.minScore)),
    'unit',
  );
  const nameId = `icp-name-${stored.id}`;
  return (
    <li className={stored.active ? 'icp icp-active' : 'icp'}>
      <label className="icp-radio">
        <input
          type="radio"
          name="active-icp"
          checked={stored.active}
          onChange={onActivate}
          aria-label={t('options_active_radio', icp.name)}
        />
        <span aria-hidden="true">
          {stored.active ? t('options_active') : t('options_make_active')}
        </span>
      </label>
      <div className="icp-body">
        <h3 id={nameId} className="icp-name">
          {icp.name}
          {stored.builtIn && <span className="icp-tag">{t('options_built_in')}</span>}
        </h3>
        <p className="icp-meta">
          {t(count === 1 ? 'options_criteria_one' : 'options_criteria_other', count)}
          {' · '}
          {t('options_tiers', tiers)}
        </p>
        {icp.description && <p className="icp-description">{icp.description}</p>}
        {stored.reviewBy !== undefined && (
          <p className={isReviewOverdue(stored) ? 'icp-review icp-review-due' : 'icp-review muted'}>
            {t(
              isReviewOverdue(stored) ? 'options_review_due' : 'options_review_by',
              new Date(stored.reviewBy).toLocaleDateString(),
            )}
          </p>
        )}
      </div>
      <div className="icp-actions">
        {onEdit && (
          <button type="button" className="button" onClick={onEdit} aria-describedby={nameId}>
            {t('action_edit')}
          </button>
        )}
        <button type="button" className="button" onClick={onExport} aria-describedby={nameId}>
          {t('action_export')}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={onDelete}
          aria-describedby={nameId}
        >
          {t('action_delete')}
        </button>
      </div>
    </li>
  );
}
