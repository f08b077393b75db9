import type { IcpProposal } from '@/lib/icp/builder';
import type { TierWinRate } from '@/lib/icp/impact';
import { Isolated } from '../../Bdi';
import { t } from '../../i18n';
import { coverageSentence, liftSentence, noteSentence, traitValue } from './proposal-words';
import { WinRatesTable } from './WinRatesTable';

interface Props {
  proposal: IcpProposal;
  accepted: ReadonlySet<string>;
  onToggle: (id: string) => void;
  name: string;
  onName: (name: string) => void;
  /** The file's column names, offered as the back-test's outcome column. */
  columns: readonly string[];
  outcomeColumn: string;
  onOutcomeColumn: (column: string) => void;
  winRates: readonly TierWinRate[] | undefined;
  /** True while newer win rates are being computed (the table shown is older). */
  backTesting: boolean;
  /** Saving needs an ICP built from the accepted traits and a name. */
  canSave: boolean;
  onSave: () => void;
}

/**
 * The proposed ICP: the shared traits to accept or drop (with coverage and lift), the name, the
 * back-test against an outcome column, and the save button.
 */
export function ProposalSection(props: Props) {
  const { proposal, accepted, onToggle, name, onName, columns, outcomeColumn } = props;
  return (
    <section aria-labelledby="proposal-heading" data-proposal>
      <h2 id="proposal-heading">
        {t('build_proposal_heading', proposal.bestCount, proposal.totalCount)}
      </h2>
      {proposal.notes.map((note) => (
        <p key={note.code} className="muted">
          {noteSentence(note)}
        </p>
      ))}
      <ul className="proposals">
        {proposal.criteria.map((c) => (
          <li key={c.id} data-proposed={c.field}>
            <label>
              <input type="checkbox" checked={accepted.has(c.id)} onChange={() => onToggle(c.id)} />{' '}
              <strong>
                <bdi>{traitValue(c)}</bdi>
              </strong>
            </label>
            <span className="muted">
              <Isolated text={coverageSentence(c)} />
              {c.lift !== undefined ? ` · ${liftSentence(c.lift)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <label className="field">
        <span>{t('editor_name')}</span>
        <input
          type="text"
          dir="auto"
          value={name}
          onChange={(event) => onName(event.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('build_outcome_column')}</span>
        <select
          value={outcomeColumn}
          onChange={(event) => props.onOutcomeColumn(event.currentTarget.value)}
        >
          <option value="">{t('build_outcome_none')}</option>
          {columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {props.winRates && <WinRatesTable winRates={props.winRates} busy={props.backTesting} />}
      <button
        type="button"
        className="button button-primary"
        disabled={!props.canSave}
        onClick={props.onSave}
        data-action="save-proposal"
      >
        {t('build_save')}
      </button>
    </section>
  );
}
