import type { z } from 'zod';
import type { BackupTableName } from './records-schema';

/**
 * What is wrong with one value of a backup's row (from the record schema's first issue): the
 * field is `missing`, of the `wrong-type` (`expected` as zod names it: "string", "number",
 * "object", "array"…), `not-one-of` the allowed `values`, or otherwise `invalid` (a bound, a
 * format).
 */
export type BackupRowIssue =
  | { kind: 'missing' }
  | { kind: 'wrong-type'; expected: string }
  | { kind: 'not-one-of'; values: readonly string[] }
  | { kind: 'invalid' };

/**
 * Why a file could not be restored, as a code with its parameters (no sentence): the dashboard
 * words it in the UI language (`components/dashboard/settings/backup-words.ts`),
 * {@link backupProblemText} in English (tests, logs). `row` is 1-based within its table; `field`
 * a dotted path inside the row (absent: the whole row); texts from the file (`name`, `table`,
 * `key`, `field`) are clipped (60–80 characters) but otherwise as written.
 */
export type BackupProblem =
  | { code: 'not-json' }
  | { code: 'not-backup' }
  | { code: 'other-database'; name: string }
  | { code: 'newer-version' }
  | { code: 'no-tables' }
  | { code: 'unknown-table'; table: string }
  | { code: 'table-twice'; table: BackupTableName }
  | { code: 'table-damaged'; table: BackupTableName }
  | {
      code: 'row-damaged';
      table: BackupTableName;
      row: number;
      field?: string;
      issue: BackupRowIssue;
    }
  | { code: 'row-type'; table: BackupTableName; row: number; field: string; type: string }
  | { code: 'row-key-repeated'; table: BackupTableName; row: number; key: string }
  | { code: 'storage-full' }
  | { code: 'not-restored'; reason: string };

/** The codes of {@link BackupProblem}. */
export type BackupProblemCode = BackupProblem['code'];

/** `text` (any value) as a string of at most `length` characters. */
export const clip = (text: unknown, length = 60): string => String(text).slice(0, length);

/**
 * A zod issue of a backup row as a {@link BackupRowIssue}; `value` is the value found at the
 * issue's path (undefined: missing).
 */
export function rowIssueOf(issue: z.core.$ZodIssue | undefined, value: unknown): BackupRowIssue {
  if (issue?.code === 'invalid_type')
    return value === undefined
      ? { kind: 'missing' }
      : { kind: 'wrong-type', expected: issue.expected };
  if (issue?.code === 'invalid_value')
    return { kind: 'not-one-of', values: issue.values.map((v) => clip(v, 40)).slice(0, 8) };
  return { kind: 'invalid' };
}

function issueText(issue: BackupRowIssue): string {
  switch (issue.kind) {
    case 'missing':
      return 'missing';
    case 'wrong-type':
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'not-one-of':
      return `must be one of ${issue.values.join(', ')}`;
    case 'invalid':
      return 'not a value ICP Lens stores';
  }
}

/** One backup problem in English, e.g. "Row 3 of the companies table is damaged (name: missing)." */
export function backupProblemText(p: BackupProblem): string {
  switch (p.code) {
    case 'not-json':
      return 'The file is not a complete backup (it does not read as JSON).';
    case 'not-backup':
      return 'This is not an ICP Lens backup file.';
    case 'other-database':
      return `This backup is of another database ("${p.name}").`;
    case 'newer-version':
      return 'This backup was made by a newer version of ICP Lens; update the extension first.';
    case 'no-tables':
      return 'The backup holds no tables.';
    case 'unknown-table':
      return `The backup has a table this version does not know: ${p.table}.`;
    case 'table-twice':
      return `The backup holds the table ${p.table} twice.`;
    case 'table-damaged':
      return `The table ${p.table} of the backup is damaged.`;
    case 'row-damaged':
      return `Row ${p.row} of the ${p.table} table is damaged (${p.field ?? 'the row'}: ${issueText(p.issue)}).`;
    case 'row-type':
      return `Row ${p.row} of the ${p.table} table is damaged (${p.field}: a value of type ${p.type}, which ICP Lens never stores).`;
    case 'row-key-repeated':
      return `Row ${p.row} of the ${p.table} table repeats the key "${p.key}" of an earlier row.`;
    case 'storage-full':
      return 'The backup could not be restored: the browser has no room left for it.';
    case 'not-restored':
      return `The backup could not be restored (${p.reason}).`;
  }
}
