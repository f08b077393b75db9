import { t } from '../../i18n';

/** How the best customers are chosen: the top N by a column's value, or a flag column. */
export type BestRuleKind = 'top' | 'flag';

interface Props {
  /** The file's column names, in file order. */
  columns: readonly string[];
  rule: BestRuleKind;
  onRule: (rule: BestRuleKind) => void;
  column: string;
  onColumn: (column: string) => void;
  /** How many customers count as best under the "top" rule (at least 1). */
  topN: number;
  onTopN: (n: number) => void;
  proposing: boolean;
  /** While proposing: the share done, 0–1 (the worker reads the file again for a proposal). */
  proposed: number;
  onPropose: () => void;
}

/** The build page's second section: say who the best customers are, then ask for a proposal. */
export function BestCustomersSection(props: Props) {
  const { columns, rule, onRule, column, onColumn, topN, onTopN, proposing, proposed, onPropose } =
    props;
  return (
    <section aria-labelledby="best-heading">
      <h2 id="best-heading">{t('build_best_heading')}</h2>
      <div className="row">
        <label className="choice">
          <input type="radio" name="rule" checked={rule === 'top'} onChange={() => onRule('top')} />{' '}
          {t('build_rule_top')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="rule"
            checked={rule === 'flag'}
            onChange={() => onRule('flag')}
          />{' '}
          {t('build_rule_flag')}
        </label>
      </div>
      <div className="row">
        {rule === 'top' && (
          <label className="field-narrow">
            <span>{t('build_top_n')}</span>
            <input
              type="number"
              min="1"
              value={topN}
              onChange={(event) => onTopN(Number(event.currentTarget.value) || 1)}
            />
          </label>
        )}
        <label>
          <span>{t('build_column')}</span>
          <select
            value={column}
            data-input="best-column"
            onChange={(event) => onColumn(event.currentTarget.value)}
          >
            {columns.map((c) => (
              <option key={c} value={c} dir="auto">
                {c}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          onClick={onPropose}
          disabled={proposing}
          aria-busy={proposing || undefined}
          data-action="propose"
        >
          {t('build_propose')}
        </button>
      </div>
      {proposing && (
        <progress max={1} value={proposed} aria-label={t('build_propose')} data-proposing />
      )}
    </section>
  );
}
