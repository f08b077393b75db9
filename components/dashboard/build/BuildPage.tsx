import { useMemo, useState } from 'react';
import type { Icp } from '@/lib/criteria/schema';
import { saveIcp } from '@/lib/db/icps';
import { proposalToIcp } from '@/lib/icp/builder';
import { t } from '../../i18n';
import { BestCustomersSection, type BestRuleKind } from './BestCustomersSection';
import { CustomersFileSection } from './CustomersFileSection';
import { ProposalSection } from './ProposalSection';
import { useCustomersWorker } from './use-customers-worker';

/**
 * An ICP proposed from the best customers: upload a CRM export, say who the best are (top N by a
 * column, or a flag column), accept or drop each shared trait, back-test against won/lost deals,
 * save. Everything is computed in the browser, in a Web Worker that holds the picked file and
 * streams it for the read (progress bar, cancel button), the proposal and the back-test, keeping
 * counts, never rows, so the page stays responsive and memory stays flat however long the file;
 * typing the name recomputes nothing.
 */
export function BuildPage({ navigate }: { navigate: (hash: string) => void }) {
  const [rule, setRule] = useState<BestRuleKind>('top');
  const [column, setColumn] = useState('');
  const [topN, setTopN] = useState(20);
  const [name, setName] = useState('');
  const [outcomeColumn, setOutcomeColumn] = useState('');
  const session = useCustomersWorker(outcomeColumn, {
    onRead: (summary) => setColumn(summary.ignoredColumns[0] ?? summary.columns[0] ?? ''),
    onProposal: (fileName) =>
      setName((n) => n || t('build_default_name', fileName.replace(/\.[^.]+$/, ''))),
  });
  const { file, proposal, accepted } = session;

  const draft: Icp | undefined = useMemo(() => {
    if (!proposal || accepted.size === 0) return undefined;
    try {
      return proposalToIcp(proposal, [...accepted], { name: name.trim() || 'ICP' });
    } catch {
      return undefined;
    }
  }, [proposal, accepted, name]);

  const save = async () => {
    if (!draft) return;
    const stored = await saveIcp(draft, {
      note: t('build_note', proposal?.bestCount ?? 0, file?.name ?? ''),
    });
    navigate(`icp/${encodeURIComponent(stored.id)}`);
  };

  return (
    <div data-page="build">
      <header className="page-header">
        <h1>{t('build_title')}</h1>
        <p className="muted">{t('build_intro')}</p>
      </header>
      <CustomersFileSection session={session} />
      {file && (
        <BestCustomersSection
          columns={file.data.columns}
          rule={rule}
          onRule={setRule}
          column={column}
          onColumn={setColumn}
          topN={topN}
          onTopN={setTopN}
          proposing={session.proposing}
          proposed={session.proposed}
          onPropose={() =>
            session.propose(
              rule === 'top' ? { kind: 'top', column, n: topN } : { kind: 'flag', column },
            )
          }
        />
      )}
      {proposal && (
        <ProposalSection
          proposal={proposal}
          accepted={accepted}
          onToggle={session.toggle}
          name={name}
          onName={setName}
          columns={file?.data.columns ?? []}
          outcomeColumn={outcomeColumn}
          onOutcomeColumn={setOutcomeColumn}
          winRates={session.winRates}
          backTesting={session.backTesting}
          canSave={Boolean(draft) && Boolean(name.trim())}
          onSave={() => void save()}
        />
      )}
    </div>
  );
}
