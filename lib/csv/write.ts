/** Cells a spreadsheet would run as a formula: = + - @ at the start, or a leading tab/CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * A cell as CSV text. Strings that a spreadsheet would take for a formula get a leading `'`
 * (OWASP's advice for CSV injection), so "=HYPERLINK(…)" opens as text. Numbers are written as
 * numbers (a negative number is not a formula).
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows to CSV (RFC 4180: comma, CRLF, quotes doubled). The columns are the keys of all rows in
 * the order first seen; a row without a key gets an empty cell. Safe to open in Excel/Sheets.
 */
export function toCsv(rows: readonly Record<string, string | number>[]): string {
  const columns: string[] = [];
  const known = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
    }
  }
  if (columns.length === 0) return '';
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
