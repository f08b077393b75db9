import {
  type CsvField,
  columnMultiplier,
  FIELD_NAMES,
  isPeopleHeader,
  isPersonColumn,
  recognizeColumn,
} from './columns';

export interface Column {
  index: number;
  /** The header as written, for evidence ("# Employees: 201-500"). */
  header: string;
  multiplier: number;
}

/** For each field, the columns that hold it, the preferred one first. */
export type ColumnPlan = Partial<Record<CsvField, Column[]>>;

export interface ColumnReport {
  usedColumns: { column: string; field: string }[];
  ignoredColumns: string[];
}

/** Decides which column feeds which fact. A repeated header is a fallback for the first one. */
export function planColumns(
  headers: readonly string[],
): { plan: ColumnPlan; people: boolean } & ColumnReport {
  const plan: ColumnPlan = {};
  const people = isPeopleHeader(headers);
  const ranked: { field: CsvField; priority: number; column: Column }[] = [];
  const report: ColumnReport = { usedColumns: [], ignoredColumns: [] };
  const seen = new Map<string, number>();
  headers.forEach((raw, index) => {
    const header = raw.replace(/\s+/g, ' ').trim().slice(0, 100);
    const times = (seen.get(header) ?? 0) + 1;
    seen.set(header, times);
    const shown = header ? (times > 1 ? `${header} (#${times})` : header) : `(column ${index + 1})`;
    const known = header ? recognizeColumn(header) : undefined;
    if (known && people && isPersonColumn(header, known.field)) {
      report.ignoredColumns.push(`${shown} (the person's)`);
      return;
    }
    if (!known) {
      report.ignoredColumns.push(shown);
      return;
    }
    const column = { index, header: header || shown, multiplier: columnMultiplier(header) };
    ranked.push({ ...known, column });
    report.usedColumns.push({ column: shown, field: FIELD_NAMES[known.field] });
  });
  ranked.sort((a, b) => a.priority - b.priority || a.column.index - b.column.index);
  for (const { field, column } of ranked) {
    const columns = plan[field] ?? [];
    columns.push(column);
    plan[field] = columns;
  }
  return { plan, people, ...report };
}
