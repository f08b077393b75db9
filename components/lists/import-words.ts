import { columnFieldKey } from '@/lib/cli/reading-words';
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
