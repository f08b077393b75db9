import type { CriterionResult } from '@/lib/scoring/types';
import { t } from '../i18n';
import { CriterionRow } from './CriterionRow';

/** "Why": every criterion of the active ICP, in the ICP's order. */
export function CriterionList({ criteria }: { criteria: CriterionResult[] }) {
  return (
    <section className="section" aria-labelledby="why-heading">
      <h2 id="why-heading" className="section-heading">
        {t('popup_why')}
      </h2>
      <ul className="criteria">
        {criteria.map((c) => (
          <CriterionRow key={c.index} criterion={c} />
        ))}
      </ul>
    </section>
  );
}
