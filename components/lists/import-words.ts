import { columnFieldKey } from '@/lib/cli/reading-words';
import { planCrmColumns } from '@/lib/crm/snapshot';
import { isolate } from '@/lib/i18n/bidi';
import { formatList } from '../format';
import { currentDirection, t } from '../i18n';

/**
 * The import preview's columns in the UI language: each file column (as the file names it,
 * isolated) with the fact it feeds, named by the catalog (`cli_column_*`, the words the command
 * line uses: "Quốc gia trụ sở", "总部（国家）"), joined as the language lists things; "—" for none.
 * The arrow points the way the sentence reads (← in Persian). `used` is the reader's
 * `usedColumns` (`field`: the reader's English name of the fact, `FIELD_NAMES`).
 */
export function usedColumnsText(used: readonly { column: string; field: string }[]): string {
  if (used.length === 0) return '—';
  const arrow = currentDirection() === 'rtl' ? '←' : '→';
  const fieldName = (name: string) => {
    const key = columnFieldKey(name);
    return key ? t(key) : isolate(name);
  };
  return formatList(used.map((u) => `${isolate(u.column)} ${arrow} ${fieldName(u.field)}`));
}

/** Ignored file columns as written (isolated), listed as the language lists things. */
export function ignoredColumnsText(columns: readonly string[]): string {
  return formatList(columns.map(isolate));
}

/**
 * The file's CRM record-id column among the columns the reader ignores (HubSpot "Record ID",
 * Salesforce "Account ID"/"Id", as `planCrmColumns` finds it over the whole header, the same
 * test the import's record-id collector makes): it feeds no company fact, but its ids are kept
 * with each membership for exports back to that CRM, so the preview names it apart instead of
 * among the ignored. `ignored` without it is what the preview lists as ignored.
 */
export function recordIdColumn(
  used: readonly { column: string }[],
  ignored: readonly string[],
): { column?: string; ignored: readonly string[] } {
  const plan = planCrmColumns([...used.map((u) => u.column), ...ignored]);
  const at = (plan.hubspotId ?? plan.salesforceId ?? -1) - used.length;
  const column = ignored[at];
  if (at < 0 || column === undefined) return { ignored };
  return { column, ignored: ignored.filter((_, i) => i !== at) };
}
