import { isolate } from '@/lib/i18n/bidi';
import type { CriterionResult } from '@/lib/scoring/types';
import { Bdi, Isolated } from '../Bdi';
import { t } from '../i18n';
import { criterionName, sourceLabel, VERDICT_MARKS } from '../labels';
import { criterionValueText, keywordTextName } from '../value-words';

/** One criterion: verdict (icon and word), its name, and the evidence with where it came from. */
export function CriterionRow({ criterion }: { criterion: CriterionResult }) {
  const mark = VERDICT_MARKS[criterion.verdict];
  const mode =
    criterion.mode === 'require'
      ? t('criterion_required')
      : criterion.mode === 'exclude'
        ? t('criterion_excluded')
        : undefined;
  const { evidence } = criterion;
  // Evidence the engine worded itself (technologies in common) is said from its parts instead.
  // A keyword's quote is named by the company text it is from, in the UI language.
  const evidenceText = evidence?.quote
    ? t('evidence_quote_in', keywordTextName(evidence.quote.in), isolate(evidence.quote.text))
    : evidence && evidence.text === criterion.value
      ? (criterionValueText(criterion) ?? isolate(evidence.text))
      : evidence && isolate(evidence.text);
  return (
    <li className={`criterion criterion-${criterion.verdict}`} data-criterion={criterion.verdict}>
      <span className="criterion-icon" aria-hidden="true">
        {mark.icon}
      </span>
      <div className="criterion-body">
        <p className="criterion-head">
          <span className="criterion-label">
            <Bdi>{criterionName(criterion)}</Bdi>
            {mode && <span className="criterion-mode"> {mode}</span>}
          </span>
          <span className="criterion-verdict">{t(mark.key)}</span>
        </p>
        <p className="criterion-evidence">
          {evidence ? (
            <Isolated
              text={t(
                'criterion_evidence',
                evidenceText ?? isolate(evidence.text),
                sourceLabel(evidence.source),
              )}
            />
          ) : (
            t('criterion_not_found')
          )}
        </p>
      </div>
    </li>
  );
}
