import type { BackupProblem, BackupRowIssue } from '@/lib/db/backup-problems';
import type { BackupTableName } from '@/lib/db/records-schema';
import { isolate } from '@/lib/i18n/bidi';
import { formatList, formatNumber } from '../../format';
import { type MessageKey, t } from '../../i18n';

/**
 * Backup and restore messages in the UI language, from the structured problems of
 * `lib/db/backup.ts` (`RestoreResult.problem`). What comes from the file (a database or table name
 * as written, a field path, a key, the browser's own error text) is kept as written and
 * direction-isolated; row numbers and counts use the language's digits.
 */

/** Each stored table's name in the catalogs: a table without one is a compile error. */
const TABLE_KEYS: Readonly<Record<BackupTableName, MessageKey>> = {
  icps: 'backup_table_icps',
  icpVersions: 'backup_table_icp_versions',
  companies: 'backup_table_companies',
  companyBuckets: 'backup_table_companies',
  observations: 'backup_table_observations',
  scores: 'backup_table_scores',
  settings: 'backup_table_settings',
  lists: 'backup_table_lists',
  listMembers: 'backup_table_list_members',
  memberBuckets: 'backup_table_list_members',
  crmRecords: 'backup_table_crm_records',
  importBatches: 'backup_table_import_batches',
  listings: 'backup_table_listings',
  listingBuckets: 'backup_table_listings',
};

/** A stored table by its name in the UI language ("công ty"); an unknown name isolated as written. */
export function tableWords(table: string): string {
  const key = TABLE_KEYS[table as BackupTableName] as MessageKey | undefined;
  return key ? t(key) : isolate(table);
}

const EXPECTED_KEYS: Readonly<Record<string, MessageKey>> = {
  string: 'icpfile_expected_string',
  number: 'icpfile_expected_number',
  boolean: 'icpfile_expected_boolean',
  object: 'icpfile_expected_object',
  array: 'icpfile_expected_array',
};

function issueWords(issue: BackupRowIssue): string {
  switch (issue.kind) {
    case 'missing':
      return t('backup_issue_missing');
    case 'wrong-type': {
      const key = EXPECTED_KEYS[issue.expected];
      const expected = key ? t(key) : t('icpfile_expected_other', isolate(issue.expected));
      return t('backup_issue_wrong_type', expected);
    }
    case 'not-one-of':
      return t('backup_issue_not_one_of', formatList(issue.values.map(isolate), 'unit'));
    case 'invalid':
      return t('backup_issue_invalid');
  }
}

const quote = (text: string) => isolate(JSON.stringify(text));
const row = (n: number) => formatNumber(n, { useGrouping: 'always' });

/**
 * One restore problem in the UI language, e.g. "Dòng 3 của bảng công ty bị hỏng (name: bị
 * thiếu)." (vi). Plain text, never HTML.
 */
export function backupProblemWords(p: BackupProblem): string {
  switch (p.code) {
    case 'not-json':
      return t('backup_problem_not_json');
    case 'not-backup':
      return t('backup_problem_not_backup');
    case 'other-database':
      return t('backup_problem_other_database', quote(p.name));
    case 'newer-version':
      return t('backup_problem_newer_version');
    case 'no-tables':
      return t('backup_problem_no_tables');
    case 'unknown-table':
      return t('backup_problem_unknown_table', quote(p.table));
    case 'table-twice':
      return t('backup_problem_table_twice', tableWords(p.table));
    case 'table-damaged':
      return t('backup_problem_table_damaged', tableWords(p.table));
    case 'row-damaged':
      return p.field === undefined
        ? t(
            'backup_problem_row_damaged_whole',
            row(p.row),
            tableWords(p.table),
            issueWords(p.issue),
          )
        : t(
            'backup_problem_row_damaged',
            row(p.row),
            tableWords(p.table),
            isolate(p.field),
            issueWords(p.issue),
          );
    case 'row-type':
      return t(
        'backup_problem_row_type',
        row(p.row),
        tableWords(p.table),
        isolate(p.field),
        isolate(p.type),
      );
    case 'row-key-repeated':
      return t('backup_problem_row_key_repeated', row(p.row), tableWords(p.table), quote(p.key));
    case 'storage-full':
      return t('backup_problem_storage_full');
    case 'not-restored':
      return t('backup_problem_not_restored', isolate(p.reason));
  }
}

/**
 * What a restore brought back, in the UI language: each table by its name with its row count, as
 * the language lists them ("ICPs 2 and companies 120"; "ICP 配置 2 条和公司 120 条"). Tables in the order given.
 */
export function restoredCountsWords(counts: Readonly<Record<string, number>>): string {
  return formatList(
    Object.entries(counts).map(([table, n]) => t('backup_table_count', tableWords(table), row(n))),
    'conjunction',
  );
}
